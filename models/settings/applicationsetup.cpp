#include "applicationsetup.h"

#include "settings/settingskeys.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Mandate {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Mandate"));
    QCoreApplication::setApplicationName(QStringLiteral("Mandate"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MANDATE_VERSION));
}

void installTranslations(QCoreApplication &app)
{
    const QString chosen = QSettings().value(SettingsKeys::language()).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);

    // The .qm files are embedded in this library as :/i18n (see translations/CMakeLists.txt).
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("mandate"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace Mandate
