#pragma once
// Why a file could not be read, and where: an analyst fixes the file from this message alone.

#include <QCoreApplication>
#include <QString>

namespace Mandate {

struct ReadError
{
    QString file;
    qint64 line = 0;  // 1-based; 0 when not known
    int column = 0;   // 1-based field or character column; 0 when not known
    QString reason;   // translated

    bool isError() const { return !reason.isEmpty(); }
    // "inventory.csv, line 12, column 3: the quoted field that starts here is never closed"
    QString message() const
    {
        QString where = file;
        if (line > 0)
            where += QCoreApplication::translate("ReadError", ", line %1").arg(line);
        if (column > 0)
            where += QCoreApplication::translate("ReadError", ", column %1").arg(column);
        return QCoreApplication::translate("ReadError", "%1: %2").arg(where, reason);
    }
};

} // namespace Mandate
