// The recent workspaces list: most recent first, no duplicates, at most eight, and files that
// have gone away are not offered.

#include "recentfiles.h"
#include "testworkspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Mandate;

class TestRecentFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolate(); }
    void init() { QSettings().clear(); }

    void mostRecentComesFirstWithoutDuplicates();
    void keepsAtMostEight();
    void missingFilesAreNotOffered();
    void survivesARestart();

private:
    QString touch(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        return QFileInfo(path).absoluteFilePath();
    }

    QTemporaryDir m_dir;
};

void TestRecentFiles::mostRecentComesFirstWithoutDuplicates()
{
    RecentFiles recent;
    QSignalSpy changed(&recent, &RecentFiles::changed);
    const QString a = touch(QStringLiteral("a.mandate"));
    const QString b = touch(QStringLiteral("b.mandate"));
    recent.add(a);
    recent.add(b);
    recent.add(a);
    QCOMPARE(recent.files(), QStringList({ a, b }));
    QCOMPARE(changed.count(), 3);
}

void TestRecentFiles::keepsAtMostEight()
{
    RecentFiles recent;
    QStringList added;
    for (int i = 0; i < 11; ++i) {
        added.prepend(touch(QStringLiteral("w%1.mandate").arg(i)));
        recent.add(added.constFirst());
    }
    QCOMPARE(recent.files(), added.mid(0, RecentFiles::maximum));
}

void TestRecentFiles::missingFilesAreNotOffered()
{
    RecentFiles recent;
    const QString kept = touch(QStringLiteral("kept.mandate"));
    const QString gone = touch(QStringLiteral("gone.mandate"));
    recent.add(kept);
    recent.add(gone);
    QFile::remove(gone);
    QCOMPARE(recent.files(), QStringList({ kept }));
}

void TestRecentFiles::survivesARestart()
{
    const QString path = touch(QStringLiteral("kept.mandate"));
    RecentFiles().add(path);
    QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList(), QStringList({ path }));
    QCOMPARE(RecentFiles().files(), QStringList({ path }));
}

QTEST_MAIN(TestRecentFiles)
#include "tst_recentfiles.moc"
