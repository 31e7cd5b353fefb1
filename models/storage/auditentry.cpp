#include "auditentry.h"

#include <QCryptographicHash>

namespace Mandate {

QByteArray AuditEntry::computeHash() const
{
    return computeHash(at.toUTC().toString(Qt::ISODateWithMs));
}

QByteArray AuditEntry::computeHash(const QString &atText) const
{
    // Fields are joined with the ASCII unit separator, which no field can contain unescaped
    // (values are escaped before hashing), so two different entries never hash the same input.
    auto escaped = [](const QString &value) {
        QString copy = value;
        copy.replace(u'\\', QStringLiteral("\\\\"));
        copy.replace(QChar(0x1f), QStringLiteral("\\u001f"));
        return copy.toUtf8();
    };
    QCryptographicHash hasher(QCryptographicHash::Sha256);
    const char separator = '\x1f';
    hasher.addData(previousHash);
    hasher.addData(QByteArrayView(&separator, 1));
    hasher.addData(QByteArray::number(sequence));
    for (const QString &part : { atText, actor, action, entity, entityId, field, oldValue, newValue }) {
        hasher.addData(QByteArrayView(&separator, 1));
        hasher.addData(escaped(part));
    }
    return hasher.result().toHex();
}

} // namespace Mandate
