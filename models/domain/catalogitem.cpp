#include "domain/catalogitem.h"

#include <QStringList>

namespace Mandate {

QString CatalogItem::descriptionFor(const QLocale &locale) const
{
    if (translatedDescriptions.isEmpty())
        return description;
    // The locale's user-interface languages, most preferred first, as QTranslator::load() reads them,
    // so that a German description never sits in an English window: each exactly as written
    // ("pt_BR") before any by its language alone ("pt"). English, the source text, ends the search.
    QStringList languages = locale.uiLanguages();
    for (QString &language : languages)
        language.replace(u'-', u'_');
    for (const QString &language : std::as_const(languages)) {
        if (language.section(u'_', 0, 0) == QLatin1String("en") || language == QLatin1String("C"))
            break;
        const auto exact = translatedDescriptions.constFind(language);
        if (exact != translatedDescriptions.cend())
            return *exact;
    }
    for (const QString &language : std::as_const(languages)) {
        const QString base = language.section(u'_', 0, 0);
        if (base == QLatin1String("en") || base == QLatin1String("C"))
            break;
        const auto general = translatedDescriptions.constFind(base);
        if (general != translatedDescriptions.cend())
            return *general;
    }
    return description;
}

} // namespace Mandate
