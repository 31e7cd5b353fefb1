#include "auditentry.h"

#include <QCryptographicHash>
#include <QStringEncoder>

#include <algorithm>

namespace Mandate {

QByteArray AuditEntry::computeHash() const
{
    return computeHash(at.toUTC().toString(Qt::ISODateWithMs));
}

QByteArray AuditEntry::computeHash(const QString &atText) const
{
    // Fields are joined with the ASCII unit separator, which no field can contain unescaped
    // (values are escaped before hashing), so two different entries never hash the same input.
    // The input is encoded into one buffer: a bulk import hashes one entry per system.
    const char separator = '\x1f';
    const QString *const parts[] = { &atText, &actor, &action, &entity, &entityId, &field, &oldValue, &newValue };
    const QByteArray number = QByteArray::number(sequence);
    qsizetype space = previousHash.size() + 1 + number.size();
    for (const QString *part : parts)
        space += 1 + 6 * part->size(); // an escape is at most six bytes a character, UTF-8 three
    QByteArray input(space, Qt::Uninitialized);
    char *out = input.data();
    out = std::copy(previousHash.cbegin(), previousHash.cend(), out);
    *out++ = separator;
    out = std::copy(number.cbegin(), number.cend(), out);
    QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    for (const QString *part : parts) {
        *out++ = separator;
        if (part->contains(u'\\') || part->contains(QChar(0x1f))) {
            QString escaped = *part;
            escaped.replace(u'\\', QStringLiteral("\\\\"));
            escaped.replace(QChar(0x1f), QStringLiteral("\\u001f"));
            out = encoder.appendToBuffer(out, escaped);
        } else {
            out = encoder.appendToBuffer(out, *part);
        }
    }
    input.truncate(out - input.constData());
    return QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex();
}

} // namespace Mandate
