#pragma once
// What the GUI and the CLI set up alike before doing anything: the application's identity (so both
// share one QSettings: the analyst name for the audit log, the language) and its translations.

class QCoreApplication;
class QString;

namespace Mandate {

// Organisation and application name, version.
void setApplicationIdentity();
// Mandate's and Qt's translations for the language chosen in the settings, else the system's.
void installTranslations(QCoreApplication &app);
// Replaces the installed translations (Mandate's and Qt's) by those of language ("de", "fr", ...;
// empty: the system's) and makes it the default locale, so numbers and dates follow it too. Qt
// then sends every widget a LanguageChange event.
bool applyLanguage(const QString &language); // whether Mandate has a translation for it

} // namespace Mandate
