#pragma once
// Writes native-layout inventory CSVs of any size for the import benchmark, so that Mandate's
// import and the sqlite3 reference read the same realistic bytes: every column of the README's
// "Native field names" (except custom_attributes) plus two columns that map to nothing and so
// become custom attributes; varied names, descriptions of 60 to 200 characters (some quoted, a few
// spanning lines), a few hundred owners. The same seed gives the same file, and rows are streamed
// to disk as they are made, so a million rows never sit in memory.

#include "domain/systemfield.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace Mandate {

class InventoryGenerator
{
public:
    explicit InventoryGenerator(quint32 seed = 20240611);

    // The header, in file order.
    static QStringList columns();

    // Writes the header and rows data rows to path (replacing it); false with *error otherwise.
    bool write(const QString &path, qint64 rows, QString *error);

private:
    void appendRow(QByteArray &out, qint64 index);
    void appendName(QByteArray &out, qint64 index);
    void appendDescription(QByteArray &out);
    const char *pick(const char *const *values, int count);

    QRandomGenerator m_random;
    QVector<SystemField> m_fields;          // the mapped columns, in file order
    QList<QList<QByteArray>> m_vocabulary; // by field: its ids, empty for free text
    QList<QByteArray> m_people;
};

} // namespace Mandate
