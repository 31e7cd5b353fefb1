#include "settingsdialog.h"

#include "settings/applicationsetup.h"
#include "settings/settingskeys.h"
#include "storage/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QVBoxLayout>

namespace Mandate {
namespace {

QString loginName()
{
    for (const char *variable : { "USER", "USERNAME", "LOGNAME" }) {
        const QString user = qEnvironmentVariable(variable).trimmed();
        if (!user.isEmpty())
            return user;
    }
    return {};
}

} // namespace

SettingsDialog::SettingsDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));
    QSettings settings;

    m_analystName = new QLineEdit(this);
    m_analystName->setObjectName(QStringLiteral("analystNameLineEdit"));
    m_analystName->setText(settings.value(SettingsKeys::analystName()).toString());
    const QString login = loginName();
    m_analystName->setPlaceholderText(
        login.isEmpty() ? tr("Your login name") : tr("Your login name (%1)").arg(login));
    m_analystName->setMinimumWidth(m_analystName->fontMetrics().averageCharWidth() * 36);
    auto *nameNote = new QLabel(tr("Recorded in the audit log with every change you make."), this);
    nameNote->setWordWrap(true);

    // Language names in their own language: someone who cannot read the current one must find theirs.
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    const int index = m_language->findData(settings.value(SettingsKeys::language()).toString());
    m_language->setCurrentIndex(index >= 0 ? index : 0);

    auto *form = new QFormLayout;
    form->addRow(tr("Analyst name"), m_analystName);
    form->addRow(QString(), nameNote);
    form->addRow(tr("Language"), m_language);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    QSettings settings;
    const QString name = m_analystName->text().trimmed();
    settings.setValue(SettingsKeys::analystName(), name);
    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != settings.value(SettingsKeys::language()).toString();
    settings.setValue(SettingsKeys::language(), language);
    if (m_workspace)
        m_workspace->setActor(name.isEmpty() ? Workspace::defaultActor() : name);
    QDialog::accept();
    // After the dialog has closed: Qt tells every window, and the main window is rebuilt in the
    // new language on the same workspace (see MainWindow::languageChanged).
    if (languageChanged)
        applyLanguage(language);
}

} // namespace Mandate
