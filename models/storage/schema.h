#pragma once
// The workspace schema and its step-wise migrations. Version N's migration turns a version N-1
// workspace into a version N one; a new workspace runs them all. Each runs inside one transaction.

#include <QString>
#include <QStringList>

namespace Mandate {

class Database;

namespace Schema {

constexpr int currentVersion = 7;
// Identifies a Mandate file in the SQLite header ("MNDT"), before any table is read.
constexpr qint32 applicationId = 0x4d4e4454;

// The SQL of the step from `version` - 1 to `version`, without the version bookkeeping; empty for
// an unknown version. Kept reachable so that tests can build a genuine file of an older version.
QStringList stepStatements(int version);

// Migrates from `fromVersion` to currentVersion in one transaction; false with a message on failure.
bool migrate(Database &database, int fromVersion, QString *error);

} // namespace Schema
} // namespace Mandate
