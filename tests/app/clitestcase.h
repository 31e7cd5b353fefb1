#pragma once
// The fixture of the mandate-cli end-to-end tests on systems and workspaces: a temporary folder
// per test function and row (the CLI's settings folder inside it), and the commands most tests
// start from (init, add, show and list as JSON). QTest runs its init() and cleanup() around every
// test of a class derived from it.
#include "clitestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class CliTestCase : public QObject
{
    Q_OBJECT

protected:
    CliTest::Run cli(const QStringList &arguments) const
    {
        return CliTest::runCli(m_dir->filePath(QStringLiteral("config")), arguments);
    }

    QString newWorkspace(const QString &name = QStringLiteral("inventory.mandate")) const
    {
        const QString path = m_dir->filePath(name);
        const CliTest::Run run = cli({ QStringLiteral("init"), path });
        if (run.exitCode != 0)
            qWarning() << "init failed:" << run.err;
        return path;
    }

    qint64 addSystem(const QString &ws, const QString &name) const
    {
        const CliTest::Run run = cli({ QStringLiteral("add"), ws, QStringLiteral("--name"), name });
        if (run.exitCode != 0)
            qWarning() << "add failed:" << run.err;
        return run.out.trimmed().toLongLong();
    }

    QJsonObject showJson(const QString &ws, qint64 id) const
    {
        return QJsonDocument::fromJson(
            cli({ QStringLiteral("show"), ws, QString::number(id), QStringLiteral("--json") }).out.toUtf8())
            .object();
    }

    QJsonArray listJson(const QString &ws, const QStringList &extra = {}) const
    {
        const CliTest::Run run
            = cli(QStringList { QStringLiteral("list"), ws, QStringLiteral("--json") } + extra);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        if (run.exitCode != 0 || error.error != QJsonParseError::NoError || !document.isArray())
            qWarning() << "list --json:" << run.exitCode << error.errorString() << run.out << run.err;
        return document.array();
    }

    std::unique_ptr<QTemporaryDir> m_dir; // one per test function and row

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }
};
