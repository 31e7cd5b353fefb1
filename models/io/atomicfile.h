#pragma once
// Every export is written through here (issue 7): the file appears whole or not at all. QSaveFile
// writes a temporary file beside the target and renames it over the target only once everything
// was written, so a full disk, a cancel or a crash leaves an existing file as it was and no partial
// one. One function, so that every writer says the same thing when it fails.

#include <QString>
#include <functional>

class QIODevice;

namespace Mandate {

// Calls write on the open file; commits only when it returns true. false with a translated
// "Could not write PATH: REASON" (the reason write gave, or the file system's) otherwise.
bool writeAtomically(const QString &path, const std::function<bool(QIODevice &device, QString *reason)> &write,
    QString *error);

} // namespace Mandate
