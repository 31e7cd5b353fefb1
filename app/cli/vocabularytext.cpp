#include "vocabularytext.h"

#include <QLocale>
#include <QStringList>

namespace Mandate::VocabularyText {
namespace {

// The id of the value labelled or identified by text in field's vocabulary, if any.
std::optional<QString> vocabularyId(SystemField field, const QString &text)
{
    const auto idOf = [&text](auto tag) -> std::optional<QString> {
        using E = decltype(tag);
        const std::optional<E> value = fromIdOrLabel<E>(text);
        return value ? std::optional<QString>(toId(*value)) : std::nullopt;
    };
    if (isTristateField(field))
        return idOf(Tristate {});
    switch (field) {
    case SystemField::Paradigm:
        return idOf(Paradigm {});
    case SystemField::OutputKind:
        return idOf(OutputKind {});
    case SystemField::ApprovalGate:
        return idOf(ApprovalGate {});
    case SystemField::LifecycleStage:
        return idOf(LifecycleStage {});
    default:
        return std::nullopt;
    }
}

} // namespace

QString fieldValueText(SystemField field, const QString &stored)
{
    if (isChecklistField(field)) {
        const bool ticked = stored == QLatin1String("1") || stored.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        return label(ticked ? Tristate::Yes : Tristate::No);
    }
    if (isTristateField(field))
        return labelOfId<Tristate>(stored);
    switch (field) {
    case SystemField::Paradigm:
        return labelOfId<Paradigm>(stored);
    case SystemField::OutputKind:
        return labelOfId<OutputKind>(stored);
    case SystemField::ApprovalGate:
        return labelOfId<ApprovalGate>(stored);
    case SystemField::LifecycleStage:
        return labelOfId<LifecycleStage>(stored);
    default:
        return stored;
    }
}

QString fieldInputAsId(SystemField field, const QString &text)
{
    // A tick is stored as yes or no; the window's Yes and No labels name it as well.
    if (isChecklistField(field)) {
        const std::optional<Tristate> tick = fromIdOrLabel<Tristate>(text);
        if (tick && *tick != Tristate::Unknown)
            return toId(*tick);
        return text;
    }
    return vocabularyId(field, text).value_or(text);
}

QString scopeWithIds(const QString &scope)
{
    QStringList terms = scope.split(u' ', Qt::SkipEmptyParts);
    bool changed = false;
    for (QString &term : terms) {
        const qsizetype colon = term.indexOf(u':');
        const QString key = term.left(colon).toLower();
        const QString value = term.mid(colon + 1);
        std::optional<QString> id;
        if (colon > 0 && key == QLatin1String("paradigm"))
            id = vocabularyId(SystemField::Paradigm, value);
        else if (colon > 0 && key == QLatin1String("stage"))
            id = vocabularyId(SystemField::LifecycleStage, value);
        if (id && *id != value) {
            term = term.left(colon + 1) + *id;
            changed = true;
        }
    }
    return changed ? terms.join(u' ') : scope; // as typed when there was no label to replace
}

QString countText(qint64 count)
{
    return QLocale().toString(count);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString timeText(const QDateTime &time)
{
    // As the window shows a moment: in the user's time zone.
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace Mandate::VocabularyText
