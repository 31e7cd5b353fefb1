// The demo workspace is what a new user meets first: it must load, be complete, and show the
// governance problems the workbench exists to find.

#include "io/demoworkspace.h"
#include "itemmodels/coveragemodel.h"
#include "rules/derivedfacts.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <functional>

using namespace Mandate;

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonObject demoResource()
{
    QFile file(str(":/demo/demo-workspace.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonArray section(const char *name)
{
    return demoResource().value(str(name)).toArray();
}

// Credential objects by name.
QHash<QString, QJsonObject> credentialsByName()
{
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &value : section("credentials"))
        byName.insert(value.toObject().value(str("name")).toString(), value.toObject());
    return byName;
}

// Privilege objects of every system, each with the owning system's object beside it.
QVector<QPair<QJsonObject, QJsonObject>> allPrivileges()
{
    QVector<QPair<QJsonObject, QJsonObject>> list;
    for (const QJsonValue &system : section("systems")) {
        for (const QJsonValue &privilege : system.toObject().value(str("privileges")).toArray())
            list.append({ system.toObject(), privilege.toObject() });
    }
    return list;
}

// Whether the demo data shows the situation behind a finding rule of DOMAIN.md section 6.
bool demoShows(const QString &rule)
{
    const QHash<QString, QJsonObject> credentials = credentialsByName();
    const QDate today(2026, 11, 29);
    auto anyCredential = [&](const std::function<bool(const QJsonObject &)> &test) {
        return std::any_of(credentials.cbegin(), credentials.cend(), test);
    };
    auto anyPrivilege = [&](const std::function<bool(const QJsonObject &, const QJsonObject &)> &test) {
        const auto list = allPrivileges();
        return std::any_of(
            list.cbegin(), list.cend(), [&](const auto &pair) { return test(pair.first, pair.second); });
    };
    auto anySystem = [&](const std::function<bool(const QJsonObject &)> &test) {
        const QJsonArray systems = section("systems");
        return std::any_of(
            systems.begin(), systems.end(), [&](const QJsonValue &v) { return test(v.toObject()); });
    };
    auto field
        = [](const QJsonObject &object, const char *name) { return object.value(str(name)).toString(); };

    if (rule == QLatin1String("owner missing"))
        return anySystem([&](const QJsonObject &s) {
            return field(s, "technical_owner").isEmpty() && !s.value(str("privileges")).toArray().isEmpty();
        });
    if (rule == QLatin1String("logging none"))
        return anyPrivilege([&](const QJsonObject &, const QJsonObject &p) {
            return field(p, "logging") == QLatin1String("none");
        });
    if (rule == QLatin1String("no offboarding plan"))
        return anySystem([&](const QJsonObject &s) {
            return field(s, "offboarding_plan").isEmpty()
                && field(s, "selects_actions") == QLatin1String("yes");
        });
    if (rule == QLatin1String("admin or wildcard without justification"))
        return anyPrivilege([&](const QJsonObject &, const QJsonObject &p) {
            return (field(p, "scope") == QLatin1String("admin") || p.value(str("wildcard")).toBool())
                && field(p, "justification").isEmpty();
        });
    if (rule == QLatin1String("secret stored in code, config, CI or environment")) {
        QSet<QString> storages;
        for (const QJsonObject &c : credentials)
            storages << field(c, "storage");
        return storages.contains(str("code")) && storages.contains(str("config_file"))
            && storages.contains(str("ci_cd")) && storages.contains(str("env_var"));
    }
    if (rule == QLatin1String("long-lived credential"))
        return anyCredential([&](const QJsonObject &c) {
            const QDate rotated = QDate::fromString(field(c, "last_rotated"), Qt::ISODate);
            return field(c, "expires").isEmpty() || !rotated.isValid() || rotated.daysTo(today) > 90;
        });
    if (rule == QLatin1String("credential shared by several systems")) {
        QHash<QString, QSet<QString>> users;
        for (const auto &pair : allPrivileges())
            users[field(pair.second, "credential")] << field(pair.first, "name");
        users.remove(QString());
        return std::any_of(
            users.cbegin(), users.cend(), [](const QSet<QString> &names) { return names.size() > 1; });
    }
    if (rule == QLatin1String("production and non-production use"))
        return anyCredential([](const QJsonObject &c) {
            const QJsonArray environments = c.value(str("environments")).toArray();
            return environments.contains(str("production")) && environments.size() > 1;
        });
    if (rule == QLatin1String("people use the credential"))
        return anyCredential(
            [&](const QJsonObject &c) { return field(c, "used_by_humans") == QLatin1String("yes"); });
    if (rule == QLatin1String("handoff without approval gate"))
        return anyPrivilege([&](const QJsonObject &, const QJsonObject &p) {
            return !field(p, "handoff").isEmpty() && field(p, "approval_gate") == QLatin1String("none");
        });
    if (rule == QLatin1String("vendor-operated system holds credentials"))
        return anyPrivilege([&](const QJsonObject &s, const QJsonObject &p) {
            return field(s, "vendor_operated") == QLatin1String("yes") && !field(p, "credential").isEmpty();
        });
    if (rule == QLatin1String("static API key"))
        return anyCredential(
            [&](const QJsonObject &c) { return field(c, "kind") == QLatin1String("api_key"); });
    if (rule == QLatin1String("review overdue"))
        return anySystem([&](const QJsonObject &s) {
            const QDate reviewed = QDate::fromString(field(s, "last_reviewed"), Qt::ISODate);
            const int cadence = s.value(str("review_cadence_days")).toInt() > 0
                ? s.value(str("review_cadence_days")).toInt()
                : 90;
            return field(s, "selects_actions") == QLatin1String("yes") && reviewed.isValid()
                && reviewed.daysTo(today) > cadence;
        });
    return false;
}

} // namespace

class TestDemoWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!demoResource().isEmpty(), "the demo resource is compiled into mandate_models");
    }

    void resourceCoversAllFourParadigms()
    {
        const QJsonArray systems = section("systems");
        QVERIFY2(systems.size() >= 30, qPrintable(QString::number(systems.size())));
        QSet<QString> paradigms;
        for (const QJsonValue &system : systems)
            paradigms << system.toObject().value(str("paradigm")).toString();
        for (const char *paradigm : { "causal", "predictive", "generative", "agentic" })
            QVERIFY2(paradigms.contains(str(paradigm)), paradigm);
    }

    void everyReferenceResolves()
    {
        QSet<QString> people;
        for (const QJsonValue &person : section("people"))
            people << person.toObject().value(str("name")).toString();
        const QHash<QString, QJsonObject> credentials = credentialsByName();
        for (const QJsonValue &value : section("systems")) {
            const QJsonObject system = value.toObject();
            const QString name = system.value(str("name")).toString();
            for (const char *owner : { "business_owner", "technical_owner", "risk_owner" }) {
                const QString person = system.value(str(owner)).toString();
                QVERIFY2(person.isEmpty() || people.contains(person),
                    qPrintable(name + QLatin1Char(' ') + person));
            }
            for (const QJsonValue &privilege : system.value(str("privileges")).toArray()) {
                const QString credential = privilege.toObject().value(str("credential")).toString();
                QVERIFY2(credential.isEmpty() || credentials.contains(credential),
                    qPrintable(name + QLatin1Char(' ') + credential));
            }
        }
    }

    void demoShowsFinding_data()
    {
        QTest::addColumn<QString>("rule");
        for (const char *rule : { "owner missing", "logging none", "no offboarding plan",
                 "admin or wildcard without justification",
                 "secret stored in code, config, CI or environment", "long-lived credential",
                 "credential shared by several systems", "production and non-production use",
                 "people use the credential", "handoff without approval gate",
                 "vendor-operated system holds credentials", "static API key", "review overdue" })
            QTest::addRow("the demo has a case of: %s", rule) << str(rule);
    }

    void demoShowsFinding()
    {
        QFETCH(QString, rule);
        QVERIFY(demoShows(rule));
    }

    void createdDemoHoldsTheWholeInventory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(str("demo.mandate"));
        WorkspaceError error;
        std::unique_ptr<Workspace> workspace = DemoWorkspace::create(path, &error);
        QVERIFY2(workspace, qPrintable(error.message()));

        QCOMPARE(workspace->systemCount(), section("systems").size());
        QCOMPARE(workspace->people().size(), section("people").size());
        QCOMPARE(workspace->credentials().size(), section("credentials").size());

        int privileges = 0;
        int identitySubjects = 0;
        int disagreements = 0;
        QSet<int> paradigms;
        for (SystemId id : workspace->systemIds()) {
            const AiSystem *system = workspace->system(id);
            QVERIFY(system);
            privileges += workspace->privileges(id).size();
            paradigms << int(system->paradigm);
            const DerivedFacts facts = deriveFacts(*system);
            identitySubjects += facts.identitySubject.value == Tristate::Yes;
            disagreements += facts.suggestedParadigm.value != Paradigm::Undecided
                && facts.suggestedParadigm.value != system->paradigm;
        }
        QCOMPARE(privileges, allPrivileges().size());
        QVERIFY(identitySubjects >= 1);
        QVERIFY(disagreements >= 1);
        for (Paradigm paradigm :
            { Paradigm::Causal, Paradigm::Predictive, Paradigm::Generative, Paradigm::Agentic })
            QVERIFY(paradigms.contains(int(paradigm)));
    }

    void ownersAndSharedCredentialsSurviveStorage()
    {
        QTemporaryDir dir;
        WorkspaceError error;
        std::unique_ptr<Workspace> workspace
            = DemoWorkspace::create(dir.filePath(str("demo.mandate")), &error);
        QVERIFY2(workspace, qPrintable(error.message()));

        const PersonId owner = workspace->personIdByName(str("Jürgen Weißmüller"));
        QVERIFY(owner != 0);
        bool ownsSomething = false;
        for (SystemId id : workspace->systemIds())
            ownsSomething = ownsSomething || workspace->system(id)->technicalOwner == owner;
        QVERIFY(ownsSomething);
        QVERIFY(workspace->personIdByName(str("王芳")) != 0);

        bool shared = false;
        for (const Credential &credential : workspace->credentials())
            shared = shared || workspace->systemsUsingCredential(credential.id).size() > 1;
        QVERIFY(shared);
    }

    void demoMappingsShowEveryStatusAndCoverage()
    {
        // The coverage matrix and the dashboard have something to show on first start, and every
        // status occurs once at least, so each colour of the matrix can be seen.
        QTemporaryDir dir;
        WorkspaceError error;
        std::unique_ptr<Workspace> workspace = DemoWorkspace::create(dir.filePath(str("demo.mandate")), &error);
        QVERIFY2(workspace, qPrintable(error.message()));
        int expected = 0;
        for (const QJsonValue &system : section("systems"))
            expected += int(system.toObject().value(str("mappings")).toArray().size());
        const QVector<Mapping> mappings = workspace->allMappings();
        QCOMPARE(mappings.size(), expected);
        QSet<int> statuses;
        for (const Mapping &mapping : mappings) {
            statuses << int(mapping.status);
            QVERIFY(!mapping.decidedBy.isEmpty());
            QVERIFY(mapping.decidedAt.isValid());
        }
        QCOMPARE(statuses.size(), valueCount<MappingStatus>());
        for (const FrameworkCatalog &catalog : FrameworkCatalog::builtIn())
            QVERIFY2(CoverageModel::coverageOf(mappings, catalog.id()).percent(), qPrintable(catalog.id()));
    }

    void createRefusesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(str("demo.mandate"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not mine");
        file.close();

        WorkspaceError error;
        QVERIFY(!DemoWorkspace::create(path, &error));
        QVERIFY(error.isError());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("not mine"));
    }

    void defaultPathIsInTheUserDataFolder()
    {
        const QString path = DemoWorkspace::defaultPath();
        QCOMPARE(QFileInfo(path).fileName(), str("demo.mandate"));
        QVERIFY(QFileInfo(path).dir().exists());
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }
};

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"
