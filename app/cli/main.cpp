// mandate-cli: the headless entry point. Sets up the application and its language; everything
// else happens in CliApp.
#include "cliapp.h"
#include "settings/applicationsetup.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // A PDF export lays out text, which needs fonts and so a QGuiApplication; the offscreen
    // platform needs no display (a server, a CI job). Everything else stays a plain core application.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && std::strcmp(argv[1], "export") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The GUI's names, so that QSettings (the analyst name for the audit log, the language) is shared.
    Mandate::setApplicationIdentity();
    Mandate::installTranslations(*app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    return Mandate::CliApp(out, err).run(QCoreApplication::arguments());
}
