#include "workspaceerror.h"

#include <QCoreApplication>
#include <QDir>

namespace Mandate {

QString WorkspaceError::message() const
{
    const QString file = QDir::toNativeSeparators(path);
    QString text;
    switch (kind) {
    case None:
        return {};
    case NotFound:
        text = QCoreApplication::translate("WorkspaceError", "%1: no such file.").arg(file);
        break;
    case AlreadyExists:
        text = QCoreApplication::translate("WorkspaceError", "%1: a file already exists there; it was left untouched.")
                   .arg(file);
        break;
    case NotAWorkspace:
        text = QCoreApplication::translate("WorkspaceError", "%1: not a Mandate workspace.").arg(file);
        break;
    case SchemaTooNew:
        text = QCoreApplication::translate("WorkspaceError",
                                           "%1: written by a newer version of Mandate; update Mandate to open it.")
                   .arg(file);
        break;
    case Corrupt:
        text = QCoreApplication::translate("WorkspaceError",
                                           "%1: the workspace is damaged or truncated; restore it from a backup.")
                   .arg(file);
        break;
    case Locked:
        text = QCoreApplication::translate("WorkspaceError",
                                           "%1: another Mandate window or command holds this workspace open.")
                   .arg(file);
        break;
    case ReadOnly:
        text = QCoreApplication::translate("WorkspaceError", "%1: the workspace is read-only; it cannot be opened for editing.")
                   .arg(file);
        break;
    case Io:
        text = QCoreApplication::translate("WorkspaceError", "%1: the workspace could not be read or written.").arg(file);
        break;
    }
    if (!detail.isEmpty())
        text += u' ' + QCoreApplication::translate("WorkspaceError", "(%1)").arg(detail);
    return text;
}

} // namespace Mandate
