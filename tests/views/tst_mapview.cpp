// The four-paradigm map as an analyst uses it, with real widgets: drag a marker across the runtime
// execution boundary (one undo step, audited, the governance notice appears), select by click,
// Ctrl+click and rubber band, move between markers and zoom with the keyboard, accept the
// classifier's suggestion, arrange a region, read a region title cut short in its tooltip, and
// export the map as PNG and PDF.

#include "map/mapmodel.h"
#include "map/mapplane.h"
#include "mapdecorations.h"
#include "mappanel.h"
#include "mapview.h"
#include "messagebox.h"
#include "storage/workspace.h"
#include "testworkspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QTemporaryDir>
#include <QToolTip>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Mandate;

namespace {

using Values = QVector<QPair<SystemField, QString>>;

Values behaviour(const char *paradigm, std::initializer_list<QPair<SystemField, const char *>> values)
{
    Values all { { SystemField::Paradigm, QString::fromLatin1(paradigm) } };
    for (const auto &[field, value] : values)
        all << qMakePair(field, QString::fromLatin1(value));
    return all;
}

// A writer whose handling of secrets is not known: its NHI risk cannot be ruled out.
const std::initializer_list<QPair<SystemField, const char *>> kUnsureWriter { { SystemField::OutputKind, "content" },
    { SystemField::SelectsActions, "no" }, { SystemField::UsesTools, "no" },
    { SystemField::AffectsExternalSystems, "no" } };
const std::initializer_list<QPair<SystemField, const char *>> kWriter { { SystemField::OutputKind, "content" },
    { SystemField::SelectsActions, "no" }, { SystemField::UsesTools, "no" },
    { SystemField::AffectsExternalSystems, "no" }, { SystemField::AccessesCredentials, "no" } };
const std::initializer_list<QPair<SystemField, const char *>> kAgentWithSecrets {
    { SystemField::OutputKind, "action" }, { SystemField::SelectsActions, "yes" }, { SystemField::UsesTools, "yes" },
    { SystemField::ApprovalGate, "none" }, { SystemField::AccessesCredentials, "yes" } };
const std::initializer_list<QPair<SystemField, const char *>> kPredictor { { SystemField::OutputKind, "prediction" },
    { SystemField::SelectsActions, "no" }, { SystemField::UsesTools, "no" },
    { SystemField::AffectsExternalSystems, "no" }, { SystemField::AccessesCredentials, "no" } };
const std::initializer_list<QPair<SystemField, const char *>> kExplainer { { SystemField::OutputKind, "explanation" },
    { SystemField::SelectsActions, "no" }, { SystemField::UsesTools, "no" },
    { SystemField::AffectsExternalSystems, "no" }, { SystemField::AccessesCredentials, "no" } };

QVector<SystemId> sorted(QVector<SystemId> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestMapView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void draggingAGenerativeSystemIntoAgenticReclassifiesItInOneUndoStep();
    void clickCtrlClickAndEmptyClickSelect();
    void rubberBandSelectsExactlyTheMarkersInside();
    void arrowKeysGoToTheNeighbourInThatDirection_data();
    void arrowKeysGoToTheNeighbourInThatDirection();
    void keysZoomFitAndClear();
    void aFittedMapRefitsWhenResizedAZoomedOneKeepsItsZoom();
    void aRegionTitleCutShortShowsWholeInItsToolTip();
    void acceptingSuggestionsMovesEachSystemInOneUndoStep();
    void arrangingARegionPlacesEachOfItsSystems();
    void exportWritesPngAndPdf();
    void exportIntoAMissingFolderFailsAndNamesThePath_data();
    void exportIntoAMissingFolderFailsAndNamesThePath();

private:
    MapView *view() const { return m_panel->view(); }
    MapModel *model() const { return m_panel->model(); }
    SystemId id(const char *name) const { return m_ids.value(QString::fromLatin1(name)); }
    QPoint at(SystemId systemId) const { return view()->viewportPosition(systemId); }
    QPoint atPlane(const QPointF &planePoint) const { return view()->mapFromScene(planePoint); }
    void press(const QPoint &point, Qt::KeyboardModifiers modifiers = {});
    void moveTo(const QPoint &from, const QPoint &to); // with the left button held, in steps
    void release(const QPoint &point, Qt::KeyboardModifiers modifiers = {});
    void click(const QPoint &point, Qt::KeyboardModifiers modifiers = {});
    QVector<SystemId> idsInRegion(Paradigm paradigm) const;
    void layOutAroundTheUnsureWriter();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MapPanel> m_panel;
    QHash<QString, SystemId> m_ids;
};

void TestMapView::initTestCase()
{
    Test::isolate();
}

void TestMapView::init()
{
    MessageBox::clearRecord();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    WorkspaceError error;
    m_workspace = Workspace::create(m_dir->filePath(QStringLiteral("map.mandate")), &error);
    QVERIFY2(m_workspace, qPrintable(error.message()));
    const struct
    {
        const char *name;
        Values values;
    } samples[] = {
        { "Support reply drafter", behaviour("generative", kUnsureWriter) },
        { "Blog drafter", behaviour("generative", kUnsureWriter) },
        { "Newsletter drafter", behaviour("generative", kUnsureWriter) },
        { "Ticket bot", behaviour("generative", kAgentWithSecrets) },
        { "Marketing copy writer", behaviour("generative", kWriter) },
        { "Claims triage model", behaviour("predictive", kPredictor) },
        { "Code review agent", behaviour("agentic", kAgentWithSecrets) },
        { "Churn explainer", behaviour("undecided", kExplainer) },
    };
    m_ids.clear();
    for (const auto &sample : samples)
        m_ids.insert(QString::fromLatin1(sample.name),
            Test::addSample(*m_workspace, QString::fromLatin1(sample.name), sample.values));
    m_workspace->undoStack()->clear();

    m_panel = std::make_unique<MapPanel>();
    m_panel->resize(1200, 760);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QApplication::setActiveWindow(m_panel.get());
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    m_panel->setWorkspace(m_workspace.get());
    QCOMPARE(model()->visibleCount(), int(m_ids.size()));
}

void TestMapView::cleanup()
{
    m_panel.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestMapView::press(const QPoint &point, Qt::KeyboardModifiers modifiers)
{
    QTest::mousePress(view()->viewport(), Qt::LeftButton, modifiers, point);
}

void TestMapView::moveTo(const QPoint &from, const QPoint &to)
{
    // Qt 6.4's QTest::mouseMove carries the held button (QTest remembers the press), in steps
    // each larger than the drag distance, as a hand would.
    constexpr int kSteps = 5;
    for (int i = 1; i <= kSteps; ++i)
        QTest::mouseMove(view()->viewport(), from + (to - from) * i / kSteps);
}

void TestMapView::release(const QPoint &point, Qt::KeyboardModifiers modifiers)
{
    QTest::mouseRelease(view()->viewport(), Qt::LeftButton, modifiers, point);
}

void TestMapView::click(const QPoint &point, Qt::KeyboardModifiers modifiers)
{
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, modifiers, point);
}

QVector<SystemId> TestMapView::idsInRegion(Paradigm paradigm) const
{
    QVector<SystemId> ids;
    for (const SystemId systemId : m_workspace->systemIds()) {
        if (m_workspace->system(systemId)->paradigm == paradigm)
            ids << systemId;
    }
    return ids;
}

// The unsure writer in the middle of the Generative region, one of its kind on either side, the
// agentic-behaving bot straight above (NHI risk) and the plain writer straight below (no NHI risk).
void TestMapView::layOutAroundTheUnsureWriter()
{
    const auto cellCentre = [this](SystemId systemId) {
        const MapMarker *m = model()->marker(systemId);
        return MapPlane::cellRect(Paradigm::Generative, m->derived.nhiRisk, m->derived.accessFootprint).center();
    };
    const SystemId centre = id("Support reply drafter");
    const QPointF middle = cellCentre(centre);
    const qreal x = middle.x();
    QVector<MapPlacement> placements {
        { centre, Paradigm::Generative, middle },
        { id("Blog drafter"), Paradigm::Generative, middle + QPointF(150, 0) },
        { id("Newsletter drafter"), Paradigm::Generative, middle - QPointF(150, 0) },
        { id("Ticket bot"), Paradigm::Generative, QPointF(x, cellCentre(id("Ticket bot")).y()) },
        { id("Marketing copy writer"), Paradigm::Generative, QPointF(x, cellCentre(id("Marketing copy writer")).y()) },
    };
    QVERIFY(m_workspace->placeSystems(placements, QStringLiteral("Lay out")));
    m_workspace->undoStack()->clear();
    for (const MapPlacement &p : placements)
        QCOMPARE(model()->marker(p.id)->position, *p.position);
    QVERIFY(model()->marker(id("Ticket bot"))->position.y() < middle.y());
    QVERIFY(model()->marker(id("Marketing copy writer"))->position.y() > middle.y());
}

void TestMapView::draggingAGenerativeSystemIntoAgenticReclassifiesItInOneUndoStep()
{
    const SystemId writer = id("Marketing copy writer");
    QCOMPARE(m_workspace->system(writer)->paradigm, Paradigm::Generative);
    QVERIFY(!m_panel->notice()->isVisible());
    const int commands = m_workspace->undoStack()->count();
    const qint64 auditBefore = m_workspace->auditCount();

    const QPoint from = at(writer);
    const QPoint to = atPlane(MapPlane::regionRect(Paradigm::Agentic).center());
    QVERIFY((to - from).manhattanLength() > QApplication::startDragDistance());
    press(from);
    QCOMPARE(view()->selectedIds(), QVector<SystemId> { writer }); // pressing a marker selects it
    moveTo(from, to);
    release(to);

    QCOMPARE(m_workspace->system(writer)->paradigm, Paradigm::Agentic);
    QCOMPARE(m_workspace->undoStack()->count(), commands + 1);
    // The marker sits in the Agentic region, in the band its derived values give it.
    const MapMarker *marker = model()->marker(writer);
    QCOMPARE(marker->paradigm, Paradigm::Agentic);
    QVERIFY(MapPlane::cellRect(Paradigm::Agentic, marker->derived.nhiRisk, marker->derived.accessFootprint)
                .contains(marker->position));
    // The audit log says so: the paradigm went from generative to agentic.
    const QVector<AuditEntry> entries = m_workspace->auditEntries(auditBefore + 1);
    const auto paradigmEntry = std::find_if(entries.cbegin(), entries.cend(),
        [](const AuditEntry &e) { return e.field == QLatin1String("paradigm"); });
    QVERIFY(paradigmEntry != entries.cend());
    QCOMPARE(paradigmEntry->action, QStringLiteral("update"));
    QCOMPARE(paradigmEntry->entityId, QString::number(writer));
    QCOMPARE(paradigmEntry->oldValue, QStringLiteral("generative"));
    QCOMPARE(paradigmEntry->newValue, QStringLiteral("agentic"));
    // Crossing the boundary says which governance now applies, and to what.
    QVERIFY(m_panel->notice()->isVisible());
    QVERIFY2(m_panel->notice()->text().contains(QStringLiteral("Marketing copy writer")),
        qPrintable(m_panel->notice()->text()));

    m_workspace->undoStack()->undo();
    QCOMPARE(m_workspace->system(writer)->paradigm, Paradigm::Generative);
    QCOMPARE(model()->marker(writer)->paradigm, Paradigm::Generative);
    QVERIFY(MapPlane::regionRect(Paradigm::Generative).contains(model()->marker(writer)->position));
    QCOMPARE(m_workspace->auditEntries().constLast().action, QStringLiteral("undo"));
    QVERIFY(m_workspace->verifyAudit().ok);
}

void TestMapView::clickCtrlClickAndEmptyClickSelect()
{
    const SystemId triage = id("Claims triage model");
    const SystemId agent = id("Code review agent");
    click(at(triage));
    QCOMPARE(view()->selectedIds(), QVector<SystemId> { triage });
    QCOMPARE(view()->currentId(), triage);
    QVERIFY(m_panel->acceptSuggestionAction()->isEnabled());

    click(at(agent), Qt::ControlModifier);
    QCOMPARE(view()->selectedIds(), sorted({ triage, agent }));
    QCOMPARE(view()->currentId(), agent);
    // Ctrl+click on a selected marker takes it out again.
    click(at(agent), Qt::ControlModifier);
    QCOMPARE(view()->selectedIds(), QVector<SystemId> { triage });

    // A plain click on another marker selects only that one.
    click(at(agent));
    QCOMPARE(view()->selectedIds(), QVector<SystemId> { agent });

    // The Causal region holds nobody: a click there clears the selection.
    click(atPlane(MapPlane::regionRect(Paradigm::Causal).center()));
    QVERIFY(view()->selectedIds().isEmpty());
    QCOMPARE(view()->currentId(), SystemId(0));
    QVERIFY(!m_panel->acceptSuggestionAction()->isEnabled());
}

void TestMapView::rubberBandSelectsExactlyTheMarkersInside()
{
    // From above the plane's top left corner of Generative to below its bottom right: that region.
    const QRectF region = MapPlane::regionRect(Paradigm::Generative);
    const QPoint from = atPlane(region.topLeft() + QPointF(10, -30));
    const QPoint to = atPlane(region.bottomRight() + QPointF(-10, 30));
    QCOMPARE(view()->viewport()->rect().contains(from), true);
    QCOMPARE(view()->viewport()->rect().contains(to), true);
    press(from);
    moveTo(from, to);
    release(to);

    const QVector<SystemId> inside = model()->index().inRect(QRectF(view()->mapToScene(from), view()->mapToScene(to)));
    QCOMPARE(view()->selectedIds(), inside);
    QCOMPARE(view()->selectedIds(), idsInRegion(Paradigm::Generative));
    QCOMPARE(view()->selectedIds().size(), 5);
    QVERIFY(inside.contains(view()->currentId()));

    // Ctrl adds another band's markers to the selection.
    const QRectF predictive = MapPlane::regionRect(Paradigm::Predictive);
    const QPoint from2 = atPlane(predictive.topLeft() + QPointF(10, -30));
    const QPoint to2 = atPlane(predictive.bottomRight() + QPointF(-10, 30));
    press(from2, Qt::ControlModifier);
    moveTo(from2, to2);
    release(to2, Qt::ControlModifier);
    QCOMPARE(view()->selectedIds(), sorted(idsInRegion(Paradigm::Generative) + idsInRegion(Paradigm::Predictive)));

    // A band over empty space clears it.
    const QRectF causal = MapPlane::regionRect(Paradigm::Causal);
    const QPoint from3 = atPlane(causal.center() - QPointF(200, 200));
    const QPoint to3 = atPlane(causal.center() + QPointF(200, 200));
    press(from3);
    moveTo(from3, to3);
    release(to3);
    QVERIFY(view()->selectedIds().isEmpty());
}

void TestMapView::arrowKeysGoToTheNeighbourInThatDirection_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("neighbour");
    QTest::addRow("right goes to the drafter on the right") << int(Qt::Key_Right) << QStringLiteral("Blog drafter");
    QTest::addRow("left goes to the drafter on the left") << int(Qt::Key_Left) << QStringLiteral("Newsletter drafter");
    QTest::addRow("up goes to the bot above, with NHI risk") << int(Qt::Key_Up) << QStringLiteral("Ticket bot");
    QTest::addRow("down goes to the writer below, without NHI risk")
        << int(Qt::Key_Down) << QStringLiteral("Marketing copy writer");
}

void TestMapView::arrowKeysGoToTheNeighbourInThatDirection()
{
    QFETCH(int, key);
    QFETCH(QString, neighbour);
    layOutAroundTheUnsureWriter();
    const SystemId start = id("Support reply drafter");
    click(at(start));
    QCOMPARE(view()->currentId(), start);
    QVERIFY(view()->hasFocus());

    QTest::keyClick(view(), Qt::Key(key));
    const SystemId expected = m_ids.value(neighbour);
    QCOMPARE(view()->currentId(), expected);
    QCOMPARE(view()->selectedIds(), QVector<SystemId> { expected });

    // Shift keeps what was selected and adds the neighbour's neighbour (or stays put at the edge).
    QTest::keyClick(view(), Qt::Key(key), Qt::ShiftModifier);
    QVERIFY(view()->selectedIds().contains(expected));
}

void TestMapView::keysZoomFitAndClear()
{
    const qreal fit = view()->zoomFactor();
    QVERIFY(fit > 0);
    QTest::keyClick(view(), Qt::Key_Plus);
    const qreal closer = view()->zoomFactor();
    QVERIFY2(closer > fit, qPrintable(QStringLiteral("%1 after + from %2").arg(closer).arg(fit)));
    QTest::keyClick(view(), Qt::Key_Plus);
    QVERIFY(view()->zoomFactor() > closer);
    QTest::keyClick(view(), Qt::Key_Minus);
    QVERIFY(qAbs(view()->zoomFactor() - closer) < 1e-9);
    QTest::keyClick(view(), Qt::Key_Home);
    QVERIFY(qAbs(view()->zoomFactor() - fit) < 1e-9);
    // Zoomed in, a marker may be out of view; 0 fits everything again.
    QTest::keyClick(view(), Qt::Key_Plus);
    QTest::keyClick(view(), Qt::Key_Plus);
    QTest::keyClick(view(), Qt::Key_0);
    QVERIFY(qAbs(view()->zoomFactor() - fit) < 1e-9);
    for (const SystemId systemId : m_workspace->systemIds())
        QVERIFY(view()->viewport()->rect().contains(at(systemId)));
    // Out beyond the fit, but not without end.
    for (int i = 0; i < 20; ++i)
        QTest::keyClick(view(), Qt::Key_Minus);
    QVERIFY(view()->zoomFactor() < fit);
    QVERIFY(view()->zoomFactor() > 0);

    click(at(id("Ticket bot")));
    QCOMPARE(view()->selectedIds().size(), 1);
    QTest::keyClick(view(), Qt::Key_Escape);
    QVERIFY(view()->selectedIds().isEmpty());
}

void TestMapView::aFittedMapRefitsWhenResizedAZoomedOneKeepsItsZoom()
{
    const qreal fit = view()->zoomFactor();
    m_panel->resize(800, 520); // the window made smaller, or the details dock made wider
    QTRY_VERIFY(view()->zoomFactor() < fit);
    for (const SystemId systemId : m_workspace->systemIds())
        QVERIFY(view()->viewport()->rect().contains(at(systemId)));
    QTest::keyClick(view(), Qt::Key_Plus);
    const qreal zoomed = view()->zoomFactor();
    QVERIFY(!view()->followsFit());
    m_panel->resize(1100, 700);
    QTest::qWait(20);
    QCOMPARE(view()->zoomFactor(), zoomed); // the analyst's zoom is not undone by a resize
    QTest::keyClick(view(), Qt::Key_0);
    QVERIFY(view()->followsFit());
}

void TestMapView::aRegionTitleCutShortShowsWholeInItsToolTip()
{
    m_panel->resize(700, 520); // the narrow strip of systems not yet classified cannot hold its words
    QTest::qWait(20);
    const qreal stripX = view()->mapFromScene(MapPlane::regionRect(Paradigm::Undecided).center()).x();
    const QPoint inTitle(int(std::max(stripX, MapDecorations::kAxisWidth + 4)), int(MapDecorations::kTitleHeight / 2));
    QHelpEvent help(QEvent::ToolTip, inTitle, view()->viewport()->mapToGlobal(inTitle));
    QApplication::sendEvent(view()->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(MapDecorations::regionTitle(Paradigm::Undecided)), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(MapDecorations::regionCaption(Paradigm::Undecided)));

    // Over the plane, away from any marker and the title strip: no tooltip.
    const QPoint empty = view()->mapFromScene(MapPlane::regionRect(Paradigm::Causal).bottomLeft() + QPointF(30, -30));
    QHelpEvent nothing(QEvent::ToolTip, empty, view()->viewport()->mapToGlobal(empty));
    QApplication::sendEvent(view()->viewport(), &nothing);
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestMapView::acceptingSuggestionsMovesEachSystemInOneUndoStep()
{
    const SystemId bot = id("Ticket bot");
    const SystemId explainer = id("Churn explainer");
    for (const SystemId systemId : { bot, explainer })
        QVERIFY(model()->marker(systemId)->suggestionDiffers());
    const Paradigm botSuggestion = model()->marker(bot)->derived.suggestedParadigm;
    const Paradigm explainerSuggestion = model()->marker(explainer)->derived.suggestedParadigm;
    QCOMPARE(botSuggestion, Paradigm::Agentic);
    const int commands = m_workspace->undoStack()->count();

    click(at(bot));
    click(at(explainer), Qt::ControlModifier);
    QCOMPARE(view()->selectedIds(), sorted({ bot, explainer }));
    QAction *accept = m_panel->acceptSuggestionAction();
    QVERIFY(accept->isEnabled());
    accept->trigger();

    QCOMPARE(m_workspace->system(bot)->paradigm, botSuggestion);
    QCOMPARE(m_workspace->system(explainer)->paradigm, explainerSuggestion);
    QCOMPARE(m_workspace->undoStack()->count(), commands + 1);
    QVERIFY(!model()->marker(bot)->suggestionDiffers());
    QVERIFY(!model()->marker(explainer)->suggestionDiffers());
    QVERIFY(m_panel->notice()->text().contains(QStringLiteral("Ticket bot")));

    m_workspace->undoStack()->undo();
    QCOMPARE(m_workspace->system(bot)->paradigm, Paradigm::Generative);
    QCOMPARE(m_workspace->system(explainer)->paradigm, Paradigm::Undecided);

    // Nothing to accept: the panel says why instead of doing nothing silently.
    MessageBox::clearRecord();
    click(at(id("Claims triage model")));
    accept->trigger();
    QCOMPARE(MessageBox::messageCount(), 1);
    QCOMPARE(m_workspace->undoStack()->count(), commands + 1); // the undone step, still redoable
    QCOMPARE(m_workspace->undoStack()->index(), commands);
}

void TestMapView::arrangingARegionPlacesEachOfItsSystems()
{
    const QVector<SystemId> generative = idsInRegion(Paradigm::Generative);
    QCOMPARE(generative.size(), 5);
    for (const SystemId systemId : generative)
        QVERIFY(!m_workspace->system(systemId)->mapPosition);
    const QVector<SystemId> others = idsInRegion(Paradigm::Predictive) + idsInRegion(Paradigm::Agentic);
    const int commands = m_workspace->undoStack()->count();

    m_panel->arrangeRegion(Paradigm::Generative);

    QCOMPARE(m_workspace->undoStack()->count(), commands + 1);
    QVector<QPointF> positions;
    for (const SystemId systemId : generative) {
        const AiSystem *system = m_workspace->system(systemId);
        QVERIFY(system->mapPosition);
        QCOMPARE(system->paradigm, Paradigm::Generative);
        QVERIFY(MapPlane::regionRect(Paradigm::Generative).contains(*system->mapPosition));
        QCOMPARE(model()->marker(systemId)->position, *system->mapPosition);
        QVERIFY(!positions.contains(*system->mapPosition));
        positions << *system->mapPosition;
    }
    for (const SystemId systemId : others)
        QVERIFY(!m_workspace->system(systemId)->mapPosition);

    m_workspace->undoStack()->undo();
    for (const SystemId systemId : generative)
        QVERIFY(!m_workspace->system(systemId)->mapPosition);
}

void TestMapView::exportWritesPngAndPdf()
{
    const QString png = m_dir->filePath(QStringLiteral("estate-map.png"));
    const QString pdf = m_dir->filePath(QStringLiteral("estate-map.pdf"));
    QVERIFY(m_panel->exportPng(png));
    QVERIFY(m_panel->exportPdf(pdf));
    QCOMPARE(MessageBox::messageCount(), 0);

    QVERIFY(QFileInfo(png).size() > 0);
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(3600, 1800));
    QVERIFY(QFileInfo(pdf).size() > 0);
    QVERIFY(Test::fileBytes(pdf).startsWith("%PDF"));
    // Atomic writes leave no temporary files behind.
    QCOMPARE(QDir(m_dir->path()).entryList({ QStringLiteral("estate-map*") }, QDir::Files).size(), 2);
}

void TestMapView::exportIntoAMissingFolderFailsAndNamesThePath_data()
{
    QTest::addColumn<bool>("pdf");
    QTest::addRow("as a PNG image") << false;
    QTest::addRow("as a PDF document") << true;
}

void TestMapView::exportIntoAMissingFolderFailsAndNamesThePath()
{
    QFETCH(bool, pdf);
    const QString path = m_dir->filePath(pdf ? QStringLiteral("gone/map.pdf") : QStringLiteral("gone/map.png"));
    QVERIFY(!(pdf ? m_panel->exportPdf(path) : m_panel->exportPng(path)));
    QCOMPARE(MessageBox::messageCount(), 1);
    QCOMPARE(MessageBox::lastIcon(), QMessageBox::Critical);
    QVERIFY2(MessageBox::lastText().contains(path), qPrintable(MessageBox::lastText()));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("gone"))));
}

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
