#include "inventorygenerator.h"

#include "domain/vocabulary.h"

#include <QDate>
#include <QFile>
#include <iterator>

namespace Mandate {
namespace {

// Two columns no header synonym knows: the import keeps them as custom attributes.
const char *const kExtraColumns[] = { "cost_centre", "hosting_region" };

const char *const kDomains[] = { "Claims", "Fraud", "Invoice", "Ticket", "Code review", "Churn", "Pricing",
    "Support", "Release", "Supplier", "Payroll", "Credit risk", "Contract", "Recruiting", "Marketing",
    "Logistics", "Procurement", "Compliance", "Security", "Incident", "Onboarding", "Treasury", "Tax",
    "Warehouse", "Maintenance", "Underwriting", "Sales", "Legal", "Audit", "Energy" };
const char *const kFunctions[] = { "triage", "summarisation", "forecasting", "classification", "drafting",
    "routing", "scoring", "extraction", "reconciliation", "anomaly detection", "search", "translation",
    "planning", "matching", "review" };
const char *const kKinds[] = { "assistant", "agent", "model", "copilot", "pipeline", "service", "bot",
    "engine", "workflow", "tool" };
const char *const kVerbs[] = { "Summarises", "Classifies", "Drafts replies to", "Scores", "Routes",
    "Forecasts volumes of", "Extracts fields from", "Reviews", "Reconciles", "Triages",
    "Answers questions about", "Flags anomalies in", "Translates", "Prioritises" };
const char *const kObjects[] = { "inbound supplier invoices", "customer support tickets", "insurance claims",
    "pull requests", "payroll exceptions", "vendor contracts", "incident reports", "loan applications",
    "marketing copy", "HR policy questions", "network alerts", "shipment delays", "expense claims",
    "security findings", "purchase orders", "maintenance logs" };
const char *const kAudiences[] = { "for the accounts payable team", "for tier-one agents",
    "for the claims unit", "for engineering leads", "for the finance controllers", "for regional managers",
    "for the security operations centre", "for the legal department", "for field technicians",
    "for the procurement desk" };
const char *const kClauses[] = { ", escalating low-confidence cases to a human reviewer",
    ", using the vendor's hosted model", " and drafts a summary for the weekly report",
    ". Output is reviewed before it is sent", ", with \"human in the loop\" sign-off",
    "; retrained monthly on the last 90 days of data",
    " and opens tickets in the service desk when thresholds are crossed",
    ". Runs nightly as a batch job", ", writing results back to the ERP", ". Pilot limited to two countries" };
const char *const kVendors[] = { "In-house", "Acme AI", "Northwind Analytics", "Contoso Cloud", "Globex",
    "Initech", "Umbrella Data", "Stark Automation", "Wayne Intelligence", "Hooli", "Pied Piper",
    "Vandelay Industries", "Soylent Systems", "Tyrell Corp", "Cyberdyne", "Massive Dynamic",
    "Aperture Labs", "Black Mesa", "Oscorp", "Wonka Digital", "Gringotts Tech", "Duff Data",
    "Monarch Solutions", "Nakatomi Trading", "Zorg Industries", "Sirius Cybernetics", "Veridian Dynamics",
    "Yoyodyne", "Prestige Worldwide", "Dunder Mifflin", "Blue Sun", "Weyland", "Rekall", "Omni Consumer",
    "Bluth Company", "Sterling Cooper", "Kruger Labs", "Axiom Research", "Helios Partners", "Polar Data" };
const char *const kFirstNames[] = { "Amara", "Ben", "Chloé", "Dmitri", "Elif", "Farid", "Grace", "Hiro",
    "Ines", "José", "Kwame", "Lena", "Marta", "Nikhil", "Olga", "Pablo", "Quinn", "Rosa", "Sven", "Tariq",
    "Ursula", "Viktor", "Wen", "Zoë" };
const char *const kLastNames[] = { "Okafor", "Schmidt", "Dubois", "Ivanova", "Yılmaz", "Haddad", "Nguyen",
    "Tanaka", "García", "Müller", "Mensah", "Kowalski", "O'Brien" };
const char *const kPlans[] = { "Disable the service account and archive prompts after 90 days",
    "Hand back to the manual process; export the decision log to the records system",
    "Revoke API keys, delete fine-tuning data, notify the vendor in writing" };
const char *const kRegions[] = { "eu-west-1", "eu-central-1", "us-east-1", "us-west-2", "ap-southeast-2",
    "on-premises" };

template<typename E> QList<QByteArray> idsOf()
{
    QList<QByteArray> ids;
    for (const QString &id : allIds<E>())
        ids << id.toUtf8();
    return ids;
}

// RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.
void appendField(QByteArray &out, const QByteArray &value)
{
    if (value.contains(',') || value.contains('"') || value.contains('\n')) {
        out += '"';
        out += QByteArray(value).replace("\"", "\"\"");
        out += '"';
    } else {
        out += value;
    }
}

} // namespace

InventoryGenerator::InventoryGenerator(quint32 seed)
    : m_random(seed)
{
    for (SystemField field : allSystemFields()) {
        if (field == SystemField::CustomAttributes)
            continue;
        m_fields << field;
        QList<QByteArray> ids;
        if (isTristateField(field))
            ids = idsOf<Tristate>();
        else if (field == SystemField::Paradigm)
            ids = idsOf<Paradigm>();
        else if (field == SystemField::OutputKind)
            ids = idsOf<OutputKind>();
        else if (field == SystemField::ApprovalGate)
            ids = idsOf<ApprovalGate>();
        else if (field == SystemField::LifecycleStage)
            ids = idsOf<LifecycleStage>();
        m_vocabulary << ids;
    }
    for (const char *first : kFirstNames) {
        for (const char *last : kLastNames)
            m_people << QByteArray(first) + ' ' + last; // 312 people
    }
}

QStringList InventoryGenerator::columns()
{
    QStringList names;
    for (SystemField field : allSystemFields()) {
        if (field != SystemField::CustomAttributes)
            names << fieldId(field);
    }
    for (const char *extra : kExtraColumns)
        names << QString::fromLatin1(extra);
    return names;
}

bool InventoryGenerator::write(const QString &path, qint64 rows, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    QByteArray chunk = columns().join(QLatin1Char(',')).toUtf8() + '\n';
    constexpr int kChunk = 1 << 20; // written a megabyte at a time: memory stays flat at any size
    chunk.reserve(kChunk + 4096);
    for (qint64 index = 0; index < rows; ++index) {
        appendRow(chunk, index);
        if (chunk.size() >= kChunk || index + 1 == rows) {
            if (file.write(chunk) != chunk.size()) {
                *error = file.errorString();
                return false;
            }
            chunk.clear();
        }
    }
    return file.flush();
}

const char *InventoryGenerator::pick(const char *const *values, int count)
{
    return values[m_random.bounded(count)];
}

void InventoryGenerator::appendName(QByteArray &out, qint64 index)
{
    out += pick(kDomains, int(std::size(kDomains)));
    out += ' ';
    out += pick(kFunctions, int(std::size(kFunctions)));
    out += ' ';
    out += pick(kKinds, int(std::size(kKinds)));
    out += ' ';
    out += QByteArray::number(index + 1);
}

void InventoryGenerator::appendDescription(QByteArray &out)
{
    QByteArray text = QByteArray(pick(kVerbs, int(std::size(kVerbs)))) + ' '
        + pick(kObjects, int(std::size(kObjects))) + ' ' + pick(kAudiences, int(std::size(kAudiences)));
    const int clauses = int(m_random.bounded(4));
    for (int i = 0; i < clauses || text.size() < 60; ++i)
        text += pick(kClauses, int(std::size(kClauses)));
    // Exports from GRC tools hold line breaks: one description in a thousand has one.
    const QByteArray tail = m_random.bounded(1000) == 0 ? QByteArray(".\nSee the runbook.") : QByteArray(".");
    if (text.size() + tail.size() > 200)
        text.truncate(text.lastIndexOf(' ', 199 - tail.size())); // at a word
    while (text.endsWith(',') || text.endsWith(';') || text.endsWith('.'))
        text.chop(1);
    text += tail;
    appendField(out, text);
}

void InventoryGenerator::appendRow(QByteArray &out, qint64 index)
{
    for (int column = 0; column < m_fields.size(); ++column) {
        if (column > 0)
            out += ',';
        const SystemField field = m_fields[column];
        const QList<QByteArray> &ids = m_vocabulary[column];
        if (!ids.isEmpty()) {
            if (m_random.bounded(100) >= 3) // 3% blank: the file does not say
                out += ids[m_random.bounded(int(ids.size()))];
            continue;
        }
        switch (field) {
        case SystemField::ExternalId:
            out += "AIS-" + QByteArray::number(index + 1).rightJustified(7, '0');
            break;
        case SystemField::Name:
            appendName(out, index);
            break;
        case SystemField::Description:
            appendDescription(out);
            break;
        case SystemField::Vendor:
            appendField(out, pick(kVendors, int(std::size(kVendors))));
            break;
        case SystemField::BusinessOwner:
            out += m_people[m_random.bounded(int(m_people.size()))];
            break;
        case SystemField::TechnicalOwner:
            if (m_random.bounded(10) < 9)
                out += m_people[m_random.bounded(int(m_people.size()))];
            break;
        case SystemField::RiskOwner:
            if (m_random.bounded(3) < 2)
                out += m_people[m_random.bounded(int(m_people.size()))];
            break;
        case SystemField::OffboardingPlan:
            if (m_random.bounded(10) < 3)
                appendField(out, pick(kPlans, int(std::size(kPlans))));
            break;
        case SystemField::ReviewCadenceDays: {
            static const char *const cadences[] = { "0", "30", "90", "180", "365" };
            out += pick(cadences, int(std::size(cadences)));
            break;
        }
        case SystemField::LastReviewed:
            if (m_random.bounded(5) < 4) {
                out += QDate(2023, 1, 1)
                           .addDays(m_random.bounded(700))
                           .toString(Qt::ISODate)
                           .toLatin1();
            }
            break;
        default:
            break;
        }
    }
    out += ",CC-" + QByteArray::number(1000 + m_random.bounded(200)) + ',';
    out += pick(kRegions, int(std::size(kRegions)));
    out += '\n';
}

} // namespace Mandate
