// Findings suggest framework mappings: each catalog item the findings name once, as a gap, with the
// rules as the reason; references to no item and items the analyst already decided are left out.
#include "rules/mappingsuggestions.h"

#include <QTest>

using namespace Mandate;

Q_DECLARE_METATYPE(Mandate::Finding)
Q_DECLARE_METATYPE(Mandate::Mapping)

namespace {

constexpr SystemId kSystem = 7;

Finding finding(const char *rule, const QStringList &frameworks)
{
    Finding f { QString::fromLatin1(rule), Severity::High, QString(), frameworks };
    return f;
}

Finding owner()
{
    return finding("F-OWNER", { QStringLiteral("NHI1"), QStringLiteral("ASI03"), QStringLiteral("CSF PR.AA-01") });
}

Finding overprivileged()
{
    return finding("F-OVERPRIV", { QStringLiteral("NHI5"), QStringLiteral("ASI03"), QStringLiteral("CSF PR.AC-4"),
                                     QStringLiteral("CSF PR.AA-05"), QStringLiteral("800-207 T3") });
}

Mapping decided(SystemId systemId, const char *catalogId, const char *itemId, MappingStatus status)
{
    Mapping m;
    m.id = 1;
    m.systemId = systemId;
    m.catalogId = QString::fromLatin1(catalogId);
    m.itemId = QString::fromLatin1(itemId);
    m.status = status;
    return m;
}

} // namespace

class TestMappingSuggestions : public QObject
{
    Q_OBJECT

    QVector<FrameworkCatalog> m_catalogs;

private slots:
    void initTestCase()
    {
        m_catalogs = FrameworkCatalog::builtIn();
        QCOMPARE(m_catalogs.size(), 4);
    }

    void suggestions_data()
    {
        QTest::addColumn<QVector<Finding>>("findings");
        QTest::addColumn<QVector<Mapping>>("existing");
        // "catalog item: reason", in catalog order, then item order.
        QTest::addColumn<QStringList>("expected");

        QTest::addRow("no findings suggest nothing") << QVector<Finding>() << QVector<Mapping>() << QStringList();
        QTest::addRow("a missing owner suggests each item its rule names as a gap")
            << QVector<Finding> { owner() } << QVector<Mapping>()
            << QStringList { QStringLiteral("owasp-agentic-2026 ASI03: F-OWNER"),
                   QStringLiteral("owasp-nhi-2025 NHI1:2025: F-OWNER"), QStringLiteral("nist-csf PR.AA-01: F-OWNER") };
        QTest::addRow("two rules naming one item give one suggestion with both as the reason")
            << QVector<Finding> { owner(), overprivileged() } << QVector<Mapping>()
            << QStringList { QStringLiteral("owasp-agentic-2026 ASI03: F-OVERPRIV, F-OWNER"),
                   QStringLiteral("owasp-nhi-2025 NHI1:2025: F-OWNER"),
                   QStringLiteral("owasp-nhi-2025 NHI5:2025: F-OVERPRIV"),
                   QStringLiteral("nist-sp-800-207 T3: F-OVERPRIV"), QStringLiteral("nist-csf PR.AC-4: F-OVERPRIV"),
                   QStringLiteral("nist-csf PR.AA-01: F-OWNER"), QStringLiteral("nist-csf PR.AA-05: F-OVERPRIV") };
        QTest::addRow("a rule firing for two privileges is named once")
            << QVector<Finding> { finding("F-SECRET-STORE", { QStringLiteral("NHI2") }),
                   finding("F-SECRET-STORE", { QStringLiteral("NHI2") }) }
            << QVector<Mapping>() << QStringList { QStringLiteral("owasp-nhi-2025 NHI2:2025: F-SECRET-STORE") };
        QTest::addRow("references that name no catalog item are skipped")
            << QVector<Finding> { finding("F-LOGGING", { QStringLiteral("800-207 T7"), QStringLiteral("ASI08"),
                                      QStringLiteral("threat T8") }),
                   finding("F-LABEL", { QStringLiteral("governance coverage overstated") }) }
            << QVector<Mapping>()
            << QStringList { QStringLiteral("owasp-agentic-2026 ASI08: F-LOGGING"),
                   QStringLiteral("nist-sp-800-207 T7: F-LOGGING") };
        QTest::addRow("a section of SP 800-207 is found by its number")
            << QVector<Finding> { finding("F-WEAK-AUTHN", { QStringLiteral("NHI4"), QStringLiteral("800-207 section 5.7") }) }
            << QVector<Mapping>()
            << QStringList { QStringLiteral("owasp-nhi-2025 NHI4:2025: F-WEAK-AUTHN"),
                   QStringLiteral("nist-sp-800-207 5.7: F-WEAK-AUTHN") };
        QTest::addRow("an item the analyst rejected is not suggested again")
            << QVector<Finding> { owner() }
            << QVector<Mapping> { decided(kSystem, "owasp-agentic-2026", "ASI03", MappingStatus::NotApplicable) }
            << QStringList { QStringLiteral("owasp-nhi-2025 NHI1:2025: F-OWNER"),
                   QStringLiteral("nist-csf PR.AA-01: F-OWNER") };
        QTest::addRow("an item the analyst accepted or edited is not suggested again")
            << QVector<Finding> { owner() }
            << QVector<Mapping> { decided(kSystem, "owasp-nhi-2025", "NHI1:2025", MappingStatus::Gap),
                   decided(kSystem, "nist-csf", "PR.AA-01", MappingStatus::Mitigated) }
            << QStringList { QStringLiteral("owasp-agentic-2026 ASI03: F-OWNER") };
        QTest::addRow("another system's mapping does not hide a suggestion")
            << QVector<Finding> { finding("F-REUSE", { QStringLiteral("NHI9") }) }
            << QVector<Mapping> { decided(kSystem + 1, "owasp-nhi-2025", "NHI9:2025", MappingStatus::Mitigated) }
            << QStringList { QStringLiteral("owasp-nhi-2025 NHI9:2025: F-REUSE") };
    }

    void suggestions()
    {
        QFETCH(QVector<Finding>, findings);
        QFETCH(QVector<Mapping>, existing);
        QFETCH(QStringList, expected);

        QStringList actual;
        for (const MappingSuggestion &s : suggestMappings(kSystem, findings, m_catalogs, existing)) {
            actual << QStringLiteral("%1 %2: %3").arg(s.mapping.catalogId, s.mapping.itemId, s.reason());
            // A suggestion is an undecided gap of this system, ready for Workspace::setMapping().
            QCOMPARE(s.mapping.systemId, kSystem);
            QCOMPARE(s.mapping.status, MappingStatus::Gap);
            QCOMPARE(s.mapping.id, qint64(0));
            QVERIFY(s.mapping.decidedBy.isEmpty());
        }
        QCOMPARE(actual, expected);
    }
};

QTEST_GUILESS_MAIN(TestMappingSuggestions)
#include "tst_mappingsuggestions.moc"
