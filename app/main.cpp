// The GUI entry point: set up the application, its language and icon, parse the arguments, open
// the workspace and run. Everything else lives in views/ and models/.

#include "mainwindow.h"
#include "mainwindowhost.h"
#include "settings/applicationsetup.h"
#include "workspacecontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Mandate::setApplicationIdentity();
    if (QFile::exists(QStringLiteral(":/icons/mandate.svg")))
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mandate.svg")));
    Mandate::installTranslations(app);

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

    // The host, not the stack, owns the window: a language switch replaces it.
    Mandate::MainWindowHost host;
    host.window()->show();
    host.window()->controller()->openAtStartup(parser.positionalArguments().value(0), parser.isSet(demo));
    return app.exec();
}
