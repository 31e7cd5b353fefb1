#include "findingscommand.h"

#include "rules/findingsengine.h"
#include "storage/workspace.h"
#include "jsonlines.h"
#include "texttable.h"
#include "vocabularytext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace Mandate::FindingsCommand {
namespace {

// 0 (no such cause) as null, so a script tests for presence rather than for a magic number.
QJsonValue idOrNull(qint64 id)
{
    return id == 0 ? QJsonValue() : QJsonValue(id);
}

QJsonObject toJson(const SystemFinding &row)
{
    return QJsonObject {
        { QStringLiteral("system_id"), row.systemId },
        { QStringLiteral("system"), row.systemName },
        { QStringLiteral("rule"), row.finding.rule },
        { QStringLiteral("severity"), toId(row.finding.severity) },
        { QStringLiteral("reason"), row.finding.reason },
        { QStringLiteral("frameworks"), QJsonArray::fromStringList(row.finding.frameworks) },
        { QStringLiteral("privilege_id"), idOrNull(row.finding.privilegeId) },
        { QStringLiteral("credential_id"), idOrNull(row.finding.credentialId) },
    };
}

} // namespace

void print(const Workspace &workspace, bool json, QTextStream &out)
{
    const QVector<SystemFinding> findings = computeFindings(workspace, QDate::currentDate());
    if (json) {
        // One object per line, like list: a valid array that still greps and streams well.
        JsonLines lines(out);
        for (const SystemFinding &row : findings)
            lines.append(toJson(row));
        lines.finish();
        return;
    }
    TextTable table;
    for (const SystemFinding &row : findings) {
        table.addRow({ label(row.finding.severity), row.finding.rule, QString::number(row.systemId),
            row.systemName, row.finding.reason, row.finding.frameworks.join(QStringLiteral(", ")) });
    }
    table.write(out);
}

} // namespace Mandate::FindingsCommand
