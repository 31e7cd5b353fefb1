// What the map says applies when a system crosses into Agentic: each requirement, whether the
// record meets it, and what it says instead, as an analyst reads it.
#include "rules/agenticrequirements.h"

#include <QTest>

using namespace Mandate;

Q_DECLARE_METATYPE(Mandate::AiSystem)

namespace {

// An agent whose record meets every requirement; each test row takes one thing away.
AiSystem wellGoverned()
{
    AiSystem system;
    system.name = QStringLiteral("Claims triage agent");
    system.businessOwner = 1;
    system.technicalOwner = 2;
    system.offboardingPlan = QStringLiteral("Revoke the service account, detach the tools, keep logs a year");
    system.privileges.count = 3;
    system.privileges.highestScope = Scope::Write;
    return system;
}

} // namespace

class TestAgenticRequirements : public QObject
{
    Q_OBJECT

private slots:
    void fourRequirementsInAFixedOrder()
    {
        const QVector<GovernanceRequirement> requirements = agenticRequirements(wellGoverned());
        QCOMPARE(requirements.size(), 4);
        QCOMPARE(requirements[0].requirement, QStringLiteral("An accountable owner"));
        QCOMPARE(requirements[1].requirement, QStringLiteral("Scoped privileges"));
        QCOMPARE(requirements[2].requirement, QStringLiteral("Logging of its actions"));
        QCOMPARE(requirements[3].requirement, QStringLiteral("An offboarding plan"));
        for (const GovernanceRequirement &r : requirements)
            QVERIFY2(r.met, qPrintable(r.requirement + QStringLiteral(": ") + r.status));
        QCOMPARE(requirements[1].status, QStringLiteral("3 privilege(s), none wildcard or admin"));
    }

    void whatIsMissingIsSaid_data()
    {
        QTest::addColumn<int>("requirement");
        QTest::addColumn<QString>("status");
        QTest::addColumn<AiSystem>("system");
        AiSystem s = wellGoverned();
        s.technicalOwner = 0;
        QTest::addRow("no technical owner") << 0 << QStringLiteral("No technical owner") << s;
        s = wellGoverned();
        s.businessOwner = 0;
        QTest::addRow("no business owner") << 0 << QStringLiteral("No business owner") << s;
        s.technicalOwner = 0;
        QTest::addRow("no owner at all") << 0 << QStringLiteral("No business or technical owner") << s;
        s = wellGoverned();
        s.privileges = PrivilegeSummary();
        QTest::addRow("no privileges recorded") << 1 << QStringLiteral("No privilege boundary recorded") << s;
        s = wellGoverned();
        s.privileges.anyPrivilegeOnWildcardOrAdmin = true;
        QTest::addRow("a wildcard or admin privilege") << 1 << QStringLiteral("Holds a wildcard or admin privilege") << s;
        s = wellGoverned();
        s.privileges.anyPrivilegeUnlogged = true;
        QTest::addRow("a privilege without logging") << 2 << QStringLiteral("A privilege is used without logging") << s;
        s = wellGoverned();
        s.privileges = PrivilegeSummary();
        QTest::addRow("no privileges, so no logging") << 2 << QStringLiteral("No privileges, so no logging recorded") << s;
        s = wellGoverned();
        s.offboardingPlan = QStringLiteral("   ");
        QTest::addRow("a blank offboarding plan") << 3 << QStringLiteral("None recorded") << s;
    }

    void whatIsMissingIsSaid()
    {
        QFETCH(int, requirement);
        QFETCH(QString, status);
        QFETCH(AiSystem, system);
        const GovernanceRequirement r = agenticRequirements(system).at(requirement);
        QVERIFY(!r.met);
        QCOMPARE(r.status, status);
    }
};

QTEST_GUILESS_MAIN(TestAgenticRequirements)
#include "tst_agenticrequirements.moc"
