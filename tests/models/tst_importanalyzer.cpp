// ImportAnalyzer: what a re-import would do, before anything is written. The analyst reads new /
// changed / unchanged / missing and the conflicts from this, so a row matched to the wrong system,
// a duplicate created, or a hand-set field overwritten without asking would all be visible harm.
#include "io/importanalyzer.h"

#include <QJsonDocument>
#include <QTest>

using namespace Mandate;

Q_DECLARE_METATYPE(RowOutcome::Kind)

namespace {

using Values = QVector<QPair<SystemField, QVariant>>;

const QString kKeyColumn = QStringLiteral("Use case ID");
const QString kNameColumn = QStringLiteral("Use case name");

ConvertedRow row(qint64 line, const QString &key, const QString &name, const Values &values = {},
    const QJsonObject &attributes = {})
{
    ConvertedRow out;
    out.line = line;
    out.key = key;
    out.name = name;
    out.values = values;
    if (!name.isEmpty())
        out.values.prepend({ SystemField::Name, name });
    out.customAttributes = attributes;
    return out;
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// Four systems and one person, as a workspace after a first import and some hand work:
// 1 A-1 "Claims triage" (vendor Acme, owner Alice Ng, attributes Agency and Topic),
// 2 A-2 "Fraud scoring" (in production), 3 A-3 "Chat helper" (attribute Inventory ref INV-3),
// 4 "Legacy bot" without an external id.
WorkspaceSnapshot workspace()
{
    WorkspaceSnapshot snapshot;
    snapshot.people.insert(1, Person { 1, QStringLiteral("Alice Ng"), {}, {} });
    auto add = [&snapshot](SystemId id, const QString &externalId, const QString &name) -> AiSystem & {
        AiSystem system;
        system.id = id;
        system.externalId = externalId;
        system.name = name;
        snapshot.systems.insert(id, system);
        snapshot.order.append(id);
        return snapshot.systems[id];
    };
    AiSystem &claims = add(1, QStringLiteral("A-1"), QStringLiteral("Claims triage"));
    claims.vendor = QStringLiteral("Acme");
    claims.behaviour.usesTools = Tristate::Yes;
    claims.businessOwner = 1;
    claims.customAttributes = json(R"({"Agency": "DOI", "Topic": "claims"})");
    add(2, QStringLiteral("A-2"), QStringLiteral("Fraud scoring")).lifecycleStage
        = LifecycleStage::Production;
    add(3, QStringLiteral("A-3"), QStringLiteral("Chat helper")).customAttributes
        = json(R"({"Inventory ref": "INV-3"})");
    add(4, QString(), QStringLiteral("Legacy bot"));
    return snapshot;
}

MatchKey byExternalId()
{
    return MatchKey { SystemField::ExternalId, {} };
}

const FieldChange *changeOf(const RowOutcome &outcome, SystemField field)
{
    for (const FieldChange &change : outcome.changes) {
        if (change.field == field)
            return &change;
    }
    return nullptr;
}

} // namespace

class TestImportAnalyzer : public QObject
{
    Q_OBJECT

private:
    WorkspaceSnapshot m_workspace = workspace();

private slots:
    void rowsAreNewChangedOrUnchanged_data()
    {
        QTest::addColumn<ConvertedRow>("input");
        QTest::addColumn<RowOutcome::Kind>("kind");
        QTest::addColumn<SystemId>("target");
        QTest::addColumn<SystemFields>("changed");

        using K = RowOutcome::Kind;
        QTest::addRow("a key the workspace does not have is new")
            << row(2, QStringLiteral("A-9"), QStringLiteral("Benefits bot")) << K::New << SystemId(0)
            << SystemFields {};
        QTest::addRow("the same values are unchanged")
            << row(2, QStringLiteral("A-1"), QStringLiteral("Claims triage"),
                   { { SystemField::Vendor, QStringLiteral("Acme") },
                       { SystemField::UsesTools, QStringLiteral("yes") } })
            << K::Unchanged << SystemId(1) << SystemFields {};
        QTest::addRow("a row that only gives the key is unchanged")
            << row(2, QStringLiteral("A-2"), QString()) << K::Unchanged << SystemId(2) << SystemFields {};
        QTest::addRow("another vendor is a change") << row(
            2, QStringLiteral("A-1"), QString(), { { SystemField::Vendor, QStringLiteral("Acme Corp") } })
                                                    << K::Changed << SystemId(1)
                                                    << SystemFields { SystemField::Vendor };
        QTest::addRow("another name is a change")
            << row(2, QStringLiteral("A-2"), QStringLiteral("Fraud scoring v2")) << K::Changed << SystemId(2)
            << SystemFields { SystemField::Name };
        QTest::addRow("another stage is a change")
            << row(2, QStringLiteral("A-2"), QString(),
                   { { SystemField::LifecycleStage, QStringLiteral("retiring") } })
            << K::Changed << SystemId(2) << SystemFields { SystemField::LifecycleStage };
        QTest::addRow("the owner's name in other case is unchanged")
            << row(2, QStringLiteral("A-1"), QString(),
                   { { SystemField::BusinessOwner, QStringLiteral("ALICE NG") } })
            << K::Unchanged << SystemId(1) << SystemFields {};
        QTest::addRow("another owner is a change") << row(
            2, QStringLiteral("A-1"), QString(), { { SystemField::BusinessOwner, QStringLiteral("Bob Li") } })
                                                   << K::Changed << SystemId(1)
                                                   << SystemFields { SystemField::BusinessOwner };
        QTest::addRow("an owner where there was none is a change") << row(
            2, QStringLiteral("A-2"), QString(), { { SystemField::RiskOwner, QStringLiteral("Alice Ng") } })
                                                                   << K::Changed << SystemId(2)
                                                                   << SystemFields { SystemField::RiskOwner };
        QTest::addRow("an attribute with the value held is unchanged")
            << row(2, QStringLiteral("A-1"), QString(), {}, json(R"({"Agency": "DOI"})")) << K::Unchanged
            << SystemId(1) << SystemFields {};
        QTest::addRow("a new attribute is a change of the attributes")
            << row(2, QStringLiteral("A-1"), QString(), {}, json(R"({"Bureau": "BLM"})")) << K::Changed
            << SystemId(1) << SystemFields { SystemField::CustomAttributes };
        QTest::addRow("two fields changed at once")
            << row(2, QStringLiteral("A-1"), QString(),
                   { { SystemField::Vendor, QStringLiteral("Acme Corp") },
                       { SystemField::UsesTools, QStringLiteral("no") } })
            << K::Changed << SystemId(1) << SystemFields { SystemField::Vendor, SystemField::UsesTools };
    }
    void rowsAreNewChangedOrUnchanged()
    {
        QFETCH(ConvertedRow, input);
        QFETCH(RowOutcome::Kind, kind);
        QFETCH(SystemId, target);
        QFETCH(SystemFields, changed);

        ImportAnalyzer analyzer(m_workspace, byExternalId(), {});
        ImportReport report;
        const std::optional<RowOutcome> outcome = analyzer.add(input, kKeyColumn, kNameColumn, &report);
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, kind);
        QCOMPARE(outcome->target, target);
        QCOMPARE(outcome->line, input.line);
        SystemFields fields;
        for (const FieldChange &change : outcome->changes) {
            fields << change.field;
            QVERIFY2(!change.conflict && change.apply, "nothing here was set by hand");
        }
        QCOMPARE(fields, changed);
        QCOMPARE(outcome->name, target ? m_workspace.systems.value(target).name : input.name);

        QCOMPARE(report.rowsRead, qint64(1));
        QCOMPARE(report.newCount, qint64(kind == RowOutcome::Kind::New));
        QCOMPARE(report.changedCount, qint64(kind == RowOutcome::Kind::Changed));
        QCOMPARE(report.unchangedCount, qint64(kind == RowOutcome::Kind::Unchanged));
        QCOMPARE(report.newRows.size(), kind == RowOutcome::Kind::New ? 1 : 0);
        QCOMPARE(report.changedRows.size(), kind == RowOutcome::Kind::Changed ? 1 : 0);
        QCOMPARE(report.badRowCount, qint64(0));
    }

    void aChangeShowsOldAndNewValues()
    {
        ImportAnalyzer analyzer(m_workspace, byExternalId(), {});
        ImportReport report;
        const std::optional<RowOutcome> outcome
            = analyzer.add(row(3, QStringLiteral("A-1"), QString(),
                               { { SystemField::Vendor, QStringLiteral("Acme Corp") },
                                   { SystemField::BusinessOwner, QStringLiteral("Bob Li") } }),
                kKeyColumn, kNameColumn, &report);
        QVERIFY(outcome);
        const FieldChange *vendor = changeOf(*outcome, SystemField::Vendor);
        QVERIFY(vendor);
        QCOMPARE(vendor->oldValue.toString(), QStringLiteral("Acme"));
        QCOMPARE(vendor->newValue.toString(), QStringLiteral("Acme Corp"));
        const FieldChange *owner = changeOf(*outcome, SystemField::BusinessOwner);
        QVERIFY(owner);
        QCOMPARE(
            owner->oldValue.toString(), QStringLiteral("Alice Ng")); // a name, as the analyst knows people
        QCOMPARE(owner->newValue.toString(), QStringLiteral("Bob Li"));
    }

    void rowsMatchByTheChosenKey_data()
    {
        QTest::addColumn<MatchKey>("key");
        QTest::addColumn<QString>("rowKey");
        QTest::addColumn<SystemId>("target");

        QTest::addRow("by external id") << byExternalId() << QStringLiteral("A-2") << SystemId(2);
        QTest::addRow("by name") << MatchKey { SystemField::Name, {} } << QStringLiteral("Chat helper")
                                 << SystemId(3);
        QTest::addRow("by name, a system without external id")
            << MatchKey { SystemField::Name, {} } << QStringLiteral("Legacy bot") << SystemId(4);
        QTest::addRow("by a custom attribute") << MatchKey { std::nullopt, QStringLiteral("Inventory ref") }
                                               << QStringLiteral("INV-3") << SystemId(3);
        QTest::addRow("by external id, a name is no match")
            << byExternalId() << QStringLiteral("Chat helper") << SystemId(0);
        QTest::addRow("by a custom attribute, an external id is no match") << MatchKey { std::nullopt,
            QStringLiteral("Inventory ref") } << QStringLiteral("A-3") << SystemId(0);
        QTest::addRow("with no key nothing matches") << MatchKey {} << QStringLiteral("A-2") << SystemId(0);
    }
    void rowsMatchByTheChosenKey()
    {
        QFETCH(MatchKey, key);
        QFETCH(QString, rowKey);
        QFETCH(SystemId, target);

        ImportAnalyzer analyzer(m_workspace, key, {});
        ImportReport report;
        const std::optional<RowOutcome> outcome
            = analyzer.add(row(2, rowKey, QStringLiteral("Some name")), kKeyColumn, kNameColumn, &report);
        QVERIFY(outcome);
        QCOMPARE(outcome->target, target);
        QCOMPARE(outcome->kind == RowOutcome::Kind::New, target == 0);
    }

    void badRowsAreReportedWithLineAndColumn_data()
    {
        QTest::addColumn<QVector<ConvertedRow>>("rows");
        QTest::addColumn<MatchKey>("key");
        QTest::addColumn<qint64>("badLine");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("mentions");

        const MatchKey name { SystemField::Name, {} };
        QTest::addRow("a key the file repeats names the first line")
            << QVector<ConvertedRow> { row(2, QStringLiteral("A-9"), QStringLiteral("Benefits bot")),
                   row(3, QStringLiteral("A-10"), QStringLiteral("Other")),
                   row(5, QStringLiteral("A-9"), QStringLiteral("Benefits bot again")) }
            << byExternalId() << qint64(5) << kKeyColumn << QStringLiteral("line 2");
        QTest::addRow("a key the file repeats for an existing system")
            << QVector<ConvertedRow> { row(2, QStringLiteral("A-1"), QString()),
                   row(4, QStringLiteral("A-1"), QStringLiteral("Claims triage")) }
            << byExternalId() << qint64(4) << kKeyColumn << QStringLiteral("line 2");
        QTest::addRow("a row without a name that matches nothing")
            << QVector<ConvertedRow> { row(6, QStringLiteral("A-77"), QString()) } << byExternalId()
            << qint64(6) << kNameColumn << QString();
        QTest::addRow("a row with neither key nor name") << QVector<ConvertedRow> {
            row(8, QString(), QString(), { { SystemField::Vendor, QStringLiteral("Acme") } })
        } << byExternalId() << qint64(8) << kNameColumn << QString();
        QTest::addRow("a key that matches two systems")
            << QVector<ConvertedRow> { row(3, QStringLiteral("Twin"), QStringLiteral("Twin")) } << name
            << qint64(3) << kKeyColumn << QStringLiteral("2");
        ConvertedRow unknownValue = row(9, QStringLiteral("A-9"), QStringLiteral("Benefits bot"));
        unknownValue.problems.append(
            RowProblem { 9, QStringLiteral("Type of AI"), QStringLiteral("'quantum' is not one of") });
        QTest::addRow("a value the converter did not understand")
            << QVector<ConvertedRow> { unknownValue } << byExternalId() << qint64(9)
            << QStringLiteral("Type of AI") << QStringLiteral("quantum");
    }
    void badRowsAreReportedWithLineAndColumn()
    {
        QFETCH(QVector<ConvertedRow>, rows);
        QFETCH(MatchKey, key);
        QFETCH(qint64, badLine);
        QFETCH(QString, column);
        QFETCH(QString, mentions);

        WorkspaceSnapshot snapshot = m_workspace;
        for (const SystemId id : { SystemId(5), SystemId(6) }) {
            AiSystem twin;
            twin.id = id;
            twin.name = QStringLiteral("Twin");
            snapshot.systems.insert(id, twin);
            snapshot.order.append(id);
        }
        ImportAnalyzer analyzer(snapshot, key, {});
        ImportReport report;
        for (const ConvertedRow &input : rows) {
            const std::optional<RowOutcome> outcome = analyzer.add(input, kKeyColumn, kNameColumn, &report);
            QCOMPARE(!outcome, input.line == badLine);
        }
        QCOMPARE(report.rowsRead, qint64(rows.size()));
        QCOMPARE(report.badRowCount, qint64(1));
        QCOMPARE(report.newCount + report.changedCount + report.unchangedCount, qint64(rows.size() - 1));
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.first().line, badLine);
        QCOMPARE(report.problems.first().column, column);
        QVERIFY2(
            report.problems.first().message.contains(mentions), qPrintable(report.problems.first().message));
    }

    void aFieldSetByHandIsAConflict_data()
    {
        QTest::addColumn<ConflictChoices>("choices");
        QTest::addColumn<bool>("apply");

        QTest::addRow("kept when the analyst chose nothing") << ConflictChoices {} << false;
        QTest::addRow("given to the file for this system and field")
            << ConflictChoices { false, { { SystemId(1), int(SystemField::Vendor) } } } << true;
        QTest::addRow("given to the file for all") << ConflictChoices { true, {} } << true;
        QTest::addRow("kept when another system's field was given")
            << ConflictChoices { false, { { SystemId(2), int(SystemField::Vendor) } } } << false;
        QTest::addRow("kept when another field of this system was given")
            << ConflictChoices { false, { { SystemId(1), int(SystemField::Description) } } } << false;
    }
    void aFieldSetByHandIsAConflict()
    {
        QFETCH(ConflictChoices, choices);
        QFETCH(bool, apply);

        WorkspaceSnapshot snapshot = m_workspace;
        snapshot.systems[1].markEdited(SystemField::Vendor);
        snapshot.systems[1].markEdited(SystemField::UsesTools);
        ImportAnalyzer analyzer(snapshot, byExternalId(), choices);
        ImportReport report;
        const std::optional<RowOutcome> outcome
            = analyzer.add(row(2, QStringLiteral("A-1"), QString(),
                               { { SystemField::Vendor, QStringLiteral("Acme Corp") },
                                   { SystemField::UsesTools, QStringLiteral("yes") },
                                   { SystemField::Description, QStringLiteral("Triage of claims") } }),
                kKeyColumn, kNameColumn, &report);
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, RowOutcome::Kind::Changed);
        QCOMPARE(outcome->changes.size(), 2); // uses_tools is edited but the file agrees: no conflict
        const FieldChange *vendor = changeOf(*outcome, SystemField::Vendor);
        QVERIFY(vendor);
        QVERIFY(vendor->conflict);
        QCOMPARE(vendor->apply, apply);
        const FieldChange *description = changeOf(*outcome, SystemField::Description);
        QVERIFY(description);
        QVERIFY(!description->conflict);
        QVERIFY(description->apply);
        QCOMPARE(report.conflictCount, qint64(1));
        QCOMPARE(report.changedRows.size(), 1);
        QVERIFY(!report.changedRows.first().changes.isEmpty());
    }

    void newOwnersAreListedOnce()
    {
        WorkspaceSnapshot snapshot = m_workspace;
        snapshot.systems[2].markEdited(SystemField::TechnicalOwner);
        ImportAnalyzer analyzer(snapshot, byExternalId(), {});
        ImportReport report;
        const QVector<ConvertedRow> rows {
            row(2, QStringLiteral("A-9"), QStringLiteral("Benefits bot"),
                { { SystemField::BusinessOwner, QStringLiteral("Carol Diaz") },
                    { SystemField::RiskOwner, QStringLiteral("alice ng") } }),
            row(3, QStringLiteral("A-10"), QStringLiteral("Permit helper"),
                { { SystemField::TechnicalOwner, QStringLiteral("CAROL DIAZ") } }),
            row(4, QStringLiteral("A-1"), QString(),
                { { SystemField::RiskOwner, QStringLiteral("Dan Wu") } }),
            // A conflict the analyst keeps creates nobody.
            row(5, QStringLiteral("A-2"), QString(),
                { { SystemField::TechnicalOwner, QStringLiteral("Erin Ho") } }),
        };
        for (const ConvertedRow &input : rows)
            QVERIFY(analyzer.add(input, kKeyColumn, kNameColumn, &report));
        QCOMPARE(report.newPeople, (QStringList { QStringLiteral("Carol Diaz"), QStringLiteral("Dan Wu") }));
    }

    void customAttributesAreMerged()
    {
        ImportAnalyzer analyzer(m_workspace, byExternalId(), {});
        ImportReport report;
        const std::optional<RowOutcome> outcome = analyzer.add(
            row(2, QStringLiteral("A-1"), QString(), {}, json(R"({"Topic": "fraud", "Bureau": "BLM"})")),
            kKeyColumn, kNameColumn, &report);
        QVERIFY(outcome);
        const FieldChange *attributes = changeOf(*outcome, SystemField::CustomAttributes);
        QVERIFY(attributes);
        const QJsonObject before = QJsonDocument::fromJson(attributes->oldValue.toString().toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(attributes->newValue.toString().toUtf8()).object();
        QCOMPARE(before, json(R"({"Agency": "DOI", "Topic": "claims"})"));
        // Added and overwritten from the file; kept where the file says nothing.
        QCOMPARE(after, json(R"({"Agency": "DOI", "Topic": "fraud", "Bureau": "BLM"})"));
    }

    void finishListsMissingSystems_data()
    {
        QTest::addColumn<MatchKey>("key");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QVector<SystemId>>("missing");

        QTest::addRow("by external id, systems without one are never missing")
            << byExternalId() << QStringList { QStringLiteral("A-1"), QStringLiteral("A-3") }
            << QVector<SystemId> { 2 };
        QTest::addRow("by external id, a file naming all of them")
            << byExternalId()
            << QStringList { QStringLiteral("A-3"), QStringLiteral("A-2"), QStringLiteral("A-1") }
            << QVector<SystemId> {};
        QTest::addRow("by name, every system has one")
            << MatchKey { SystemField::Name, {} } << QStringList { QStringLiteral("Claims triage") }
            << QVector<SystemId> { 2, 3, 4 };
        QTest::addRow("by attribute, only systems that have it")
            << MatchKey { std::nullopt, QStringLiteral("Inventory ref") }
            << QStringList { QStringLiteral("INV-99") } << QVector<SystemId> { 3 };
        QTest::addRow("without a key nothing can be missing")
            << MatchKey {} << QStringList {} << QVector<SystemId> {};
    }
    void finishListsMissingSystems()
    {
        QFETCH(MatchKey, key);
        QFETCH(QStringList, keys);
        QFETCH(QVector<SystemId>, missing);

        ImportAnalyzer analyzer(m_workspace, key, {});
        ImportReport report;
        qint64 line = 1;
        for (const QString &rowKey : keys) {
            ++line;
            QVERIFY(analyzer.add(
                row(line, rowKey, QStringLiteral("Named %1").arg(line)), kKeyColumn, kNameColumn, &report));
        }
        analyzer.finish(&report);
        QCOMPARE(report.missing, missing);
    }

    void aSkippedRowStillNamesItsSystem()
    {
        // Line 2 names A-2 but has a value the converter could not read: the row is skipped, yet the
        // file does name A-2, so the wizard must not offer it as gone from the source.
        ImportAnalyzer analyzer(m_workspace, byExternalId(), {});
        ImportReport report;
        ConvertedRow bad = row(2, QStringLiteral("A-2"), QString());
        bad.problems.append(
            RowProblem { 2, QStringLiteral("Stage"), QStringLiteral("'Frozen' is not one of") });
        QVERIFY(!analyzer.add(bad, kKeyColumn, kNameColumn, &report));
        QVERIFY(analyzer.add(row(3, QStringLiteral("A-1"), QString()), kKeyColumn, kNameColumn, &report));
        QVERIFY(analyzer.add(row(4, QStringLiteral("A-3"), QString()), kKeyColumn, kNameColumn, &report));
        analyzer.finish(&report);
        QCOMPARE(report.missing, QVector<SystemId> {});
    }

    void secretsOfEveryRowAreCollected()
    {
        ImportAnalyzer analyzer(m_workspace, byExternalId(), {});
        ImportReport report;
        ConvertedRow good = row(2, QStringLiteral("A-9"), QStringLiteral("Benefits bot"));
        good.secrets.append(SecretHit { 2, QStringLiteral("api_key"), QStringLiteral("AWS access key") });
        ConvertedRow bad = row(3, QStringLiteral("A-77"), QString());
        bad.secrets.append(SecretHit { 3, QStringLiteral("description"), QStringLiteral("GitHub token") });
        QVERIFY(analyzer.add(good, kKeyColumn, kNameColumn, &report));
        QVERIFY(!analyzer.add(bad, kKeyColumn, kNameColumn, &report));
        QCOMPARE(report.secrets.size(), 2); // a skipped row's secret is still reported
        QCOMPARE(report.secrets.at(0).line, qint64(2));
        QCOMPARE(report.secrets.at(1).column, QStringLiteral("description"));
    }
};

QTEST_GUILESS_MAIN(TestImportAnalyzer)
#include "tst_importanalyzer.moc"
