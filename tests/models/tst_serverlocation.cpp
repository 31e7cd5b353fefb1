// ServerLocation: the postgresql:// URI a server workspace is opened by, built from and read back
// into fields. Analysts type odd user and database names and IPv6 hosts; a password never leaks.
#include "storage/serverlocation.h"

#include <QTest>

using namespace Mandate;

class TestServerLocation : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("sslMode");

        QTest::newRow("plain") << "db.example.org" << 5432 << "inventory" << "alice" << "prefer";
        QTest::newRow("other port") << "10.0.0.7" << 6543 << "gov" << "bob" << "verify-full";
        QTest::newRow("ipv6") << "::1" << 5433 << "inventory" << "alice" << "require";
        QTest::newRow("special user") << "localhost" << 5432 << "inventory" << "o'brien@corp:x/y" << "disable";
        QTest::newRow("special database") << "localhost" << 5432 << "ai inventory/2026?#%&" << "alice" << "allow";
        QTest::newRow("unicode") << "localhost" << 5432 << "inventär" << "jürgen" << "verify-ca";
        QTest::newRow("no user") << "localhost" << 5432 << "inventory" << "" << "prefer";
    }

    void roundTrip()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(QString, sslMode);
        const ServerLocation location { host, port, database, user, sslMode };
        const QString uri = location.toUri();
        QVERIFY2(uri.startsWith(QLatin1String("postgresql://")), qPrintable(uri));
        QString problem;
        const auto back = ServerLocation::fromUri(uri, &problem);
        QVERIFY2(back.has_value(), qPrintable(uri + QLatin1String(": ") + problem));
        QCOMPARE(back->host, host);
        QCOMPARE(back->port, port);
        QCOMPARE(back->database, database);
        QCOMPARE(back->user, user);
        QCOMPARE(back->sslMode, sslMode);
        QCOMPARE(back->toUri(), uri);
    }

    void readsHandWrittenUris()
    {
        const auto location = ServerLocation::fromUri(QStringLiteral("postgres://carol@pg.internal/estate"));
        QVERIFY(location);
        QCOMPARE(location->host, QStringLiteral("pg.internal"));
        QCOMPARE(location->port, 5432);
        QCOMPARE(location->database, QStringLiteral("estate"));
        QCOMPARE(location->user, QStringLiteral("carol"));

        const auto ipv6 = ServerLocation::fromUri(QStringLiteral("postgresql://u@[2001:db8::5]:7000/x?sslmode=require"));
        QVERIFY(ipv6);
        QCOMPARE(ipv6->host, QStringLiteral("2001:db8::5"));
        QCOMPARE(ipv6->port, 7000);
        QCOMPARE(ipv6->displayName(), QStringLiteral("x on [2001:db8::5]:7000"));
    }

    void malformedInputIsRefused_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::newRow("empty") << "";
        QTest::newRow("file path") << "/home/alice/inventory.mandate";
        QTest::newRow("other scheme") << "mysql://alice@host/db";
        QTest::newRow("no host") << "postgresql:///inventory";
        QTest::newRow("no database") << "postgresql://alice@host:5432/";
        QTest::newRow("no path") << "postgresql://alice@host:5432";
        QTest::newRow("nested path") << "postgresql://alice@host/a/b";
        QTest::newRow("bad port") << "postgresql://alice@host:99999/db";
        QTest::newRow("port not a number") << "postgresql://alice@host:abc/db";
        QTest::newRow("unknown sslmode") << "postgresql://alice@host/db?sslmode=maybe";
        QTest::newRow("bad escape") << "postgresql://al%zzice@host/db";
    }

    void malformedInputIsRefused()
    {
        QFETCH(QString, uri);
        QString problem;
        QVERIFY(!ServerLocation::fromUri(uri, &problem).has_value());
        QVERIFY2(!problem.isEmpty(), qPrintable(uri));
    }

    void passwordIsNeverKept()
    {
        const QString secret = QStringLiteral("s3cr3t-Pa55");
        const auto location = ServerLocation::fromUri(
            QStringLiteral("postgresql://alice:%1@db.example.org:5432/inventory?sslmode=require").arg(secret));
        QVERIFY(location);
        QCOMPARE(location->user, QStringLiteral("alice"));
        QVERIFY(!location->toUri().contains(secret));
        QVERIFY(!location->displayName().contains(secret));
        QCOMPARE(location->toUri(), QStringLiteral("postgresql://alice@db.example.org:5432/inventory?sslmode=require"));

        const QString withPassword = QStringLiteral("postgresql://alice:%1@db.example.org/inventory").arg(secret);
        QVERIFY(!workspaceDisplayName(withPassword).contains(secret));
        QVERIFY(!workspaceFileBaseName(withPassword).contains(secret));
    }

    void displayNames()
    {
        const ServerLocation location { QStringLiteral("db.example.org"), 5432, QStringLiteral("inventory"),
                                        QStringLiteral("alice"), QStringLiteral("prefer") };
        QCOMPARE(location.displayName(), QStringLiteral("inventory on db.example.org:5432"));
        QCOMPARE(workspaceDisplayName(location.toUri()), location.displayName());
        QCOMPARE(workspaceDisplayName(QStringLiteral("/home/alice/estate.mandate")), QStringLiteral("estate.mandate"));
    }

    void fileBaseNamesAreSafe()
    {
        QCOMPARE(workspaceFileBaseName(QStringLiteral("/home/alice/estate.mandate")), QStringLiteral("estate"));
        const ServerLocation odd { QStringLiteral("h"), 5432, QStringLiteral("ai inventory/2026:*?"), QString(),
                                   QStringLiteral("prefer") };
        const QString base = workspaceFileBaseName(odd.toUri());
        QCOMPARE(base, QStringLiteral("ai_inventory_2026_"));
        const ServerLocation dots { QStringLiteral("h"), 5432, QStringLiteral(".."), QString(), QStringLiteral("prefer") };
        QCOMPARE(workspaceFileBaseName(dots.toUri()), QStringLiteral("workspace"));
    }
};

QTEST_GUILESS_MAIN(TestServerLocation)
#include "tst_serverlocation.moc"
