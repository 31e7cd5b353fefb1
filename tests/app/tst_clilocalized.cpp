// mandate-cli in a German session, on the built binary: its tables show the labels the window
// shows, counts and dates in the German locale, and it takes the German labels back as input;
// --json keeps the ids, ISO dates and plain numbers. The expected texts come from the same label
// functions and QLocale, with this process switched to German too, not from hard-coded words.
#include "clitestsupport.h"

#include "domain/vocabulary.h"
#include "settings/applicationsetup.h"
#include "settings/settingskeys.h"
#include "storage/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace CliTest;
using namespace Mandate;

class TestCliLocalized : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QString configDir() const { return m_dir->filePath(QStringLiteral("config")); }
    Run cli(const QStringList &arguments) const { return runCli(configDir(), arguments); }

    QJsonObject listedSystem(const QString &ws) const
    {
        return QJsonDocument::fromJson(cli({ QStringLiteral("list"), ws, QStringLiteral("--json") }).out.toUtf8())
            .array()
            .at(0)
            .toObject();
    }

    // A workspace with one agentic system that Dana owns; returns its id, 0 on failure.
    qint64 seedAgent(const QString &ws) const
    {
        WorkspaceError error;
        const std::unique_ptr<Workspace> workspace = Workspace::create(ws, &error);
        if (!workspace)
            return 0;
        AiSystem prototype;
        prototype.name = QStringLiteral("Deploy bot");
        const SystemId id = workspace->addSystem(prototype);
        const bool ok = workspace->setSystemValue(id, SystemField::Paradigm, toId(Paradigm::Agentic))
            && workspace->setSystemOwner(id, SystemField::TechnicalOwner, QStringLiteral("Dana"));
        return ok ? id : 0;
    }

private slots:
    void initTestCase()
    {
        // German here as in the CLI, so that label() and QLocale() give what the CLI should print.
        QVERIFY(applyLanguage(QStringLiteral("de")));
        QVERIFY2(label(Paradigm::Agentic) != QLatin1String("Agentic"), "the German translation is loaded");
    }
    void cleanupTestCase() { applyLanguage(QString()); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // The language as Preferences stores it, in the settings the CLI shares with the window.
        QSettings settings(configDir() + QStringLiteral("/Mandate/Mandate.conf"), QSettings::IniFormat);
        settings.setValue(SettingsKeys::language(), QStringLiteral("de"));
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }
    void cleanup() { m_dir.reset(); }

    void listShowsLabelsAndJsonKeepsIds()
    {
        const QString ws = m_dir->filePath(QStringLiteral("labels.mandate"));
        QVERIFY(seedAgent(ws));

        const Run text = cli({ QStringLiteral("list"), ws });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(label(Paradigm::Agentic)), qPrintable(text.out));
        QVERIFY2(text.out.contains(label(LifecycleStage::Proposed)), qPrintable(text.out));
        QVERIFY2(!text.out.contains(toId(Paradigm::Agentic)) && !text.out.contains(toId(LifecycleStage::Proposed)),
            qPrintable(text.out));

        const QJsonObject json = listedSystem(ws);
        QCOMPARE(json.value(QStringLiteral("paradigm")).toString(), QStringLiteral("agentic"));
        QCOMPARE(json.value(QStringLiteral("lifecycle_stage")).toString(), QStringLiteral("proposed"));
    }

    void setTakesTheLabelInAnyCase()
    {
        const QString ws = m_dir->filePath(QStringLiteral("set.mandate"));
        const qint64 id = seedAgent(ws);
        QVERIFY(id);
        const auto set = [&](const char *field, const QString &value) {
            return cli({ QStringLiteral("set"), ws, QString::number(id), QLatin1String(field), value });
        };
        QCOMPARE(set("paradigm", label(Paradigm::Generative).toLower()).exitCode, 0);
        QCOMPARE(set("lifecycle_stage", label(LifecycleStage::Production).toUpper()).exitCode, 0);
        QCOMPARE(set("uses_tools", label(Tristate::Yes)).exitCode, 0);
        const QJsonObject json = listedSystem(ws);
        QCOMPARE(json.value(QStringLiteral("paradigm")).toString(), QStringLiteral("generative"));
        QCOMPARE(json.value(QStringLiteral("lifecycle_stage")).toString(), QStringLiteral("production"));
        QCOMPARE(json.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("uses_tools")).toString(),
            QStringLiteral("yes"));
        // The ids still work, and an unknown value is refused with the ids listed.
        QCOMPARE(set("paradigm", QStringLiteral("agentic")).exitCode, 0);
        const QByteArray before = fileHash(ws);
        const Run unknown = set("paradigm", QStringLiteral("Quatsch"));
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(allIds<Paradigm>().join(QStringLiteral(", "))), qPrintable(unknown.err));
        QCOMPARE(fileHash(ws), before);
    }

    void reviewDatesCountsAndDecisionsFollowTheLanguage()
    {
        const QString ws = m_dir->filePath(QStringLiteral("review.mandate"));
        const qint64 id = seedAgent(ws);
        QVERIFY(id);
        // 1,200 events: a count that the locale groups.
        QByteArray events;
        for (int i = 0; i < 1200; ++i) {
            events += QByteArrayLiteral("{\"time\": \"2026-05-01T10:00:00Z\", \"system_id\": ") + QByteArray::number(id)
                + QByteArrayLiteral(", \"target\": \"crm\", \"action\": \"read\"}\n");
        }
        const QString file = m_dir->filePath(QStringLiteral("events.jsonl"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(events);
        }
        const QString grouped = QLocale().toString(1200);
        QVERIFY(grouped != QLatin1String("1200"));
        const Run imported = cli({ QStringLiteral("evidence"), QStringLiteral("import"), ws, file });
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains(grouped), qPrintable(imported.out));

        // The scope names the paradigm by its German label; the campaign keeps the id.
        const QDate due(2026, 12, 31);
        const Run created = cli({ QStringLiteral("review"), QStringLiteral("create"), ws, QStringLiteral("--name"),
            QStringLiteral("Q4"), QStringLiteral("--reviewer"), QStringLiteral("Erin"), QStringLiteral("--scope"),
            QStringLiteral("paradigm:") + label(Paradigm::Agentic), QStringLiteral("--due"), due.toString(Qt::ISODate) });
        QCOMPARE(created.exitCode, 0);
        const QString campaign = created.out.trimmed();

        const Run listed = cli({ QStringLiteral("review"), QStringLiteral("list"), ws });
        const QString dueText = QLocale().toString(due, QLocale::ShortFormat);
        QVERIFY2(listed.out.contains(dueText) && listed.out.contains(label(CampaignStatus::Open)), qPrintable(listed.out));
        QVERIFY2(!listed.out.contains(due.toString(Qt::ISODate)), qPrintable(listed.out));
        const QJsonObject listedJson = QJsonDocument::fromJson(
            cli({ QStringLiteral("review"), QStringLiteral("list"), ws, QStringLiteral("--json") }).out.toUtf8())
                                           .array()
                                           .at(0)
                                           .toObject();
        QCOMPARE(listedJson.value(QStringLiteral("due")).toString(), QStringLiteral("2026-12-31"));
        QCOMPARE(listedJson.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE(listedJson.value(QStringLiteral("scope")).toString(), QStringLiteral("paradigm:agentic"));

        // A decision given by its label, as review show prints it.
        const QJsonObject shown = QJsonDocument::fromJson(cli({ QStringLiteral("review"), QStringLiteral("show"), ws,
            campaign, QStringLiteral("--json") }).out.toUtf8()).object();
        QJsonValue ownerItem;
        for (const QJsonValue &item : shown.value(QStringLiteral("items")).toArray()) {
            if (item.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("owner"))
                ownerItem = item.toObject().value(QStringLiteral("id"));
        }
        QVERIFY(ownerItem.isDouble());
        const QJsonObject decision { { QStringLiteral("item"), ownerItem },
            { QStringLiteral("decision"), label(ReviewDecision::Yes) } };
        const QString decisions = m_dir->filePath(QStringLiteral("decisions.json"));
        {
            QFile out(decisions);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QJsonDocument(QJsonArray { decision }).toJson());
        }
        const Run decided = cli({ QStringLiteral("review"), QStringLiteral("decide"), ws, campaign,
            QStringLiteral("--reviewer"), QStringLiteral("Erin"), QStringLiteral("--decisions"), decisions });
        QVERIFY2(decided.exitCode == 0, qPrintable(decided.err));

        const Run show = cli({ QStringLiteral("review"), QStringLiteral("show"), ws, campaign });
        QCOMPARE(show.exitCode, 0);
        for (const QString &expected : { dueText, label(CampaignStatus::Open), label(ReviewDecision::Yes),
                 label(ReviewItemKind::Owner), grouped }) {
            QVERIFY2(show.out.contains(expected), qPrintable(expected + QStringLiteral(" in:\n") + show.out));
        }
        const QJsonObject shownAgain = QJsonDocument::fromJson(cli({ QStringLiteral("review"), QStringLiteral("show"),
            ws, campaign, QStringLiteral("--json") }).out.toUtf8()).object();
        QStringList recorded;
        for (const QJsonValue &item : shownAgain.value(QStringLiteral("items")).toArray())
            recorded << item.toObject().value(QStringLiteral("decision")).toString();
        QVERIFY2(recorded.contains(QStringLiteral("yes")), qPrintable(recorded.join(u',')));
        QCOMPARE(shownAgain.value(QStringLiteral("evidence")).toObject().value(QString::number(id)).toObject()
                     .value(QStringLiteral("window")).toObject().value(QStringLiteral("events")).toInt(),
            1200);
    }
};

QTEST_GUILESS_MAIN(TestCliLocalized)
#include "tst_clilocalized.moc"
