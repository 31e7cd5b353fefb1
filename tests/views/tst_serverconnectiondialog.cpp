// File > Open/New server workspace end to end, in a real main window against the test cluster:
// a workspace is created in a fresh database through the dialog, opened again, and named in the
// window title; a database that does not exist is reported in the dialog, which stays open. The
// password field appears only when the server asks for one, and no password reaches the settings.
#include "mainwindowfixture.h"
#include "recentfiles.h"
#include "serverconnectiondialog.h"
#include "storage/serverlocation.h"
#include "storage/workspace.h"
#include "../common/testbackend.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QUuid>

#include <memory>

using namespace Mandate;

class TestServerConnectionDialog : public QObject, public Test::MainWindowFixture
{
    Q_OBJECT

    // This test's database, when it made one; dropped after the window holding it is closed.
    std::unique_ptr<Test::ScratchDatabase> m_server;

    template<typename T> static T *child(QWidget *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child named %s", name);
        return widget;
    }

    // The test cluster's location with another database (trust auth on loopback, no TLS).
    static ServerLocation serverWith(const QString &database)
    {
        const QUrl url(Test::postgresUri());
        return ServerLocation { url.host(), url.port(5432), database, url.userName(), QStringLiteral("disable") };
    }

    static void fill(ServerConnectionDialog *dialog, const ServerLocation &location)
    {
        child<QLineEdit>(dialog, "hostEdit")->setText(location.host);
        child<QSpinBox>(dialog, "portSpin")->setValue(location.port);
        child<QLineEdit>(dialog, "databaseEdit")->setText(location.database);
        child<QLineEdit>(dialog, "userEdit")->setText(location.user);
        auto *ssl = child<QComboBox>(dialog, "sslModeCombo");
        ssl->setCurrentIndex(ssl->findText(location.sslMode));
    }

    // Runs the File menu action named action and, once its dialog is up, drive(dialog).
    void withServerDialog(const char *action, const std::function<void(ServerConnectionDialog *)> &drive)
    {
        bool driven = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ServerConnectionDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            driven = true;
            drive(dialog);
            if (dialog->isVisible())
                dialog->reject();
        });
        QAction *menuEntry = menuAction("fileMenu", action);
        QVERIFY(menuEntry);
        menuEntry->trigger();
        QVERIFY(driven);
    }

    static QByteArray settingsFileContents()
    {
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        Test::isolate(); // only the server tests skip without a server; the password prompt needs none
    }

    void init() { openMainWindow(QStringLiteral("inventory.mandate")); }

    void cleanup()
    {
        closeMainWindow();
        m_server.reset();
    }

    void createThenOpenAWorkspaceOnTheServer()
    {
        if (const QString why = Test::postgresUnavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        m_server = std::make_unique<Test::ScratchDatabase>();
        QVERIFY2(m_server->isValid(), qPrintable(m_server->error()));
        const ServerLocation server = serverWith(m_server->name());

        withServerDialog("newServerWorkspaceAction", [&](ServerConnectionDialog *dialog) {
            QVERIFY(child<QCheckBox>(dialog, "createCheck")->isChecked());
            QVERIFY(!child<QLineEdit>(dialog, "passwordEdit")->isVisible());
            fill(dialog, server);
            child<QPushButton>(dialog, "connectButton")->click();
            QVERIFY2(!dialog->isVisible(), qPrintable(child<QLabel>(dialog, "errorLabel")->text()));
        });
        QVERIFY(workspace());
        QCOMPARE(workspace()->filePath(), server.toUri());
        QCOMPARE(workspace()->systemCount(), 0);
        QVERIFY2(m_window->windowTitle().startsWith(server.displayName()), qPrintable(m_window->windowTitle()));
        QCOMPARE(MessageBox::messageCount(), 0);

        // Back to the file, then open the server one through the dialog, which remembers it.
        QVERIFY(m_window->controller()->openWorkspace(m_path));
        withServerDialog("openServerWorkspaceAction", [&](ServerConnectionDialog *dialog) {
            QVERIFY(!child<QCheckBox>(dialog, "createCheck")->isChecked());
            QCOMPARE(dialog->location(), server);
            child<QPushButton>(dialog, "connectButton")->click();
            QVERIFY2(!dialog->isVisible(), qPrintable(child<QLabel>(dialog, "errorLabel")->text()));
        });
        QVERIFY(workspace());
        QCOMPARE(workspace()->filePath(), server.toUri());
        QVERIFY(m_window->windowTitle().startsWith(server.displayName()));

        // The recent list holds the location, and reopening it needs no dialog when no password is asked.
        QVERIFY(m_window->controller()->recentFiles()->files().contains(server.toUri()));
        QVERIFY(m_window->controller()->openWorkspace(m_path));
        QVERIFY(m_window->controller()->openWorkspace(server.toUri()));
        QCOMPARE(workspace()->filePath(), server.toUri());
        QCOMPARE(MessageBox::messageCount(), 0);
    }

    void aMissingDatabaseIsReportedInTheDialog()
    {
        if (const QString why = Test::postgresUnavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        const ServerLocation server = serverWith(QStringLiteral("no_such_db_%1").arg(QUuid::createUuid().toString(QUuid::Id128)));
        withServerDialog("openServerWorkspaceAction", [&](ServerConnectionDialog *dialog) {
            fill(dialog, server);
            child<QPushButton>(dialog, "connectButton")->click();
            QVERIFY(dialog->isVisible());
            auto *error = child<QLabel>(dialog, "errorLabel");
            QVERIFY(error->isVisible());
            QVERIFY2(error->text().contains(server.displayName()), qPrintable(error->text()));
            QVERIFY2(error->text().contains(QLatin1String("does not exist")), qPrintable(error->text()));
        });
        QCOMPARE(workspace()->filePath(), m_path); // the file workspace is still open
        QCOMPARE(MessageBox::messageCount(), 0);
    }

    void thePasswordFieldAppearsOnlyWhenTheServerAsks()
    {
        const QString secret = QStringLiteral("hunter2-Xq9");
        QStringList passwordsTried;
        QStringList urisTried;
        const QString filePath = m_dir->filePath(QStringLiteral("stand-in.mandate"));
        ServerConnectionDialog dialog(m_window.get());
        dialog.setConnector([&](const QString &uri, const QString &password, ServerConnectionDialog::Mode,
                                WorkspaceError *error) -> std::unique_ptr<Workspace> {
            urisTried << uri;
            passwordsTried << password;
            if (password.isEmpty()) {
                *error = WorkspaceError::make(WorkspaceError::Io, uri, QStringLiteral("fe_sendauth: no password supplied"));
                return nullptr;
            }
            if (password != secret) {
                *error = WorkspaceError::make(WorkspaceError::Io, uri,
                    QStringLiteral("FATAL:  password authentication failed for user \"alice\""));
                return nullptr;
            }
            return Workspace::create(filePath, error); // a real workspace stands in for the server's
        });
        const ServerLocation server { QStringLiteral("db.example.org"), 5432, QStringLiteral("inventory"),
                                      QStringLiteral("alice"), QStringLiteral("require") };
        dialog.setLocation(server);
        dialog.show();
        auto *password = child<QLineEdit>(&dialog, "passwordEdit");
        auto *error = child<QLabel>(&dialog, "errorLabel");
        auto *connect = child<QPushButton>(&dialog, "connectButton");
        QVERIFY(!password->isVisible());

        connect->click(); // first without a password, so ~/.pgpass and the like get their chance
        QCOMPARE(passwordsTried, QStringList { QString() });
        QVERIFY(dialog.isVisible());
        QVERIFY(password->isVisible());
        QVERIFY2(error->text().contains(server.displayName()) && error->text().contains(QLatin1String("alice")),
                 qPrintable(error->text()));
        dialog.grab().save(QStringLiteral("/tmp/conndlg.png")); // to look at: the prompt as the analyst sees it

        password->setText(QStringLiteral("wrong"));
        connect->click();
        QVERIFY(dialog.isVisible());
        QVERIFY2(error->text().contains(QLatin1String("did not accept")), qPrintable(error->text()));

        password->setText(secret);
        connect->click();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(passwordsTried.last(), secret);
        for (const QString &uri : std::as_const(urisTried))
            QVERIFY2(!uri.contains(secret) && !uri.contains(QLatin1String("wrong")), qPrintable(uri));
        QVERIFY(dialog.takeWorkspace());

        // The location is remembered for next time; the password is nowhere in the settings file.
        ServerConnectionDialog next(m_window.get());
        QCOMPARE(next.location(), server);
        const QByteArray stored = settingsFileContents();
        QVERIFY(stored.contains("db.example.org"));
        QVERIFY(!stored.contains(secret.toUtf8()));
        QVERIFY(!next.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->isVisibleTo(&next));
        QVERIFY(next.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty());
        next.grab().save(QStringLiteral("/tmp/conndlg-fresh.png"));
    }
};

QTEST_MAIN(TestServerConnectionDialog)
#include "tst_serverconnectiondialog.moc"
