#include "mainwindowhost.h"

#include "mainwindow.h"

namespace Mandate {

MainWindowHost::MainWindowHost()
    : m_window(std::make_unique<MainWindow>())
{
    watch(m_window.get());
}

MainWindowHost::~MainWindowHost() = default;

void MainWindowHost::watch(MainWindow *window)
{
    connect(window, &MainWindow::languageChanged, this, [this, window] {
        // Later, not from inside the window's own event handling (or a dialog it runs); and once,
        // however many LanguageChange events the switch of translators sends.
        if (window != m_window.get() || m_replacementPending)
            return;
        m_replacementPending = true;
        QMetaObject::invokeMethod(this, &MainWindowHost::replaceWindow, Qt::QueuedConnection);
    });
}

void MainWindowHost::replaceWindow()
{
    m_replacementPending = false;
    std::unique_ptr<MainWindow> successor = m_window->createSuccessor();
    const bool shown = m_window->isVisible();
    watch(successor.get());
    std::swap(m_window, successor);
    if (shown) {
        m_window->show(); // before the old one goes, so the application never has no window
        m_window->activateWindow();
    }
    successor->hide();
    successor.release()->deleteLater(); // a dialog it opened may still be returning into it
    emit windowReplaced(m_window.get());
}

} // namespace Mandate
