#include "atomicfile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace Mandate {

bool writeAtomically(const QString &path, const std::function<bool(QIODevice &device, QString *reason)> &write,
    QString *error)
{
    QSaveFile file(path);
    QString reason;
    if (!file.open(QIODevice::WriteOnly))
        reason = file.errorString();
    else if (!write(file, &reason))
        file.cancelWriting();
    else if (!file.commit())
        reason = file.errorString();
    if (reason.isEmpty())
        return true;
    *error = QCoreApplication::translate("AtomicFile", "Could not write %1: %2").arg(path, reason);
    return false;
}

} // namespace Mandate
