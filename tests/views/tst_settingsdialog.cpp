// Preferences: the analyst name is stored and recorded in the audit log from the next edit on;
// blank means the login name; the language is stored and applied at once (tst_languageswitch
// checks the window rebuilt in it).

#include "settingsdialog.h"
#include "storage/workspace.h"
#include "testworkspace.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace Mandate;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolate(); }
    void init();
    void cleanup() { m_workspace.reset(); }

    void theAnalystNameIsAuditedFromTheNextEdit();
    void aBlankNameFallsBackToTheLoginName();
    void theLanguageIsStored_data();
    void theLanguageIsStored();
    void cancelChangesNothing();

private:
    QTemporaryDir m_dir;
    Test::SampleIds m_ids;
    std::unique_ptr<Workspace> m_workspace;
};

void TestSettingsDialog::init()
{
    QSettings().clear();
    const QString path
        = m_dir.filePath(QStringLiteral("%1.mandate").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(path);
    m_ids = Test::createSampleWorkspace(path);
    WorkspaceError error;
    m_workspace = Workspace::open(path, &error);
    QVERIFY(m_workspace);
}

void TestSettingsDialog::theAnalystNameIsAuditedFromTheNextEdit()
{
    SettingsDialog dialog(m_workspace.get());
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("analystNameLineEdit"));
    QVERIFY(name);
    QTest::keyClicks(name, QStringLiteral("  Ines Moreau "));
    dialog.accept();

    QCOMPARE(QSettings().value(QStringLiteral("analyst/name")).toString(), QStringLiteral("Ines Moreau"));
    QVERIFY(m_workspace->setSystemValue(m_ids.agent, SystemField::Vendor, QStringLiteral("Octo Labs GmbH")));
    QCOMPARE(m_workspace->auditEntries().constLast().actor, QStringLiteral("Ines Moreau"));
}

void TestSettingsDialog::aBlankNameFallsBackToTheLoginName()
{
    QSettings().setValue(QStringLiteral("analyst/name"), QStringLiteral("Somebody Else"));
    m_workspace->setActor(QStringLiteral("Somebody Else"));
    SettingsDialog dialog(m_workspace.get());
    dialog.findChild<QLineEdit *>(QStringLiteral("analystNameLineEdit"))->clear();
    dialog.accept();
    QCOMPARE(m_workspace->actor(), Workspace::defaultActor());
    QVERIFY(m_workspace->actor() != QStringLiteral("Somebody Else"));
}

void TestSettingsDialog::theLanguageIsStored_data()
{
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("stored");
    QTest::addRow("the system's language") << QStringLiteral("System default") << QString();
    QTest::addRow("German") << QStringLiteral("Deutsch") << QStringLiteral("de");
    QTest::addRow("French") << QStringLiteral("Français") << QStringLiteral("fr");
    QTest::addRow("English") << QStringLiteral("English") << QStringLiteral("en");
}

void TestSettingsDialog::theLanguageIsStored()
{
    QFETCH(QString, shown);
    QFETCH(QString, stored);
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
    SettingsDialog dialog(m_workspace.get());
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageComboBox"));
    QCOMPARE(language->currentText(), QStringLiteral("Français")); // shows what is stored
    language->setCurrentIndex(language->findText(shown));
    dialog.accept();
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), stored);
}

void TestSettingsDialog::cancelChangesNothing()
{
    const QString actor = m_workspace->actor();
    SettingsDialog dialog(m_workspace.get());
    QTest::keyClicks(
        dialog.findChild<QLineEdit *>(QStringLiteral("analystNameLineEdit")), QStringLiteral("X"));
    dialog.reject();
    QVERIFY(!QSettings().contains(QStringLiteral("analyst/name")));
    QCOMPARE(m_workspace->actor(), actor);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
