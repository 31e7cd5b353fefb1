#pragma once
// A finding raised while importing, stored because it cannot be recomputed from the workspace:
// F-SECRET-IN-INVENTORY (DOMAIN.md section 6) is about a value that was redacted before storage.

#include "aisystem.h"

#include <QDateTime>
#include <QString>

namespace Mandate {

struct ImportFinding
{
    qint64 id = 0;
    SystemId systemId = 0;
    QString rule;       // e.g. "F-SECRET-IN-INVENTORY"
    QString sourceFile; // the imported file, as the analyst chose it
    qint64 line = 0;    // row or record number in that file
    QString column;     // the column (or field) the value came from
    QString detail;     // the kind of secret, e.g. "AWS access key"; never the secret itself
    QDateTime foundAt;
};

} // namespace Mandate
