// mandate-cli: the headless entry point. Sets up the application and its language; everything
// else happens in CliApp.
#include "cliapp.h"
#include "settings/applicationsetup.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The GUI's names, so that QSettings (the analyst name for the audit log, the language) is shared.
    Mandate::setApplicationIdentity();
    Mandate::installTranslations(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    return Mandate::CliApp(out, err).run(QCoreApplication::arguments());
}
