// What a marker's and a cluster's colour class says: an analyst must be able to trust that a
// cluster drawn in the "no findings" colour holds no system with a high finding.
#include "map/markercolouring.h"

#include <QTest>

using namespace Mandate;

Q_DECLARE_METATYPE(Mandate::MarkerColouring)

class TestMarkerColouring : public QObject
{
    Q_OBJECT

private slots:
    void aMarkersClassFollowsTheChosenColouring()
    {
        MapMarker marker;
        marker.lifecycleStage = LifecycleStage::Pilot;
        marker.derived.runtimeAuthority = RuntimeAuthority::GatedExecution;
        QCOMPARE(colourClass(marker, MarkerColouring::LifecycleStage), int(LifecycleStage::Pilot));
        QCOMPARE(colourClass(marker, MarkerColouring::RuntimeAuthority), int(RuntimeAuthority::GatedExecution));
        QCOMPARE(colourClass(marker, MarkerColouring::FindingSeverity), 0); // no findings
        marker.highestSeverity = Severity::High;
        QCOMPARE(colourClass(marker, MarkerColouring::FindingSeverity), int(Severity::High) + 1);
    }

    void everyClassFitsAnIndexKey()
    {
        for (const MarkerColouring c :
            { MarkerColouring::LifecycleStage, MarkerColouring::FindingSeverity, MarkerColouring::RuntimeAuthority })
            QVERIFY(colourClassCount(c) <= MarkerIndex::kKeyCount);
    }

    void aClusterShowsWhatMatters_data()
    {
        QTest::addColumn<MarkerColouring>("colouring");
        QTest::addColumn<QVector<int>>("perClass"); // markers per class, class 0 first
        QTest::addColumn<int>("expected");
        QTest::addRow("one high finding among many without colours the cluster high")
            << MarkerColouring::FindingSeverity << QVector<int> { 200, 0, 0, 1 } << 3;
        QTest::addRow("no findings at all stays the no-findings class")
            << MarkerColouring::FindingSeverity << QVector<int> { 12 } << 0;
        QTest::addRow("one autonomous system among informing ones colours it autonomous")
            << MarkerColouring::RuntimeAuthority << QVector<int> { 0, 40, 3, 0, 1 } << int(RuntimeAuthority::AutonomousExecution);
        QTest::addRow("lifecycle: the most common stage")
            << MarkerColouring::LifecycleStage << QVector<int> { 1, 2, 0, 9, 3 } << int(LifecycleStage::Production);
        QTest::addRow("lifecycle: a tie goes to the earlier stage")
            << MarkerColouring::LifecycleStage << QVector<int> { 0, 4, 4 } << int(LifecycleStage::Development);
    }

    void aClusterShowsWhatMatters()
    {
        QFETCH(MarkerColouring, colouring);
        QFETCH(QVector<int>, perClass);
        QFETCH(int, expected);
        std::array<int, MarkerIndex::kKeyCount> keyCounts {};
        for (int i = 0; i < perClass.size(); ++i)
            keyCounts[i] = perClass[i];
        QCOMPARE(clusterColourClass(keyCounts, colouring), expected);
    }
};

QTEST_GUILESS_MAIN(TestMarkerColouring)
#include "tst_markercolouring.moc"
