// The Imported attributes group: the columns of a file that map to no field are shown on the system
// they came with, long values are cut short with the whole text a hover away, and a secret found
// at import is named by row and column, never shown.

#include "customattributesview.h"
#include "io/importpass.h"
#include "storage/importwriter.h"
#include "storage/workspace.h"
#include "testworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <algorithm>

using namespace Mandate;

class TestCustomAttributesView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsNoneForASystemWithoutAttributes();
    void listsEachAttributeByName_data();
    void listsEachAttributeByName();
    void aLongValueIsCutShortWithTheWholeTextInItsTooltip();
    void followsChangesAndUndo();
    void anEditToAnotherFieldKeepsTheRows();
    void aSecretFoundAtImportIsNamedButNeverShown();

private:
    SystemId addSystem(const QJsonObject &attributes);
    QStringList texts(const QString &objectName) const;
    QLabel *valueLabel(const QString &key) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    Test::SampleIds m_ids;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<CustomAttributesView> m_view;
};

void TestCustomAttributesView::initTestCase()
{
    Test::isolate();
}

void TestCustomAttributesView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("attributes.mandate"));
    m_ids = Test::createSampleWorkspace(path);
    WorkspaceError error;
    m_workspace = Workspace::open(path, &error);
    QVERIFY2(m_workspace, qPrintable(error.message()));
    m_view = std::make_unique<CustomAttributesView>();
    m_view->resize(420, 400);
    m_view->setWorkspace(m_workspace.get());
    // Like the panel does: a system's change is announced, the group refreshes.
    connect(
        m_workspace.get(), &Workspace::systemsChanged, m_view.get(), [this](const QVector<SystemId> &ids) {
            if (ids.contains(m_view->systemId()))
                m_view->refresh();
        });
    m_view->show();
}

void TestCustomAttributesView::cleanup()
{
    m_view.reset();
    m_workspace.reset();
    m_dir.reset();
}

SystemId TestCustomAttributesView::addSystem(const QJsonObject &attributes)
{
    AiSystem prototype;
    prototype.name = QStringLiteral("Benefits eligibility screener");
    prototype.customAttributes = attributes;
    return m_workspace->addSystem(prototype);
}

QStringList TestCustomAttributesView::texts(const QString &objectName) const
{
    QStringList result;
    for (const QLabel *label : m_view->findChildren<QLabel *>(objectName)) {
        if (label->isVisibleTo(m_view.get()))
            result << label->text();
    }
    return result;
}

QLabel *TestCustomAttributesView::valueLabel(const QString &key) const
{
    const QList<QLabel *> keys = m_view->findChildren<QLabel *>(QStringLiteral("customAttributeKeyLabel"));
    const QList<QLabel *> values
        = m_view->findChildren<QLabel *>(QStringLiteral("customAttributeValueLabel"));
    for (int i = 0; i < keys.size() && i < values.size(); ++i) {
        if (keys.at(i)->text() == key)
            return values.at(i);
    }
    return nullptr;
}

void TestCustomAttributesView::showsNoneForASystemWithoutAttributes()
{
    m_view->setSystemId(m_ids.triage);
    QCOMPARE(texts(QStringLiteral("customAttributesNoneLabel")), QStringList { QStringLiteral("None") });
    QVERIFY(texts(QStringLiteral("customAttributeKeyLabel")).isEmpty());
    QVERIFY(texts(QStringLiteral("importFindingLabel")).isEmpty());
}

void TestCustomAttributesView::listsEachAttributeByName_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("shown");
    QTest::addRow("text as it came") << QJsonValue(QStringLiteral("HHS-0042")) << QStringLiteral("HHS-0042");
    QTest::addRow("a number") << QJsonValue(12.5) << QStringLiteral("12.5");
    QTest::addRow("a flag") << QJsonValue(true) << QStringLiteral("true");
    QTest::addRow("a list from a bill of materials")
        << QJsonValue(QJsonArray { QStringLiteral("bias"), QStringLiteral("drift") })
        << QStringLiteral(R"(["bias","drift"])");
    QTest::addRow("an empty cell") << QJsonValue(QString()) << QStringLiteral("–");
}

void TestCustomAttributesView::listsEachAttributeByName()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, shown);
    const QJsonObject attributes { { QStringLiteral("Use case ID"), value },
        { QStringLiteral("Agency"), QStringLiteral("Department of Health and Human Services") } };
    m_view->setSystemId(addSystem(attributes));

    QVERIFY(texts(QStringLiteral("customAttributesNoneLabel")).isEmpty());
    // In the order stored, which is by name.
    QCOMPARE(texts(QStringLiteral("customAttributeKeyLabel")),
        (QStringList { QStringLiteral("Agency"), QStringLiteral("Use case ID") }));
    QCOMPARE(valueLabel(QStringLiteral("Use case ID"))->text(), shown);
    QVERIFY(valueLabel(QStringLiteral("Use case ID"))->toolTip().isEmpty());
}

void TestCustomAttributesView::aLongValueIsCutShortWithTheWholeTextInItsTooltip()
{
    const QString summary = QStringLiteral("The model ranks applications for manual review. ").repeated(20);
    const QString longKey
        = QStringLiteral("Is there available documentation for the model training and evaluation "
                         "data that demonstrates the degree to which it is appropriate?");
    m_view->setSystemId(
        addSystem({ { QStringLiteral("Summary"), summary }, { longKey, QStringLiteral("Yes") } }));

    QLabel *value = valueLabel(QStringLiteral("Summary"));
    QVERIFY(value->text().size() < summary.size());
    QVERIFY(value->text().endsWith(QChar(0x2026)));
    QVERIFY(value->toolTip().contains(QStringLiteral("manual review. The model ranks")));
    QVERIFY(value->toolTip().size() > summary.size());
    // A long column name is cut short too, and read in full on hover.
    const QList<QLabel *> keys = m_view->findChildren<QLabel *>(QStringLiteral("customAttributeKeyLabel"));
    const auto key = std::find_if(
        keys.begin(), keys.end(), [](const QLabel *k) { return k->text() != QStringLiteral("Summary"); });
    QVERIFY(key != keys.end());
    QVERIFY((*key)->toolTip().contains(QStringLiteral("appropriate?")));
}

void TestCustomAttributesView::followsChangesAndUndo()
{
    const SystemId id = addSystem({ { QStringLiteral("Agency"), QStringLiteral("DOE") } });
    m_view->setSystemId(id);
    QCOMPARE(valueLabel(QStringLiteral("Agency"))->text(), QStringLiteral("DOE"));

    QVERIFY(m_workspace->setSystemValue(id, SystemField::CustomAttributes,
        QStringLiteral(R"({"Agency":"DOE","Bureau":"Office of Science"})")));
    QCOMPARE(texts(QStringLiteral("customAttributeKeyLabel")),
        (QStringList { QStringLiteral("Agency"), QStringLiteral("Bureau") }));
    QCOMPARE(valueLabel(QStringLiteral("Bureau"))->text(), QStringLiteral("Office of Science"));

    m_workspace->undoStack()->undo();
    QCOMPARE(texts(QStringLiteral("customAttributeKeyLabel")), QStringList { QStringLiteral("Agency") });
}

void TestCustomAttributesView::anEditToAnotherFieldKeepsTheRows()
{
    const SystemId id = addSystem({ { QStringLiteral("Agency"), QStringLiteral("DOE") } });
    m_view->setSystemId(id);
    const QPointer<QLabel> before = valueLabel(QStringLiteral("Agency"));
    before->setSelection(0, 2); // an analyst is copying the value
    QVERIFY(m_workspace->setSystemValue(id, SystemField::Vendor, QStringLiteral("Northwind AI")));
    QCOMPARE(valueLabel(QStringLiteral("Agency")), before.data());
    QCOMPARE(before->selectedText(), QStringLiteral("DO"));
}

void TestCustomAttributesView::aSecretFoundAtImportIsNamedButNeverShown()
{
    const QString secret = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
    const QString file = m_dir->filePath(QStringLiteral("inventory.csv"));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("name,api_key,cost_center\nBot,AKIAIOSFODNN7EXAMPLE,CC-17\n");
    csv.close();

    ImportSettings settings;
    settings.path = file;
    const WorkspaceSnapshot snapshot = m_workspace->importSnapshot();
    const ImportReport report = ImportPass(settings, snapshot).run({});
    const ImportContext context = m_workspace->beginImport();
    const ImportResult result = ImportWriter::write(context, settings, report, {});
    m_workspace->finishImport(result);
    QVERIFY2(result.committed, qPrintable(result.error));
    QCOMPARE(result.addedIds.size(), 1);
    m_view->setSystemId(result.addedIds.constFirst());

    QCOMPARE(valueLabel(QStringLiteral("cost_center"))->text(), QStringLiteral("CC-17"));
    const QStringList findings = texts(QStringLiteral("importFindingLabel"));
    QCOMPARE(findings.size(), 1);
    const QString finding = findings.constFirst();
    QVERIFY2(finding.startsWith(QStringLiteral("F-SECRET-IN-INVENTORY: ")), qPrintable(finding));
    QVERIFY2(finding.contains(QStringLiteral("“api_key”")), qPrintable(finding));
    QVERIFY2(finding.contains(QStringLiteral("line 2 in inventory.csv")), qPrintable(finding));
    for (const QLabel *label : m_view->findChildren<QLabel *>()) {
        QVERIFY(!label->text().contains(secret));
        QVERIFY(!label->toolTip().contains(secret));
    }
}

QTEST_MAIN(TestCustomAttributesView)
#include "tst_customattributesview.moc"
