// mandate-cli: the headless entry point. Sets up the application and its language; everything
// else happens in CliApp.
#include "cliapp.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <QTranslator>
#include <cstdio>

namespace {

// As in the GUI: the language chosen in the settings, else the system's. The .qm files are
// embedded in mandate_models as :/i18n. The key is the GUI's SettingsKeys::language(), which
// lives in views/ where the CLI may not reach.
void installTranslators(QCoreApplication &app)
{
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("mandate"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The GUI's names, so that QSettings (the analyst name for the audit log, the language) is shared.
    QCoreApplication::setOrganizationName(QStringLiteral("Mandate"));
    QCoreApplication::setApplicationName(QStringLiteral("Mandate"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MANDATE_VERSION));
    installTranslators(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    return Mandate::CliApp(out, err).run(QCoreApplication::arguments());
}
