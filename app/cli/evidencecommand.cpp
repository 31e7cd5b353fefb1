#include "evidencecommand.h"

#include "cliapp.h"
#include "storage/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Mandate {
namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

int EvidenceCommand::import(Workspace &workspace, const QString &file, EvidenceFormat format, bool json)
{
    QVector<EvidenceEvent> events;
    EvidenceReader reader;
    const bool read = reader.read(file, format, [&](const EvidenceEvent &event) {
        events.append(event);
        return true;
    });
    if (!read) {
        m_err << "mandate-cli: " << reader.error() << Qt::endl;
        return CliApp::BadInput;
    }
    EvidenceImportReport report;
    if (!workspace.importEvidence(events, file, evidenceFormatId(format), &report)) {
        m_err << "mandate-cli: " << file << ": " << workspace.lastError() << Qt::endl;
        return CliApp::WorkspaceFailed;
    }
    if (json) {
        QJsonArray examples;
        for (const UnmatchedEvidence &example : std::as_const(report.unmatchedExamples)) {
            examples.append(QJsonObject { { QStringLiteral("line"), example.line },
                { QStringLiteral("system"), textOrNull(example.systemRef) },
                { QStringLiteral("credential"), textOrNull(example.credentialRef) } });
        }
        const QJsonObject object { { QStringLiteral("file"), file },
            { QStringLiteral("format"), evidenceFormatId(format) }, { QStringLiteral("events"), report.events },
            { QStringLiteral("matched"), report.matched }, { QStringLiteral("unmatched"), report.unmatched },
            { QStringLiteral("stored"), report.stored }, { QStringLiteral("skipped"), reader.skipped() },
            { QStringLiteral("batch_id"), report.batchId }, { QStringLiteral("unmatched_examples"), examples } };
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return CliApp::Ok;
    }
    m_out << tr("%1: %L2 events, %L3 matched to systems (%L4 stored), %L5 naming no known system or credential")
                 .arg(file)
                 .arg(report.events)
                 .arg(report.matched)
                 .arg(report.stored)
                 .arg(report.unmatched)
          << '\n';
    for (const UnmatchedEvidence &example : std::as_const(report.unmatchedExamples)) {
        m_out << tr("  line %1: system \"%2\", credential \"%3\" unknown")
                     .arg(example.line)
                     .arg(example.systemRef, example.credentialRef)
              << '\n';
    }
    return CliApp::Ok;
}

} // namespace Mandate
