#pragma once
// Writes systems as CSV in Mandate's native layout (issue 7): one column per SystemField under its
// native name (README, "Native field names"), owners by name, then one column per custom attribute
// any of them has, so that importing the file again gives the same systems. RFC 4180 quoting, UTF-8
// with a header row. Cells a spreadsheet would run as a formula (beginning with =, +, -, @, a tab or
// a carriage return) get a leading apostrophe, as OWASP's CSV injection guidance says; such a value
// comes back from an import with the apostrophe.

#include "domain/aisystem.h"

#include <QIODevice>
#include <QString>
#include <QVector>

namespace Mandate {

class Workspace;

namespace CsvInventoryWriter {

// The cell made inert for spreadsheets (see above); anything else unchanged.
QString neutralised(const QString &cell);
// The cell quoted for CSV when it holds a comma, a quote or a line break.
QString quoted(const QString &cell);

// Writes the systems (in the order given; unknown ids skipped) to device; false with a translated
// reason when the device refuses a write.
bool write(const Workspace &workspace, const QVector<SystemId> &ids, QIODevice &device, QString *error);
// To a file, atomically: the file appears whole or not at all (QSaveFile), an old one stays as it
// was on any failure. The reason names the file.
bool writeFile(const Workspace &workspace, const QVector<SystemId> &ids, const QString &path, QString *error);

} // namespace CsvInventoryWriter
} // namespace Mandate
