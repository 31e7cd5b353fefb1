#include "credentialsdialog.h"

#include "itemmodels/credentialtablemodel.h"
#include "storage/workspace.h"
#include "vocabularydelegate.h"

#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace Mandate {

CredentialsDialog::CredentialsDialog(Workspace *workspace, QWidget *parent)
    : RecordListDialog(workspace, parent)
    , m_model(new CredentialTableModel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("credentialsDialog"));
    setWindowTitle(tr("Credentials"));
    m_model->setWorkspace(workspace);

    setIntro(tr("Only what is known about each credential is kept here, never the secret itself. "
                "Double-click a cell to edit it; each change can be undone."));

    m_table->setObjectName(QStringLiteral("credentialTableView"));
    setTableModel(m_model);
    m_table->setItemDelegate(new VocabularyDelegate(CredentialTableModel::ChoicesRole, m_table));
    m_table->setColumnWidth(CredentialTableModel::NameColumn, fontMetrics().averageCharWidth() * 22);

    m_add->setText(tr("Add"));
    m_add->setObjectName(QStringLiteral("addCredentialPushButton"));
    m_remove->setText(tr("Remove"));
    m_remove->setObjectName(QStringLiteral("removeCredentialPushButton"));
    m_remove->setToolTip(tr("A credential that privileges still use cannot be removed"));

    m_error->setObjectName(QStringLiteral("credentialErrorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_error->setPalette(palette);
    m_error->hide();
    addAboveClose(m_error);
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 24);

    connect(m_model, &CredentialTableModel::editRefused, this, &CredentialsDialog::showRefusal);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { showRefusal(QString()); });
}

QModelIndex CredentialsDialog::addNewRecord()
{
    QStringList taken;
    for (const Credential &existing : m_workspace->credentials())
        taken << existing.name;
    Credential credential;
    credential.name = tr("new credential");
    for (int n = 2; taken.contains(credential.name); ++n)
        credential.name = tr("new credential %1").arg(n);
    credential.created = QDate::currentDate();
    const CredentialId id = m_workspace->addCredential(credential);
    if (!id)
        return {};
    return m_model->index(m_model->rowOf(id), CredentialTableModel::NameColumn);
}

qint64 CredentialsDialog::recordIdAt(const QModelIndex &tableIndex) const
{
    return m_model->credentialId(tableIndex.row());
}

bool CredentialsDialog::removeRecord(qint64 id)
{
    return m_workspace->removeCredential(id);
}

void CredentialsDialog::showRefusal(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace Mandate
