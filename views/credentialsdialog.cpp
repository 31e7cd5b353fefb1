#include "credentialsdialog.h"

#include "itemmodels/credentialtablemodel.h"
#include "storage/workspace.h"
#include "vocabularydelegate.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Mandate {

CredentialsDialog::CredentialsDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_model(new CredentialTableModel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("credentialsDialog"));
    setWindowTitle(tr("Credentials"));
    m_model->setWorkspace(workspace);

    auto *intro = new QLabel(tr("Only what is known about each credential is kept here, never the secret itself. "
                                "Double-click a cell to edit it; each change can be undone."),
        this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("credentialTableView"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new VocabularyDelegate(CredentialTableModel::ChoicesRole, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::SelectedClicked | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(CredentialTableModel::NameColumn, fontMetrics().averageCharWidth() * 22);

    m_add->setObjectName(QStringLiteral("addCredentialPushButton"));
    m_remove->setObjectName(QStringLiteral("removeCredentialPushButton"));
    m_remove->setToolTip(tr("A credential that privileges still use cannot be removed"));
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_add);
    buttonRow->addWidget(m_remove);
    buttonRow->addStretch(1);

    m_error->setObjectName(QStringLiteral("credentialErrorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_error->setPalette(palette);
    m_error->hide();

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttonRow);
    layout->addWidget(m_error);
    layout->addWidget(close);
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 24);

    connect(m_add, &QPushButton::clicked, this, &CredentialsDialog::addCredential);
    connect(m_remove, &QPushButton::clicked, this, &CredentialsDialog::removeSelected);
    connect(m_model, &CredentialTableModel::editRefused, this, &CredentialsDialog::showError);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { showError(QString()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { updateButtons(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CredentialsDialog::updateButtons);
    if (workspace) // it edits this workspace only; when that closes there is nothing left to show
        connect(workspace, &QObject::destroyed, this, &QDialog::reject);
    updateButtons();
}

void CredentialsDialog::addCredential()
{
    if (!m_workspace)
        return;
    // A name that is free, which the analyst then overwrites: the editor opens on it.
    QStringList taken;
    for (const Credential &existing : m_workspace->credentials())
        taken << existing.name;
    Credential credential;
    credential.name = tr("new credential");
    for (int n = 2; taken.contains(credential.name); ++n)
        credential.name = tr("new credential %1").arg(n);
    credential.created = QDate::currentDate();
    const CredentialId id = m_workspace->addCredential(credential);
    if (!id) {
        showError(m_workspace->lastError());
        return;
    }
    showError(QString());
    const QModelIndex name = m_model->index(m_model->rowOf(id), CredentialTableModel::NameColumn);
    m_table->setFocus();
    m_table->selectionModel()->setCurrentIndex(name, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(name);
    m_table->edit(name);
}

void CredentialsDialog::removeSelected()
{
    if (!m_workspace)
        return;
    QVector<CredentialId> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << m_model->credentialId(index.row());
    for (const CredentialId id : std::as_const(ids)) {
        if (!m_workspace->removeCredential(id)) {
            showError(m_workspace->lastError());
            return;
        }
    }
    showError(QString());
}

void CredentialsDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void CredentialsDialog::updateButtons()
{
    m_add->setEnabled(m_workspace != nullptr);
    m_remove->setEnabled(m_workspace != nullptr && m_table->selectionModel()->hasSelection());
}

} // namespace Mandate
