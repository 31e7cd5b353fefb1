// The GUI entry point: set up the application, its language and icon, parse the arguments, open
// the workspace and run. Everything else lives in views/ and models/.

#include "mainwindow.h"
#include "settingskeys.h"
#include "workspacecontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {

// Mandate's own translation from the resources (wired in by translations/) and Qt's, for the
// language chosen in the settings or else the system's.
void installTranslators(QApplication &app)
{
    const QString chosen = QSettings().value(Mandate::SettingsKeys::language()).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);

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
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Mandate"));
    QCoreApplication::setApplicationName(QStringLiteral("Mandate"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MANDATE_VERSION));
    if (QFile::exists(QStringLiteral(":/icons/mandate.svg")))
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mandate.svg")));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Governance workbench for AI systems as identities."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"), QCoreApplication::translate("main", "Open the demo workspace."));
    parser.addOption(demo);
    parser.addPositionalArgument(QStringLiteral("workspace"),
        QCoreApplication::translate("main", "The workspace file to open."), QStringLiteral("[workspace]"));
    parser.process(app);

    Mandate::MainWindow window;
    window.show();
    window.controller()->openAtStartup(parser.positionalArguments().value(0), parser.isSet(demo));
    return app.exec();
}
