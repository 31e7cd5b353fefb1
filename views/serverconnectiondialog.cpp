#include "serverconnectiondialog.h"

#include "storage/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace Mandate {
namespace {

// Only the location; the password has no key on purpose.
QString settingsKey(const char *name)
{
    return QStringLiteral("serverConnection/") + QLatin1String(name);
}

QString osUser()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

std::unique_ptr<Workspace> connectToServer(const QString &uri, const QString &password,
                                           ServerConnectionDialog::Mode mode, WorkspaceError *error)
{
    QUrl url(uri);
    if (!password.isEmpty())
        url.setPassword(password, QUrl::DecodedMode); // for this connection only; Workspace drops it
    const QString location = url.toString(QUrl::FullyEncoded);
    return mode == ServerConnectionDialog::Mode::Create ? Workspace::create(location, error)
                                                        : Workspace::open(location, error);
}

} // namespace

bool serverWantsPassword(const WorkspaceError &error)
{
    return error.detail.contains(QLatin1String("no password supplied"))
        || error.detail.contains(QLatin1String("password authentication failed"));
}

ServerConnectionDialog::ServerConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_sslExplanation(new QLabel(this))
    , m_passwordLabel(new QLabel(tr("&Password:"), this))
    , m_password(new QLineEdit(this))
    , m_create(new QCheckBox(tr("Create a new workspace in this &empty database"), this))
    , m_error(new QLabel(this))
    , m_connector(connectToServer)
{
    setObjectName(QStringLiteral("serverConnectionDialog"));
    setWindowTitle(tr("Server Workspace"));

    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("db.example.org"));
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setGroupSeparatorShown(false);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_sslMode->setObjectName(QStringLiteral("sslModeCombo"));
    // Each mode with what it means for the analyst, shown under the combo as they choose.
    const QList<std::pair<QString, QString>> modes {
        { QStringLiteral("disable"), tr("No encryption. Only on a network you trust.") },
        { QStringLiteral("allow"), tr("Encrypts only if the server insists; no protection against eavesdropping.") },
        { QStringLiteral("prefer"), tr("Encrypts when the server supports it; the server's identity is not checked.") },
        { QStringLiteral("require"), tr("Always encrypted; the server's identity is not checked.") },
        { QStringLiteral("verify-ca"), tr("Always encrypted; the server's certificate must be signed by a trusted authority.") },
        { QStringLiteral("verify-full"), tr("Always encrypted; the certificate must be trusted and match the host name. The safest.") },
    };
    for (const auto &[mode, explanation] : modes)
        m_sslMode->addItem(mode, explanation);
    m_sslExplanation->setObjectName(QStringLiteral("sslExplanation"));
    m_sslExplanation->setWordWrap(true);
    QFont small = m_sslExplanation->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_sslExplanation->setFont(small);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ServerConnectionDialog::updateSslExplanation);

    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    m_create->setObjectName(QStringLiteral("createCheck"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&TLS mode:"), m_sslMode);
    form->addRow(QString(), m_sslExplanation);
    form->addRow(m_passwordLabel, m_password);
    // Hidden as a whole row, so no empty gap stays where it will appear.
    form->setRowVisible(m_password, false);
    m_form = form;

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connectButton = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ServerConnectionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_create);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);

    for (QLineEdit *edit : { m_host, m_database })
        connect(edit, &QLineEdit::textChanged, this, &ServerConnectionDialog::updateButtons);
    connect(m_create, &QCheckBox::toggled, this, &ServerConnectionDialog::updateButtons);

    loadSettings();
    updateSslExplanation();
    updateButtons();
    setMinimumWidth(460);
}

ServerConnectionDialog::~ServerConnectionDialog() = default;

void ServerConnectionDialog::setMode(Mode mode)
{
    m_create->setChecked(mode == Mode::Create);
}

ServerConnectionDialog::Mode ServerConnectionDialog::mode() const
{
    return m_create->isChecked() ? Mode::Create : Mode::Open;
}

void ServerConnectionDialog::setLocation(const ServerLocation &location)
{
    m_host->setText(location.host);
    m_port->setValue(location.port);
    m_database->setText(location.database);
    if (!location.user.isEmpty())
        m_user->setText(location.user);
    const int index = m_sslMode->findText(location.sslMode.isEmpty() ? QStringLiteral("prefer") : location.sslMode);
    if (index >= 0)
        m_sslMode->setCurrentIndex(index);
}

ServerLocation ServerConnectionDialog::location() const
{
    return ServerLocation { m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(),
                            m_user->text().trimmed(), m_sslMode->currentText() };
}

void ServerConnectionDialog::setConnector(Connector connector)
{
    m_connector = std::move(connector);
}

void ServerConnectionDialog::showError(const QString &uri, const WorkspaceError &error)
{
    if (const auto server = ServerLocation::fromUri(uri))
        setLocation(*server);
    if (serverWantsPassword(error)) {
        showPasswordField(tr("%1 asks for a password for user %2.").arg(location().displayName(), location().user), false);
        return;
    }
    showMessage(problemText(location(), error), true);
}

std::unique_ptr<Workspace> ServerConnectionDialog::takeWorkspace()
{
    return std::move(m_workspace);
}

void ServerConnectionDialog::accept()
{
    const ServerLocation server = location();
    if (server.host.isEmpty() || server.database.isEmpty())
        return;
    const bool passwordTried = m_password->isVisibleTo(this) && !m_password->text().isEmpty();
    WorkspaceError error;
    {
        // libpq blocks while it connects, which can take seconds on a slow or distant server.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        showMessage(tr("Connecting to %1…").arg(server.displayName()), false);
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        m_workspace = m_connector(server.toUri(), m_password->text(), mode(), &error);
        QApplication::restoreOverrideCursor();
    }
    if (!m_workspace) {
        m_error->setVisible(false);
        if (serverWantsPassword(error)) {
            showPasswordField(passwordTried
                                  ? tr("%1 did not accept the password for user %2. Check it and try again.")
                                        .arg(server.displayName(), server.user)
                                  : tr("%1 asks for a password for user %2.").arg(server.displayName(), server.user),
                              passwordTried);
            return;
        }
        showMessage(problemText(server, error), true);
        return;
    }
    saveSettings();
    m_password->clear();
    QDialog::accept();
}

QString ServerConnectionDialog::problemText(const ServerLocation &server, const WorkspaceError &error) const
{
    const QString name = server.displayName();
    switch (error.kind) {
    case WorkspaceError::AlreadyExists:
        return tr("%1 is not empty (it already holds a workspace or other tables); it was left untouched. "
                  "Open it instead, or choose an empty database.").arg(name);
    case WorkspaceError::NotAWorkspace:
        return tr("%1 holds no Mandate workspace. To make one there, tick \"Create a new workspace\".").arg(name);
    case WorkspaceError::SchemaTooNew:
        return tr("%1 was written by a newer version of Mandate; update Mandate to open it.").arg(name);
    default:
        break;
    }
    const QString detail = error.detail.trimmed();
    return tr("Could not connect to %1: %2").arg(name, detail.isEmpty() ? error.message() : detail);
}

void ServerConnectionDialog::showPasswordField(const QString &why, bool isProblem)
{
    m_form->setRowVisible(m_password, true);
    m_password->selectAll();
    m_password->setFocus();
    showMessage(why, isProblem);
}

void ServerConnectionDialog::showMessage(const QString &text, bool isProblem)
{
    // Problems in red so they are not mistaken for progress; the text itself says what is wrong.
    m_error->setStyleSheet(isProblem ? QStringLiteral("color: #b3261e;") : QString());
    m_error->setText(text);
    m_error->setVisible(true);
}

void ServerConnectionDialog::updateSslExplanation()
{
    m_sslExplanation->setText(m_sslMode->currentData().toString());
}

void ServerConnectionDialog::updateButtons()
{
    m_connectButton->setText(m_create->isChecked() ? tr("&Create") : tr("&Connect"));
    m_connectButton->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty());
}

void ServerConnectionDialog::loadSettings()
{
    const QSettings settings;
    m_host->setText(settings.value(settingsKey("host"), QStringLiteral("localhost")).toString());
    m_port->setValue(settings.value(settingsKey("port"), ServerLocation::defaultPort).toInt());
    m_database->setText(settings.value(settingsKey("database")).toString());
    m_user->setText(settings.value(settingsKey("user"), osUser()).toString());
    const int index = m_sslMode->findText(settings.value(settingsKey("sslMode"), QStringLiteral("prefer")).toString());
    m_sslMode->setCurrentIndex(index >= 0 ? index : m_sslMode->findText(QStringLiteral("prefer")));
}

void ServerConnectionDialog::saveSettings() const
{
    const ServerLocation server = location();
    QSettings settings;
    settings.setValue(settingsKey("host"), server.host);
    settings.setValue(settingsKey("port"), server.port);
    settings.setValue(settingsKey("database"), server.database);
    settings.setValue(settingsKey("user"), server.user);
    settings.setValue(settingsKey("sslMode"), server.sslMode);
}

} // namespace Mandate
