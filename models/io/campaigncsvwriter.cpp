#include "io/campaigncsvwriter.h"

#include "io/atomicfile.h"
#include "io/csvinventorywriter.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace Mandate::CampaignCsvWriter {
namespace {

QString line(const QStringList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &cell : cells)
        out << CsvInventoryWriter::quoted(CsvInventoryWriter::neutralised(cell));
    return out.join(u',') + QStringLiteral("\r\n");
}

QString subjectText(const ReviewItem &item)
{
    if (item.kind != ReviewItemKind::Privilege)
        return label(item.kind);
    const QJsonObject privilege = item.subject.value(QStringLiteral("privilege")).toObject();
    return QStringLiteral("%1 (%2)").arg(privilege.value(QStringLiteral("target")).toString(),
        privilege.value(QStringLiteral("scope")).toString());
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

bool write(const Workspace &workspace, CampaignId campaignId, QIODevice &device, QString *error)
{
    const Campaign campaign = workspace.campaign(campaignId, false);
    if (campaign.id == 0) {
        *error = QCoreApplication::translate("CampaignCsvWriter", "no campaign with id %1").arg(campaignId);
        return false;
    }
    QByteArray chunk = line({ QStringLiteral("campaign_id"), QStringLiteral("campaign"),
        QStringLiteral("campaign_status"), QStringLiteral("item_id"), QStringLiteral("system_id"),
        QStringLiteral("system"), QStringLiteral("kind"), QStringLiteral("subject"), QStringLiteral("high_risk"),
        QStringLiteral("decision"), QStringLiteral("justification"), QStringLiteral("reviewer"),
        QStringLiteral("decided_at"), QStringLiteral("remediation") }).toUtf8();
    const auto flush = [&]() {
        if (device.write(chunk) != chunk.size()) {
            *error = QCoreApplication::translate("CampaignCsvWriter", "cannot write: %1").arg(device.errorString());
            return false;
        }
        chunk.clear();
        return true;
    };
    const QString id = QString::number(campaign.id);
    const QString status = toId(campaign.status);
    for (const ReviewItem &item : workspace.reviewItems(campaign.id)) {
        const QString system
            = item.subject.value(QStringLiteral("system")).toObject().value(QStringLiteral("name")).toString();
        chunk += line({ id, campaign.name, status, QString::number(item.id), QString::number(item.systemId), system,
            toId(item.kind), subjectText(item), item.highRisk.join(QStringLiteral("; ")), toId(item.decision),
            item.justification, item.decidedBy, timeText(item.decidedAt), item.remediation }).toUtf8();
        if (chunk.size() > (1 << 16) && !flush())
            return false;
    }
    return flush();
}

bool writeFile(const Workspace &workspace, CampaignId campaign, const QString &path, QString *error)
{
    // An unknown campaign is refused before the file is opened, so no empty file is ever made.
    if (workspace.campaign(campaign, false).id == 0) {
        *error = QCoreApplication::translate("CampaignCsvWriter", "no campaign with id %1").arg(campaign);
        return false;
    }
    return writeAtomically(
        path, [&](QIODevice &device, QString *reason) { return write(workspace, campaign, device, reason); }, error);
}

} // namespace Mandate::CampaignCsvWriter
