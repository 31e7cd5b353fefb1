// Extra framework catalogs an analyst loads into a workspace: stored with it, listed after the
// built-in ones, one undo step each, audited; a replacement that would orphan a mapping, a built-in
// id and the removal of a catalog in use are refused with everything left as it was.
#include "common/testworkspacelocation.h"
#include "rules/frameworkcatalog.h"
#include "storage/workspace.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Mandate;

namespace {

const QString kInHouse = QStringLiteral("acme-agent-standard");

// An in-house standard as its file would hold it; items "AC-1".."AC-<count>".
FrameworkCatalog inHouse(const QString &version, const QStringList &itemIds)
{
    QString items;
    for (const QString &id : itemIds) {
        if (!items.isEmpty())
            items += u',';
        items += QStringLiteral(R"({"id": "%1", "title": "Control %1", "description": "What %1 asks", "kind": "control",
                                    "description_de": "Was %1 verlangt", "description_fr": "Ce que %1 exige"})")
                     .arg(id);
    }
    const QString json = QStringLiteral(
        R"({"catalog": "%1", "name": "ACME agent standard", "version": "%2", "source": "ACME policy office",
            "prefixes": ["ACME"], "items": [%3]})")
                             .arg(kInHouse, version, items);
    QString error;
    const std::optional<FrameworkCatalog> catalog =
        FrameworkCatalog::fromJson(json.toUtf8(), QStringLiteral("acme.json"), &error);
    if (!catalog)
        qFatal("test catalog refused: %s", qPrintable(error));
    return *catalog;
}

Mapping gap(SystemId systemId, const QString &catalogId, const QString &itemId)
{
    Mapping m;
    m.systemId = systemId;
    m.catalogId = catalogId;
    m.itemId = itemId;
    m.status = MappingStatus::Gap;
    return m;
}

QStringList ids(const QVector<FrameworkCatalog> &catalogs)
{
    QStringList result;
    for (const FrameworkCatalog &catalog : catalogs)
        result << catalog.id() + u' ' + catalog.version();
    return result;
}

} // namespace

class TestWorkspaceCatalogs : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::WorkspaceLocation> m_location;
    std::unique_ptr<Workspace> m_workspace;
    SystemId m_id = 0;
    QStringList m_builtIn;

    void reopen()
    {
        const QString path = m_location->path();
        m_workspace.reset();
        WorkspaceError error;
        m_workspace = Workspace::open(path, &error);
        QVERIFY2(m_workspace, qPrintable(error.message()));
    }

    AuditEntry lastAudit() const { return m_workspace->auditEntries(m_workspace->auditCount()).constFirst(); }

private slots:
    void initTestCase()
    {
        const QString unavailable = Test::backendUnavailable();
        if (!unavailable.isEmpty())
            QSKIP(qPrintable(unavailable));
    }

    void init()
    {
        m_location = std::make_unique<Test::WorkspaceLocation>(QStringLiteral("catalogs.mandate"));
        QVERIFY2(m_location->isValid(), qPrintable(m_location->error()));
        WorkspaceError error;
        m_workspace = Workspace::create(m_location->path(), &error);
        QVERIFY2(m_workspace, qPrintable(error.message()));
        m_workspace->setActor(QStringLiteral("Dana Analyst"));
        AiSystem prototype;
        prototype.name = QStringLiteral("Claims agent");
        m_id = m_workspace->addSystem(prototype);
        m_workspace->undoStack()->clear();
        m_builtIn = ids(FrameworkCatalog::builtIn());
    }

    void cleanup()
    {
        m_workspace.reset();
        m_location.reset();
    }

    void aLoadedCatalogFollowsTheBuiltInOnesInOneAuditedUndoStep()
    {
        QCOMPARE(ids(m_workspace->catalogs()), m_builtIn);
        QSignalSpy changed(m_workspace.get(), &Workspace::catalogsChanged);
        QVERIFY2(m_workspace->addCatalog(inHouse(QStringLiteral("1.0"), { QStringLiteral("AC-1") })),
                 qPrintable(m_workspace->lastError()));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(ids(m_workspace->catalogs()), m_builtIn + QStringList { kInHouse + QStringLiteral(" 1.0") });
        const FrameworkCatalog stored = m_workspace->catalogs().constLast();
        QCOMPARE(stored.prefixes(), QStringList { QStringLiteral("ACME") });
        QCOMPARE(stored.items().constFirst().kind, QStringLiteral("control"));
        QCOMPARE(stored.itemByReference(QStringLiteral("ACME AC-1"))->title, QStringLiteral("Control AC-1"));
        QCOMPARE(m_workspace->undoStack()->count(), 1);
        QCOMPARE(lastAudit().entity, QStringLiteral("catalog"));
        QCOMPARE(lastAudit().entityId, kInHouse);
        QCOMPARE(lastAudit().action, QStringLiteral("create"));
        QCOMPARE(lastAudit().actor, QStringLiteral("Dana Analyst"));

        m_workspace->undoStack()->undo();
        QCOMPARE(ids(m_workspace->catalogs()), m_builtIn);
        QCOMPARE(lastAudit().action, QStringLiteral("undo"));
        m_workspace->undoStack()->redo();
        QCOMPARE(ids(m_workspace->catalogs()).size(), m_builtIn.size() + 1);
        QCOMPARE(changed.size(), 3);
        QVERIFY(m_workspace->verifyAudit().ok);
    }

    void aStoredCatalogsItemCanBeMappedOnlyWhileItIsLoaded()
    {
        QVERIFY(!m_workspace->setMapping(gap(m_id, kInHouse, QStringLiteral("AC-1"))));
        QVERIFY(m_workspace->lastError().contains(QStringLiteral("AC-1")));
        QVERIFY(m_workspace->addCatalog(inHouse(QStringLiteral("1.0"), { QStringLiteral("AC-1") })));
        QVERIFY2(m_workspace->setMapping(gap(m_id, kInHouse, QStringLiteral("AC-1"))),
                 qPrintable(m_workspace->lastError()));
        m_workspace->undoStack()->undo(); // the mapping
        m_workspace->undoStack()->undo(); // the load
        QVERIFY(!m_workspace->setMapping(gap(m_id, kInHouse, QStringLiteral("AC-1"))));
        QVERIFY(m_workspace->allMappings().isEmpty());
    }

    void aLoadedCatalogAndItsMappingsSurviveReopening()
    {
        QVERIFY(m_workspace->addCatalog(
            inHouse(QStringLiteral("1.0"), { QStringLiteral("AC-2"), QStringLiteral("AC-1"), QStringLiteral("AC-3") })));
        QVERIFY(m_workspace->setMapping(gap(m_id, kInHouse, QStringLiteral("AC-2"))));
        reopen();
        const FrameworkCatalog stored = m_workspace->catalogs().constLast();
        QCOMPARE(stored.id(), kInHouse);
        QCOMPARE(stored.name(), QStringLiteral("ACME agent standard"));
        QCOMPARE(stored.source(), QStringLiteral("ACME policy office"));
        QCOMPARE(stored.prefixes(), QStringList { QStringLiteral("ACME") });
        QStringList itemIds; // in the file's order, not sorted
        for (const CatalogItem &item : stored.items())
            itemIds << item.itemId;
        QCOMPARE(itemIds, (QStringList { QStringLiteral("AC-2"), QStringLiteral("AC-1"), QStringLiteral("AC-3") }));
        QCOMPARE(stored.item(QStringLiteral("AC-3"))->description, QStringLiteral("What AC-3 asks"));
        // The file's translations are stored too: a German analyst reads the German description.
        QCOMPARE(stored.item(QStringLiteral("AC-3"))->descriptionFor(QLocale(QLocale::German, QLocale::Germany)),
                 QStringLiteral("Was AC-3 verlangt"));
        QCOMPARE(stored.item(QStringLiteral("AC-3"))->descriptionFor(QLocale(QLocale::French, QLocale::France)),
                 QStringLiteral("Ce que AC-3 exige"));
        QCOMPARE(stored.item(QStringLiteral("AC-3"))->catalogId, kInHouse);
        QCOMPARE(m_workspace->allMappings().size(), 1);
        QVERIFY(m_workspace->setMapping(gap(m_id, kInHouse, QStringLiteral("AC-3"))));
    }

    void aNewerVersionReplacesTheStoredOneWhenItKeepsTheMappedItems()
    {
        QVERIFY(m_workspace->addCatalog(inHouse(QStringLiteral("1.0"), { QStringLiteral("AC-1"), QStringLiteral("AC-2") })));
        QVERIFY(m_workspace->setMapping(gap(m_id, kInHouse, QStringLiteral("AC-1"))));
        QVERIFY2(m_workspace->addCatalog(inHouse(QStringLiteral("2.0"), { QStringLiteral("AC-1"), QStringLiteral("AC-9") })),
                 qPrintable(m_workspace->lastError()));
        QCOMPARE(ids(m_workspace->catalogs()).constLast(), kInHouse + QStringLiteral(" 2.0"));
        QCOMPARE(ids(m_workspace->catalogs()).size(), m_builtIn.size() + 1);
        QCOMPARE(lastAudit().action, QStringLiteral("update"));
        QVERIFY(lastAudit().oldValue.contains(QStringLiteral("1.0")));
        QVERIFY(lastAudit().newValue.contains(QStringLiteral("2.0")));
        QVERIFY(m_workspace->setMapping(gap(m_id, kInHouse, QStringLiteral("AC-9"))));
        QVERIFY(!m_workspace->setMapping(gap(m_id, kInHouse, QStringLiteral("AC-2"))));

        m_workspace->undoStack()->undo(); // the AC-9 mapping
        m_workspace->undoStack()->undo(); // the replacement
        QCOMPARE(ids(m_workspace->catalogs()).constLast(), kInHouse + QStringLiteral(" 1.0"));
        QVERIFY(m_workspace->setMapping(gap(m_id, kInHouse, QStringLiteral("AC-2"))));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("refusal");
        QTest::addColumn<QString>("named");
        QTest::addRow("a built-in catalog's id cannot be loaded over") << QStringLiteral("builtIn")
                                                                       << QStringLiteral("nist-csf");
        QTest::addRow("a newer version without a mapped item is refused, naming it") << QStringLiteral("orphan")
                                                                                    << QStringLiteral("AC-2");
        QTest::addRow("a catalog mappings refer to cannot be removed") << QStringLiteral("removeInUse")
                                                                       << QStringLiteral("1 mapping");
        QTest::addRow("a built-in catalog cannot be removed") << QStringLiteral("removeBuiltIn")
                                                              << QStringLiteral("nist-csf");
    }

    void refusals()
    {
        QFETCH(QString, refusal);
        QFETCH(QString, named);
        QVERIFY(m_workspace->addCatalog(inHouse(QStringLiteral("1.0"), { QStringLiteral("AC-1"), QStringLiteral("AC-2") })));
        QVERIFY(m_workspace->setMapping(gap(m_id, kInHouse, QStringLiteral("AC-2"))));
        const QStringList catalogsBefore = ids(m_workspace->catalogs());
        const int undoBefore = m_workspace->undoStack()->count();
        const qint64 auditBefore = m_workspace->auditCount();
        QSignalSpy changed(m_workspace.get(), &Workspace::catalogsChanged);

        bool ok = true;
        if (refusal == QStringLiteral("builtIn")) {
            FrameworkCatalog fake = FrameworkCatalog::fromStored(QStringLiteral("nist-csf"), QStringLiteral("CSF"),
                QStringLiteral("9"), QString(), {}, inHouse(QStringLiteral("1"), { QStringLiteral("X") }).items());
            ok = m_workspace->addCatalog(fake);
        } else if (refusal == QStringLiteral("orphan")) {
            ok = m_workspace->addCatalog(inHouse(QStringLiteral("2.0"), { QStringLiteral("AC-1") }));
        } else if (refusal == QStringLiteral("removeInUse")) {
            ok = m_workspace->removeCatalog(kInHouse);
        } else {
            ok = m_workspace->removeCatalog(QStringLiteral("nist-csf"));
        }
        QVERIFY(!ok);
        QVERIFY2(m_workspace->lastError().contains(named), qPrintable(m_workspace->lastError()));
        QCOMPARE(ids(m_workspace->catalogs()), catalogsBefore);
        QCOMPARE(m_workspace->undoStack()->count(), undoBefore);
        QCOMPARE(m_workspace->auditCount(), auditBefore);
        QCOMPARE(changed.size(), 0);
        reopen();
        QCOMPARE(ids(m_workspace->catalogs()), catalogsBefore);
    }

    void anUnusedCatalogIsRemovedInOneUndoStep()
    {
        QVERIFY(m_workspace->addCatalog(inHouse(QStringLiteral("1.0"), { QStringLiteral("AC-1") })));
        QVERIFY2(m_workspace->removeCatalog(kInHouse), qPrintable(m_workspace->lastError()));
        QCOMPARE(ids(m_workspace->catalogs()), m_builtIn);
        QCOMPARE(lastAudit().action, QStringLiteral("delete"));
        m_workspace->undoStack()->undo();
        QCOMPARE(ids(m_workspace->catalogs()).size(), m_builtIn.size() + 1);
        reopen();
        QCOMPARE(ids(m_workspace->catalogs()).size(), m_builtIn.size() + 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceCatalogs)
#include "tst_workspacecatalogs.moc"
