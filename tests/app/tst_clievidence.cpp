// mandate-cli evidence import end to end, on the built binary: a JSON Lines file matched to systems
// by id and external id, unknown names counted and not fatal, the findings it leads to, and a bad
// file refused with its line while the workspace stays byte for byte as it was.
#include "clitestsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace CliTest;

class TestCliEvidence : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    Run cli(const QStringList &arguments) const { return runCli(m_dir->filePath(QStringLiteral("config")), arguments); }

    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

    qint64 addSystem(const QString &ws, const QString &name) const
    {
        return cli({ QStringLiteral("add"), ws, QStringLiteral("--name"), name }).out.trimmed().toLongLong();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    void jsonLinesAreMatchedAndLeadToFindings()
    {
        const QString ws = m_dir->filePath(QStringLiteral("evidence.mandate"));
        QCOMPARE(cli({ QStringLiteral("init"), ws }).exitCode, 0);
        const qint64 agent = addSystem(ws, QStringLiteral("Deploy agent"));
        const qint64 bot = addSystem(ws, QStringLiteral("Support bot"));
        QCOMPARE(cli({ QStringLiteral("set"), ws, QString::number(bot), QStringLiteral("external_id"), QStringLiteral("AI-7") })
                     .exitCode,
            0);
        const QString file = writeFile(QStringLiteral("events.jsonl"),
            QByteArrayLiteral("{\"time\": \"2026-05-01T10:00:00Z\", \"system_id\": ")
                + QByteArray::number(agent)
                + QByteArrayLiteral(", \"tool\": \"kubectl\", \"target\": \"prod-cluster\", \"action\": \"delete\"}\n"
                                    "{\"time\": \"2026-05-01T10:05:00Z\", \"system_id\": \"AI-7\", \"target\": \"crm\", \"action\": \"read\"}\n"
                                    "\n"
                                    "{\"time\": \"2026-05-01T10:06:00Z\", \"system_id\": \"nobody-knows\", \"target\": \"x\"}\n"));

        const Run run = cli({ QStringLiteral("evidence"), QStringLiteral("import"), ws, file, QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("format")).toString(), QStringLiteral("jsonl")); // guessed
        QCOMPARE(report.value(QStringLiteral("events")).toInteger(), 3);
        QCOMPARE(report.value(QStringLiteral("matched")).toInteger(), 2);
        QCOMPARE(report.value(QStringLiteral("unmatched")).toInteger(), 1);
        const QJsonObject example = report.value(QStringLiteral("unmatched_examples")).toArray().at(0).toObject();
        QCOMPARE(example.value(QStringLiteral("line")).toInteger(), 4);
        QCOMPARE(example.value(QStringLiteral("system")).toString(), QStringLiteral("nobody-knows"));

        // Observed with nothing declared: F-UNDECLARED on both systems.
        const QJsonArray findings = QJsonDocument::fromJson(
            cli({ QStringLiteral("findings"), ws, QStringLiteral("--json") }).out.toUtf8()).array();
        QSet<qint64> undeclared;
        for (const QJsonValue &value : findings) {
            if (value.toObject().value(QStringLiteral("rule")).toString() == QLatin1String("F-UNDECLARED"))
                undeclared << value.toObject().value(QStringLiteral("system_id")).toInteger();
        }
        QCOMPARE(undeclared, QSet<qint64>({ agent, bot }));

        // The same file as text names the unknown reference and its line.
        const Run text = cli({ QStringLiteral("evidence"), QStringLiteral("import"), ws, file });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("line 4")), qPrintable(text.out));
    }

    void aBadFileIsRefusedWithItsLineAndChangesNothing()
    {
        const QString ws = m_dir->filePath(QStringLiteral("bad.mandate"));
        QCOMPARE(cli({ QStringLiteral("init"), ws }).exitCode, 0);
        const qint64 agent = addSystem(ws, QStringLiteral("Deploy agent"));
        const QString file = writeFile(QStringLiteral("bad.jsonl"),
            QByteArrayLiteral("{\"time\": \"2026-05-01T10:00:00Z\", \"system_id\": ") + QByteArray::number(agent)
                + QByteArrayLiteral(", \"target\": \"a\"}\n"
                                    "{\"time\": \"2026-05-01T09:00:00Z\", \"system_id\": \"x\", \"target\": \"b\"}\n"));
        const QByteArray before = fileHash(ws);
        const Run run = cli({ QStringLiteral("evidence"), QStringLiteral("import"), ws, file, QStringLiteral("--format"), QStringLiteral("jsonl") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("bad.jsonl")) && run.err.contains(QStringLiteral("line 2")), qPrintable(run.err));
        QCOMPARE(fileHash(ws), before);

        QCOMPARE(cli({ QStringLiteral("evidence"), QStringLiteral("import"), ws, file, QStringLiteral("--format"), QStringLiteral("syslog") })
                     .exitCode,
            1);
        QCOMPARE(cli({ QStringLiteral("evidence"), QStringLiteral("export"), ws, file }).exitCode, 1);
        QCOMPARE(cli({ QStringLiteral("evidence"), QStringLiteral("import"), ws, file, QStringLiteral("--dry-run") }).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliEvidence)
#include "tst_clievidence.moc"
