#include "applicationsetup.h"

#include "settings/settingskeys.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Mandate {
namespace {

// Object names of the translators installed here, so that a language switch finds and replaces them.
QString ownTranslatorName()
{
    return QStringLiteral("mandateTranslator");
}

QString qtTranslatorName()
{
    return QStringLiteral("qtbaseTranslator");
}

bool installTranslator(const QLocale &locale, const QString &name, const QString &file, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    translator->setObjectName(name);
    if (translator->load(locale, file, QStringLiteral("_"), directory))
        return QCoreApplication::installTranslator(translator);
    delete translator; // no translation for this language: the source strings (English) apply
    return false;
}

void removeTranslators(const QString &name)
{
    const QList<QTranslator *> installed
        = QCoreApplication::instance()->findChildren<QTranslator *>(name, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Mandate"));
    QCoreApplication::setApplicationName(QStringLiteral("Mandate"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MANDATE_VERSION));
}

void installTranslations(QCoreApplication &app)
{
    Q_UNUSED(app) // the translators are the application's children (QCoreApplication::instance())
    applyLanguage(QSettings().value(SettingsKeys::language()).toString());
}

bool applyLanguage(const QString &language)
{
    if (!QCoreApplication::instance())
        return false;
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);

    removeTranslators(ownTranslatorName());
    removeTranslators(qtTranslatorName());
    // The .qm files are embedded in this library as :/i18n (see translations/CMakeLists.txt).
    const bool translated
        = installTranslator(locale, ownTranslatorName(), QStringLiteral("mandate"), QStringLiteral(":/i18n"));
    installTranslator(locale, qtTranslatorName(), QStringLiteral("qtbase"),
        QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return translated;
}

} // namespace Mandate
