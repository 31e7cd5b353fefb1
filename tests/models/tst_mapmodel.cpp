// The map's data: every system has a marker where its region and derived values put it, markers
// follow edits, additions, removals and the inventory filter, and map gestures (drag, Arrange,
// Accept suggestion) become placements that keep a marker's height truthful.
#include "itemmodels/systemfilterproxymodel.h"
#include "itemmodels/systemtablemodel.h"
#include "map/mapmodel.h"
#include "map/mapplane.h"
#include "map/markercolouring.h"
#include "storage/workspace.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <algorithm>
#include <memory>
#include <optional>

using namespace Mandate;

Q_DECLARE_METATYPE(Mandate::SystemField)
Q_DECLARE_METATYPE(Mandate::Paradigm)
Q_DECLARE_METATYPE(std::optional<Mandate::Paradigm>)

namespace {

using Values = QVector<QPair<SystemField, const char *>>;

// Behaviours, as an analyst would record them.
const Values kAgentWithSecrets { { SystemField::OutputKind, "action" },
    { SystemField::SelectsActions, "yes" }, { SystemField::UsesTools, "yes" },
    { SystemField::ApprovalGate, "none" }, { SystemField::AccessesCredentials, "yes" } };
const Values kWriter { { SystemField::OutputKind, "content" }, { SystemField::SelectsActions, "no" },
    { SystemField::UsesTools, "no" }, { SystemField::AffectsExternalSystems, "no" },
    { SystemField::AccessesCredentials, "no" } };
// A writer whose handling of secrets is not known: NHI risk cannot be ruled out.
const Values kUnsureWriter { { SystemField::OutputKind, "content" }, { SystemField::SelectsActions, "no" },
    { SystemField::UsesTools, "no" }, { SystemField::AffectsExternalSystems, "no" } };
const Values kGatedAgent { { SystemField::OutputKind, "action" }, { SystemField::SelectsActions, "yes" },
    { SystemField::UsesTools, "yes" }, { SystemField::ApprovalGate, "per_action" },
    { SystemField::AccessesCredentials, "no" } };
const Values kPredictor { { SystemField::OutputKind, "prediction" }, { SystemField::SelectsActions, "no" },
    { SystemField::UsesTools, "no" }, { SystemField::AffectsExternalSystems, "no" },
    { SystemField::AccessesCredentials, "no" } };
const Values kExplainer { { SystemField::OutputKind, "explanation" }, { SystemField::SelectsActions, "no" },
    { SystemField::UsesTools, "no" }, { SystemField::AffectsExternalSystems, "no" },
    { SystemField::AccessesCredentials, "no" } };

struct Sample
{
    const char *name;
    const char *paradigm;
    const Values *behaviour;
};

// Five generative systems across three bands, one of which the classifier calls agentic; one
// system of each other region; an unclassified one with a clear suggestion; one it cannot place.
const Sample kSamples[] = {
    { "Code review agent", "agentic", &kAgentWithSecrets },
    { "Marketing copy writer", "generative", &kWriter },
    { "Drafter 10", "generative", &kWriter },
    { "Blog drafter", "generative", &kWriter },
    { "Drafter 2", "generative", &kWriter },
    { "Support reply drafter", "generative", &kUnsureWriter },
    { "Ticket bot", "generative", &kGatedAgent },
    { "Claims triage model", "predictive", &kPredictor },
    { "Churn explainer", "undecided", &kExplainer },
    { "Mystery tool", "causal", nullptr },
};

QRectF cellOf(const MapMarker &marker)
{
    return MapPlane::cellRect(marker.paradigm, marker.derived.nhiRisk, marker.derived.accessFootprint);
}

QRectF cellOf(const MapMarker &marker, Paradigm paradigm)
{
    return MapPlane::cellRect(paradigm, marker.derived.nhiRisk, marker.derived.accessFootprint);
}

QString pointText(const QPointF &p)
{
    return QStringLiteral("(%1, %2)").arg(p.x()).arg(p.y());
}

} // namespace

class TestMapModel : public QObject
{
    Q_OBJECT

private:
    SystemId id(const char *name) const { return m_ids.value(QString::fromUtf8(name)); }
    const MapMarker &marker(const char *name) const { return *m_map->marker(id(name)); }
    QVector<SystemId> idsOf(std::initializer_list<const char *> names) const
    {
        QVector<SystemId> ids;
        for (const char *name : names)
            ids << id(name);
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    QVector<SystemId> visibleIds() const { return m_map->index().inRect(MapPlane::bounds()); }
    QVector<SystemId> idsInRegion(Paradigm paradigm) const
    {
        QVector<SystemId> ids;
        for (const SystemId systemId : m_workspace->systemIds()) {
            if (m_workspace->system(systemId)->paradigm == paradigm)
                ids << systemId;
        }
        return ids;
    }

    // The inventory table and its filter, hooked to the map. mapFirst: the map hears of workspace
    // changes before the table does.
    void attachFilter(bool mapFirst = true)
    {
        m_table = std::make_unique<SystemTableModel>();
        m_proxy = std::make_unique<SystemFilterProxyModel>();
        if (!mapFirst) {
            m_map->setWorkspace(nullptr);
            m_table->setWorkspace(m_workspace.get());
            m_map->setWorkspace(m_workspace.get());
        } else {
            m_table->setWorkspace(m_workspace.get());
        }
        m_proxy->setSourceModel(m_table.get());
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_map->setFilter(m_proxy.get());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MapModel> m_map;
    std::unique_ptr<SystemTableModel> m_table;
    std::unique_ptr<SystemFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    QHash<QString, SystemId> m_ids;

private slots:
    void initTestCase()
    {
        // Names sort as an analyst reads them ("Drafter 2" before "Drafter 10"); Qt's C locale
        // collates code point by code point, so the test does not depend on the machine's locale.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        WorkspaceError error;
        m_workspace = Workspace::create(m_dir->filePath(QStringLiteral("map.mandate")), &error);
        QVERIFY2(m_workspace, qPrintable(error.message()));
        m_ids.clear();
        for (const Sample &sample : kSamples) {
            AiSystem prototype;
            prototype.name = QString::fromUtf8(sample.name);
            const SystemId systemId = m_workspace->addSystem(prototype);
            QVERIFY(systemId != 0);
            m_ids.insert(prototype.name, systemId);
            m_workspace->setSystemValue(systemId, SystemField::Paradigm, QString::fromUtf8(sample.paradigm));
            if (sample.behaviour) {
                for (const auto &[field, value] : *sample.behaviour)
                    QVERIFY(m_workspace->setSystemValue(systemId, field, QString::fromUtf8(value)));
            }
        }
        m_workspace->undoStack()->clear();
        m_map = std::make_unique<MapModel>();
        m_map->setWorkspace(m_workspace.get());
    }

    void cleanup()
    {
        m_map.reset();
        m_proxyTester.reset();
        m_proxy.reset();
        m_table.reset();
        m_workspace.reset();
        m_dir.reset();
    }

    void everySystemHasOneMarker()
    {
        QCOMPARE(m_map->markerCount(), m_workspace->systemCount());
        QCOMPARE(m_map->visibleCount(), m_workspace->systemCount());
        QCOMPARE(visibleIds(), m_workspace->systemIds());
        for (const SystemId systemId : m_workspace->systemIds()) {
            const MapMarker *m = m_map->marker(systemId);
            QVERIFY(m);
            QCOMPARE(m->id, systemId);
            QCOMPARE(m->paradigm, m_workspace->system(systemId)->paradigm);
            QCOMPARE(m->lifecycleStage, m_workspace->system(systemId)->lifecycleStage);
            QVERIFY(m->visible);
            QCOMPARE(m_map->index().position(systemId), m->position);
        }
        QVERIFY(!m_map->marker(9999));
    }

    // Clusters are drawn in the colour of what they hold: the index must count each marker under
    // its class for the chosen colouring, also after the colouring or a marker changes.
    void theIndexKeysMarkersByTheirColourClass()
    {
        const auto classCounts = [this] {
            std::array<int, MarkerIndex::kKeyCount> total {};
            for (const MarkerIndex::Cluster &c : m_map->index().clusters(MapPlane::bounds(), 1e6))
                for (int k = 0; k < MarkerIndex::kKeyCount; ++k)
                    total[k] += c.keyCounts[k];
            return total;
        };
        const auto expected = [this](MarkerColouring colouring) {
            std::array<int, MarkerIndex::kKeyCount> total {};
            for (const SystemId systemId : m_workspace->systemIds())
                ++total[colourClass(*m_map->marker(systemId), colouring)];
            return total;
        };
        QCOMPARE(m_map->colouring(), MarkerColouring::RuntimeAuthority);
        QCOMPARE(classCounts(), expected(MarkerColouring::RuntimeAuthority));
        QSignalSpy reset(m_map.get(), &MapModel::markersReset);
        m_map->setColouring(MarkerColouring::LifecycleStage);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(classCounts(), expected(MarkerColouring::LifecycleStage));
        QVERIFY(m_workspace->setSystemValue(m_workspace->systemIds().first(), SystemField::LifecycleStage,
            QStringLiteral("production")));
        QCOMPARE(classCounts(), expected(MarkerColouring::LifecycleStage));
        QCOMPARE(classCounts()[int(LifecycleStage::Production)], 1);
    }

    void markersCarryTheSystemsDerivedValues()
    {
        for (const SystemId systemId : m_workspace->systemIds()) {
            const DerivedValues expected = deriveValues(*m_workspace->system(systemId));
            const DerivedValues &actual = m_map->marker(systemId)->derived;
            QCOMPARE(actual.identitySubject, expected.identitySubject);
            QCOMPARE(actual.nhiRisk, expected.nhiRisk);
            QCOMPARE(actual.runtimeAuthority, expected.runtimeAuthority);
            QCOMPARE(actual.suggestedParadigm, expected.suggestedParadigm);
            QCOMPARE(actual.accessFootprint, expected.accessFootprint);
        }
    }

    void anAgentHoldingSecretsSitsUpperRight()
    {
        const MapMarker &agent = marker("Code review agent");
        QCOMPARE(agent.paradigm, Paradigm::Agentic);
        QVERIFY(agent.isIdentitySubject());
        const QRectF topBand = MapPlane::bandRect(Tristate::Yes, AccessFootprint::AdminOrSecrets);
        QCOMPARE(topBand.top(), MapPlane::bounds().top());
        QVERIFY2(MapPlane::cellRect(Paradigm::Agentic, Tristate::Yes, AccessFootprint::AdminOrSecrets)
                     .contains(agent.position),
            qPrintable(pointText(agent.position)));
        QVERIFY(agent.position.x() > MapPlane::executionBoundaryX());
        QVERIFY(agent.position.y() < MapPlane::kNhiRiskLineY);
        QVERIFY(!agent.placedByHand);
        QVERIFY(!agent.suggestionDiffers());
    }

    void unplacedMarkersSitAtTheirAutomaticSpot()
    {
        for (const SystemId systemId : m_workspace->systemIds()) {
            const MapMarker *m = m_map->marker(systemId);
            QVERIFY(cellOf(*m).contains(m->position));
            QCOMPARE(m->position, MapPlane::automaticPosition(cellOf(*m), systemId));
            QVERIFY(!m->placedByHand);
        }
        // Heights tell the derived values: the unsure writer below the NHI-risk zone, above "no".
        QVERIFY(marker("Support reply drafter").position.y() > marker("Ticket bot").position.y());
        QVERIFY(marker("Support reply drafter").position.y() < marker("Marketing copy writer").position.y());
    }

    void aStoredPositionInItsCellIsUsedUntilTheBandMoves()
    {
        const SystemId agent = id("Code review agent");
        const QRectF cell = cellOf(marker("Code review agent"));
        const QPointF spot = cell.center() + QPointF(cell.width() / 5, cell.height() / 7);
        QVERIFY(m_workspace->placeSystems({ { agent, Paradigm::Agentic, spot } }, QStringLiteral("Move")));
        QCOMPARE(marker("Code review agent").position, spot);
        QVERIFY(marker("Code review agent").placedByHand);
        QCOMPARE(m_map->index().position(agent), spot);

        // It no longer handles secrets: its footprint drops, and the spot is outside its new band.
        QVERIFY(m_workspace->setSystemValue(agent, SystemField::AccessesCredentials, QStringLiteral("no")));
        const MapMarker &moved = marker("Code review agent");
        QCOMPARE(moved.derived.accessFootprint, AccessFootprint::None);
        QVERIFY(!cellOf(moved).contains(spot));
        QVERIFY(!moved.placedByHand);
        QCOMPARE(moved.position, MapPlane::automaticPosition(cellOf(moved), agent));
        QCOMPARE(m_map->index().position(agent), moved.position);
        QCOMPARE(m_workspace->system(agent)->mapPosition, std::optional<QPointF>(spot)); // kept, not used

        // Back in its old band, it is back where the analyst put it.
        m_workspace->undoStack()->undo();
        QCOMPARE(marker("Code review agent").position, spot);
        QVERIFY(marker("Code review agent").placedByHand);
    }

    void editsMoveAndUpdateMarkers_data()
    {
        QTest::addColumn<SystemField>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<Paradigm>("paradigm");
        QTest::addColumn<bool>("moves");
        QTest::addRow("reclassified as agentic")
            << SystemField::Paradigm << QStringLiteral("agentic") << Paradigm::Agentic << true;
        QTest::addRow("found to use tools, so above the NHI-risk line")
            << SystemField::UsesTools << QStringLiteral("yes") << Paradigm::Generative << true;
        QTest::addRow("found to handle secrets")
            << SystemField::AccessesCredentials << QStringLiteral("yes") << Paradigm::Generative << true;
        QTest::addRow("a new lifecycle stage, same place")
            << SystemField::LifecycleStage << QStringLiteral("production") << Paradigm::Generative << false;
    }

    void editsMoveAndUpdateMarkers()
    {
        QFETCH(SystemField, field);
        QFETCH(QString, value);
        QFETCH(Paradigm, paradigm);
        QFETCH(bool, moves);
        const SystemId writer = id("Marketing copy writer");
        const QPointF before = marker("Marketing copy writer").position;
        QSignalSpy changed(m_map.get(), &MapModel::markersChanged);

        QVERIFY(m_workspace->setSystemValue(writer, field, value));

        QVERIFY(!changed.isEmpty());
        QVERIFY(changed.last().at(0).value<QVector<SystemId>>().contains(writer));
        const MapMarker &after = marker("Marketing copy writer");
        QCOMPARE(after.paradigm, paradigm);
        QCOMPARE(after.derived.nhiRisk, deriveValues(*m_workspace->system(writer)).nhiRisk);
        QCOMPARE(after.derived.accessFootprint, deriveValues(*m_workspace->system(writer)).accessFootprint);
        QCOMPARE(after.lifecycleStage, m_workspace->system(writer)->lifecycleStage);
        QCOMPARE(after.position != before, moves);
        QVERIFY(cellOf(after).contains(after.position));
        QCOMPARE(m_map->index().position(writer), after.position);
        if (field == SystemField::UsesTools)
            QVERIFY(after.position.y() < MapPlane::kNhiRiskLineY);
    }

    void addedAndRemovedSystemsComeAndGo()
    {
        QSignalSpy changed(m_map.get(), &MapModel::markersChanged);
        AiSystem prototype;
        prototype.name = QStringLiteral("Invoice payer");
        prototype.paradigm = Paradigm::Agentic;
        const SystemId added = m_workspace->addSystem(prototype);
        QVERIFY(added != 0);
        QCOMPARE(m_map->markerCount(), m_workspace->systemCount());
        QVERIFY(m_map->marker(added));
        QCOMPARE(m_map->marker(added)->paradigm, Paradigm::Agentic);
        QVERIFY(m_map->index().contains(added));
        QVERIFY(cellOf(*m_map->marker(added)).contains(m_map->index().position(added)));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.last().at(0).value<QVector<SystemId>>(), QVector<SystemId> { added });

        const SystemId writer = id("Marketing copy writer");
        const QPointF writerSpot = marker("Marketing copy writer").position;
        changed.clear();
        m_workspace->removeSystems({ writer, added });
        QVERIFY(!m_map->marker(writer));
        QVERIFY(!m_map->marker(added));
        QVERIFY(!m_map->index().contains(writer));
        QVERIFY(!m_map->index().contains(added));
        QCOMPARE(m_map->markerCount(), m_workspace->systemCount());
        QCOMPARE(m_map->visibleCount(), m_workspace->systemCount());
        QVERIFY(!changed.isEmpty());
        QVERIFY(m_map->index().hitTest(writerSpot, 0.001) != writer);

        // Undone, the writer is back on the same automatic spot.
        m_workspace->undoStack()->undo();
        QVERIFY(m_map->marker(writer));
        QCOMPARE(m_map->index().position(writer), writerSpot);
        QCOMPARE(visibleIds(), m_workspace->systemIds());
    }

    void theInventoryFilterHidesMarkers_data()
    {
        QTest::addColumn<std::optional<Paradigm>>("paradigm");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("shown");
        QTest::addRow("only agentic systems") << std::optional<Paradigm>(Paradigm::Agentic) << QString()
                                              << QStringList { QStringLiteral("Code review agent") };
        QTest::addRow("only unclassified systems") << std::optional<Paradigm>(
            Paradigm::Undecided) << QString() << QStringList { QStringLiteral("Churn explainer") };
        QTest::addRow("a search for drafters")
            << std::optional<Paradigm>() << QStringLiteral("drafter")
            << QStringList { QStringLiteral("Drafter 10"), QStringLiteral("Blog drafter"),
                   QStringLiteral("Drafter 2"), QStringLiteral("Support reply drafter") };
        QTest::addRow("generative and a search")
            << std::optional<Paradigm>(Paradigm::Generative) << QStringLiteral("writer")
            << QStringList { QStringLiteral("Marketing copy writer") };
        QTest::addRow("a search nothing matches")
            << std::optional<Paradigm>() << QStringLiteral("zebra") << QStringList();
    }

    void theInventoryFilterHidesMarkers()
    {
        QFETCH(std::optional<Paradigm>, paradigm);
        QFETCH(QString, search);
        QFETCH(QStringList, shown);
        attachFilter();
        QCOMPARE(m_map->visibleCount(), m_workspace->systemCount());
        QSignalSpy reset(m_map.get(), &MapModel::markersReset);
        QVector<SystemId> expected;
        for (const QString &name : shown)
            expected << m_ids.value(name);
        std::sort(expected.begin(), expected.end());

        m_proxy->setParadigmFilter(paradigm);
        m_proxy->setSearchText(search);

        QTRY_COMPARE(m_map->visibleCount(), int(expected.size()));
        QCOMPARE(visibleIds(), expected);
        QCOMPARE(m_map->markerCount(), m_workspace->systemCount()); // hidden, not forgotten
        for (const SystemId systemId : m_workspace->systemIds())
            QCOMPARE(m_map->marker(systemId)->visible, expected.contains(systemId));
        QVERIFY(!reset.isEmpty());

        m_proxy->setParadigmFilter(std::nullopt);
        m_proxy->setSearchText(QString());
        QTRY_COMPARE(m_map->visibleCount(), m_workspace->systemCount());
        QCOMPARE(visibleIds(), m_workspace->systemIds());
    }

    void editedAndAddedSystemsFollowTheFilter_data()
    {
        QTest::addColumn<bool>("mapFirst");
        QTest::addRow("the map hears of changes first") << true;
        QTest::addRow("the table hears of changes first") << false;
    }

    void editedAndAddedSystemsFollowTheFilter()
    {
        QFETCH(bool, mapFirst);
        attachFilter(mapFirst);
        m_proxy->setParadigmFilter(Paradigm::Generative);
        QTRY_COMPARE(m_map->visibleCount(), int(idsInRegion(Paradigm::Generative).size()));

        // Reclassified out of the filter: hidden; back into it: shown.
        const SystemId writer = id("Marketing copy writer");
        QVERIFY(m_workspace->setSystemValue(writer, SystemField::Paradigm, QStringLiteral("agentic")));
        QTRY_VERIFY(!m_map->index().contains(writer));
        QVERIFY(!m_map->marker(writer)->visible);
        const SystemId triage = id("Claims triage model");
        QVERIFY(m_workspace->setSystemValue(triage, SystemField::Paradigm, QStringLiteral("generative")));
        QTRY_VERIFY(m_map->index().contains(triage));

        // A new system the filter does not let through never shows; one it does, shows.
        AiSystem prototype;
        prototype.name = QStringLiteral("Invoice payer");
        prototype.paradigm = Paradigm::Agentic;
        const SystemId hidden = m_workspace->addSystem(prototype);
        QTest::qWait(20); // any queued refresh runs
        QVERIFY2(!m_map->index().contains(hidden), "a system the filter hides is drawn");
        QVERIFY(!m_map->marker(hidden)->visible);
        prototype.name = QStringLiteral("Slogan generator");
        prototype.paradigm = Paradigm::Generative;
        const SystemId shown = m_workspace->addSystem(prototype);
        QTRY_VERIFY(m_map->index().contains(shown));
        QVERIFY(!m_map->index().contains(hidden));

        // Removed and brought back by undo, it is still hidden.
        m_workspace->removeSystems({ hidden });
        m_workspace->undoStack()->undo();
        QVERIFY(m_map->marker(hidden));
        QTest::qWait(20);
        QVERIFY(!m_map->index().contains(hidden));
        QCOMPARE(visibleIds(), idsInRegion(Paradigm::Generative));
    }

    void draggingMovesAcrossRegionsButKeepsTheBand_data()
    {
        QTest::addColumn<QPointF>("delta");
        QTest::addColumn<Paradigm>("paradigm");
        QTest::addRow("one region to the right, into agentic") << QPointF(1000, 0) << Paradigm::Agentic;
        QTest::addRow("a small nudge within generative") << QPointF(12, -7) << Paradigm::Generative;
        QTest::addRow("one region to the left, into predictive") << QPointF(-1000, 0) << Paradigm::Predictive;
        QTest::addRow("far up, out of its band") << QPointF(0, -5000) << Paradigm::Generative;
        QTest::addRow("far down, out of its band") << QPointF(0, 5000) << Paradigm::Generative;
        QTest::addRow("right off the plane") << QPointF(100000, 0) << Paradigm::Agentic;
        QTest::addRow("left off the plane, unclassified") << QPointF(-100000, 0) << Paradigm::Undecided;
        QTest::addRow("up and over into agentic") << QPointF(1000, -700) << Paradigm::Agentic;
    }

    void draggingMovesAcrossRegionsButKeepsTheBand()
    {
        QFETCH(QPointF, delta);
        QFETCH(Paradigm, paradigm);
        const SystemId writer = id("Marketing copy writer");
        const MapMarker before = marker("Marketing copy writer");
        QCOMPARE(before.paradigm, Paradigm::Generative);

        const QVector<MapPlacement> placements = m_map->moved({ writer }, delta);

        QCOMPARE(placements.size(), 1);
        const MapPlacement placement = placements.first();
        QCOMPARE(placement.id, writer);
        QCOMPARE(placement.paradigm, paradigm);
        QVERIFY(placement.position);
        const QRectF band = MapPlane::bandRect(before.derived.nhiRisk, before.derived.accessFootprint);
        QVERIFY2(cellOf(before, paradigm).contains(*placement.position),
            qPrintable(pointText(*placement.position)));
        QVERIFY(placement.position->y() > band.top() && placement.position->y() < band.bottom());
        if (qAbs(delta.y()) < 1) // a sideways drag keeps the height
            QCOMPARE(placement.position->y(), before.position.y());
        if (delta == QPointF(12, -7))
            QCOMPARE(*placement.position, before.position + delta);

        // Dropped, the marker is where the drag put it.
        QVERIFY(m_workspace->placeSystems(placements, QStringLiteral("Move")));
        QCOMPARE(marker("Marketing copy writer").paradigm, paradigm);
        QCOMPARE(marker("Marketing copy writer").position, *placement.position);
        QVERIFY(marker("Marketing copy writer").placedByHand);
        QCOMPARE(m_map->index().position(writer), *placement.position);
    }

    void draggingASelectionMovesEachSystem()
    {
        const QVector<SystemId> selection { id("Marketing copy writer"), id("Support reply drafter"),
            id("Ticket bot"), 4242 /* gone meanwhile */ };
        const QVector<MapPlacement> placements = m_map->moved(selection, QPointF(1000, 0));
        QCOMPARE(placements.size(), 3);
        for (const MapPlacement &placement : placements) {
            const MapMarker *m = m_map->marker(placement.id);
            QCOMPARE(placement.paradigm, Paradigm::Agentic);
            QCOMPARE(*placement.position, m->position + QPointF(1000, 0));
        }
        QVERIFY(m_workspace->placeSystems(placements, QStringLiteral("Move")));
        QCOMPARE(m_workspace->undoStack()->count(), 1);
        for (const MapPlacement &placement : placements)
            QCOMPARE(m_map->marker(placement.id)->paradigm, Paradigm::Agentic);
    }

    void arrangeLaysOutOneRegionByBandAndName_data()
    {
        QTest::addColumn<Paradigm>("region");
        QTest::addRow("generative, three bands") << Paradigm::Generative;
        QTest::addRow("agentic, one system") << Paradigm::Agentic;
        QTest::addRow("unclassified") << Paradigm::Undecided;
    }

    void arrangeLaysOutOneRegionByBandAndName()
    {
        QFETCH(Paradigm, region);
        const QVector<MapPlacement> placements = m_map->arranged(region);

        QVector<SystemId> ids;
        QSet<QPair<qreal, qreal>> spots;
        QMap<qreal, QVector<MapPlacement>> byBand; // by the band's top
        for (const MapPlacement &placement : placements) {
            ids << placement.id;
            QCOMPARE(placement.paradigm, region);
            QVERIFY(placement.position);
            spots.insert({ placement.position->x(), placement.position->y() });
            const MapMarker *m = m_map->marker(placement.id);
            QVERIFY(cellOf(*m, region).contains(*placement.position));
            byBand[cellOf(*m, region).top()] << placement;
        }
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, idsInRegion(region)); // every system of the region, none of another
        QCOMPARE(spots.size(), placements.size());

        QCollator collator;
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        for (const QVector<MapPlacement> &band : byBand) {
            for (int i = 1; i < band.size(); ++i) {
                const QString previous = m_workspace->system(band[i - 1].id)->name;
                const QString current = m_workspace->system(band[i].id)->name;
                QVERIFY2(collator.compare(previous, current) < 0, qPrintable(previous + u'|' + current));
                const QPointF a = *band[i - 1].position;
                const QPointF b = *band[i].position;
                QVERIFY(b.y() > a.y() || (b.y() == a.y() && b.x() > a.x())); // reading order
            }
        }
        if (region == Paradigm::Generative) {
            QCOMPARE(byBand.size(), 3);
            // The writers' band reads in natural order: 2 before 10.
            QStringList names;
            for (const MapPlacement &placement : byBand.last())
                names << m_workspace->system(placement.id)->name;
            QCOMPARE(names,
                (QStringList { QStringLiteral("Blog drafter"), QStringLiteral("Drafter 2"),
                    QStringLiteral("Drafter 10"), QStringLiteral("Marketing copy writer") }));
        }

        QVERIFY(m_workspace->placeSystems(placements, QStringLiteral("Arrange")));
        for (const MapPlacement &placement : placements) {
            QCOMPARE(m_map->marker(placement.id)->position, *placement.position);
            QVERIFY(m_map->marker(placement.id)->placedByHand);
        }
        // Arranged again, nothing moves.
        QCOMPARE(m_map->arranged(region).size(), placements.size());
        QVERIFY(!m_workspace->placeSystems(m_map->arranged(region), QStringLiteral("Arrange")));
    }

    void anEmptyRegionHasNothingToArrange()
    {
        QVERIFY(m_map->arranged(Paradigm::Agentic).size() == 1);
        m_workspace->removeSystems({ id("Code review agent") });
        QVERIFY(m_map->arranged(Paradigm::Agentic).isEmpty());
    }

    void acceptingSuggestionsMovesOnlyDecidedDifferences()
    {
        // The churn explainer was placed by hand in the unclassified strip.
        const SystemId churn = id("Churn explainer");
        const QRectF strip = cellOf(marker("Churn explainer"));
        QVERIFY(m_workspace->placeSystems(
            { { churn, Paradigm::Undecided, strip.center() } }, QStringLiteral("Move")));
        QVERIFY(marker("Churn explainer").placedByHand);

        const QVector<MapPlacement> placements = m_map->suggestionsAccepted(m_workspace->systemIds());

        // Not the agent (agrees), not the mystery tool (no suggestion), only the two that differ.
        QCOMPARE(placements.size(), 2);
        QHash<SystemId, MapPlacement> byId;
        for (const MapPlacement &placement : placements)
            byId.insert(placement.id, placement);
        QVERIFY(byId.contains(churn));
        QVERIFY(byId.contains(id("Ticket bot")));
        QCOMPARE(byId.value(churn).paradigm, Paradigm::Causal);
        QCOMPARE(byId.value(id("Ticket bot")).paradigm, Paradigm::Agentic);
        for (const MapPlacement &placement : placements)
            QVERIFY(!placement.position); // laid out automatically in the new region
        QVERIFY(m_map->suggestionsAccepted({ id("Mystery tool"), id("Code review agent"), 4242 }).isEmpty());

        QVERIFY(m_workspace->placeSystems(placements, QStringLiteral("Accept suggestion")));
        for (const char *name : { "Churn explainer", "Ticket bot" }) {
            const MapMarker &m = marker(name);
            QVERIFY(!m.suggestionDiffers());
            QVERIFY(!m.placedByHand);
            QCOMPARE(m.position, MapPlane::automaticPosition(cellOf(m), m.id));
        }
        QCOMPARE(marker("Churn explainer").paradigm, Paradigm::Causal);
        QCOMPARE(marker("Ticket bot").paradigm, Paradigm::Agentic);
        QVERIFY(m_map->suggestionsAccepted(m_workspace->systemIds()).isEmpty());
    }

    void aNewWorkspaceReplacesAllMarkers()
    {
        QSignalSpy reset(m_map.get(), &MapModel::markersReset);
        m_map->setWorkspace(nullptr);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_map->markerCount(), 0);
        QCOMPARE(m_map->visibleCount(), 0);
        QVERIFY(m_map->arranged(Paradigm::Generative).isEmpty());
        m_map->setWorkspace(m_workspace.get());
        QCOMPARE(reset.count(), 2);
        QCOMPARE(m_map->markerCount(), m_workspace->systemCount());
    }
};

QTEST_GUILESS_MAIN(TestMapModel)
#include "tst_mapmodel.moc"
