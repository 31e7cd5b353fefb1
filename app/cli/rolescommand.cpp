#include "rolescommand.h"

#include "cliapp.h"
#include "storage/database.h"
#include "storage/workspace.h"
#include "texttable.h"

#include <QTextStream>

namespace Mandate {

RolesCommand::RolesCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int RolesCommand::list(Workspace &workspace)
{
    // A file has no roles; say so rather than list nobody.
    if (!Database::isServerLocation(workspace.filePath())) {
        m_err << "mandate-cli: " << workspace.filePath() << ": "
              << tr("roles apply to server workspaces (postgresql://…) only, not to a workspace file") << Qt::endl;
        return CliApp::BadInput;
    }
    const QStringList mine = workspace.currentRoles();
    const QVector<Workspace::RoleMember> members = workspace.roleMembers();
    if (members.isEmpty()) {
        m_out << tr("No user holds a role on this workspace.") << '\n';
    } else {
        TextTable table;
        table.setHeader({ tr("USER"), tr("ROLE") });
        for (const Workspace::RoleMember &member : members)
            table.addRow({ member.user, member.role });
        table.write(m_out);
    }
    m_out << tr("Your role: %1").arg(mine.isEmpty() ? tr("none") : mine.join(QLatin1String(", "))) << '\n';
    return CliApp::Ok;
}

int RolesCommand::grant(Workspace &workspace, const QString &user, const QString &role)
{
    if (!workspace.grantRole(user, role))
        return refused(workspace);
    m_out << tr("%1 now has the role %2 on %3").arg(user, role, workspace.filePath()) << '\n';
    return CliApp::Ok;
}

int RolesCommand::revoke(Workspace &workspace, const QString &user, const QString &role)
{
    if (!workspace.revokeRole(user, role))
        return refused(workspace);
    m_out << tr("%1 no longer has the role %2 on %3").arg(user, role, workspace.filePath()) << '\n';
    return CliApp::Ok;
}

int RolesCommand::refused(const Workspace &workspace)
{
    m_err << "mandate-cli: " << workspace.filePath() << ": " << workspace.lastError() << Qt::endl;
    return CliApp::BadInput;
}

} // namespace Mandate
