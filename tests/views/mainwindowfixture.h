#pragma once
// A real main window on a fresh sample workspace, for the end-to-end GUI tests. A test class
// derives from it and calls openMainWindow() in init() and closeMainWindow() in cleanup().

#include "mainwindow.h"
#include "messagebox.h"
#include "testworkspace.h"
#include "workspacecontroller.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Mandate::Test {

class MainWindowFixture
{
protected:
    void openMainWindow(const QString &fileName)
    {
        QSettings().clear();
        MessageBox::clearRecord();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(fileName);
        m_ids = createSampleWorkspace(m_path);
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->controller()->openWorkspace(m_path));
        QCOMPARE(MessageBox::messageCount(), 0);
    }

    void closeMainWindow()
    {
        m_window.reset();
        m_dir.reset();
    }

    template<typename T> T *find(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child named %s", name);
        return widget;
    }

    QAction *menuAction(const char *menuName, const char *actionName) const
    {
        auto *menu = m_window->menuBar()->findChild<QMenu *>(QString::fromLatin1(menuName));
        if (!menu)
            return nullptr;
        for (QAction *action : menu->actions()) {
            if (action->objectName() == QLatin1String(actionName))
                return action;
        }
        return nullptr;
    }

    Workspace *workspace() const { return m_window->controller()->workspace(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    SampleIds m_ids;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace Mandate::Test
