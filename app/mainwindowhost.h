#pragma once
// Owns the main window, and replaces it when the interface language changes: a window built in the
// new language from the start, on the same workspace (undo stack and all), with the same layout,
// filters and selection, rather than every widget retranslating itself by hand.

#include <QObject>

#include <memory>

namespace Mandate {

class MainWindow;

class MainWindowHost : public QObject
{
    Q_OBJECT

public:
    MainWindowHost();
    ~MainWindowHost() override;

    MainWindow *window() const { return m_window.get(); }

signals:
    // The old window is hidden and deleted later; the new one is shown.
    void windowReplaced(Mandate::MainWindow *window);

private:
    void watch(MainWindow *window);
    void replaceWindow();

    std::unique_ptr<MainWindow> m_window;
    bool m_replacementPending = false;
};

} // namespace Mandate
