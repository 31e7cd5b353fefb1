#pragma once
// mandate-cli roles, grant and revoke: who holds which role on a server workspace (issue 8), and
// making a server user a viewer, analyst, reviewer or admin or not. The server enforces the roles;
// these go through Workspace::grantRole()/revokeRole(), so each change is audited. A file workspace
// has no roles: the commands refuse it.

#include <QCoreApplication>
#include <QString>

class QTextStream;

namespace Mandate {

class Workspace;

class RolesCommand
{
    Q_DECLARE_TR_FUNCTIONS(RolesCommand)

public:
    RolesCommand(QTextStream &out, QTextStream &err);
    // Each returns a CliApp::ExitCode.
    int list(Workspace &workspace);
    int grant(Workspace &workspace, const QString &user, const QString &role);
    int revoke(Workspace &workspace, const QString &user, const QString &role);

private:
    int refused(const Workspace &workspace);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Mandate
