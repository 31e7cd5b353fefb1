#pragma once
// Every modal message the views show goes through here, so that tests can run headless: in test
// mode nothing is shown, the message is recorded and a preset answer returned (the seam KeePassXC
// uses in src/gui/MessageBox.h).

#include <QMessageBox>
#include <QString>
#include <optional>

namespace Mandate {

class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button critical(QWidget *parent, const QString &title, const QString &text,
        Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget *parent, const QString &title, const QString &text,
        Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button question(QWidget *parent, const QString &title, const QString &text,
        Buttons buttons = QMessageBox::Yes | QMessageBox::No, Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget *parent, const QString &title, const QString &text,
        Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static void about(QWidget *parent, const QString &title, const QString &text);

    // Test hook: while an answer is set, nothing is shown and every call returns it.
    static void setTestAnswer(std::optional<Button> answer);
    static bool inTestMode();

    // The most recent message, shown or not; cleared by clearRecord().
    static QMessageBox::Icon lastIcon();
    static QString lastTitle();
    static QString lastText();
    static int messageCount();
    static void clearRecord();

private:
    static Button show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
        Buttons buttons, Button defaultButton);
};

} // namespace Mandate
