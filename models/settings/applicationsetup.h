#pragma once
// What the GUI and the CLI set up alike before doing anything: the application's identity (so both
// share one QSettings: the analyst name for the audit log, the language) and its translations.

class QCoreApplication;

namespace Mandate {

// Organisation and application name, version.
void setApplicationIdentity();
// Mandate's and Qt's translations for the language chosen in the settings, else the system's.
void installTranslations(QCoreApplication &app);

} // namespace Mandate
