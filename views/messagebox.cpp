#include "messagebox.h"

namespace Mandate {
namespace {

struct Record
{
    std::optional<MessageBox::Button> testAnswer;
    QMessageBox::Icon icon = QMessageBox::NoIcon;
    QString title;
    QString text;
    int count = 0;
};

Record &record()
{
    static Record r;
    return r;
}

} // namespace

MessageBox::Button MessageBox::show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
    const QString &text, Buttons buttons, Button defaultButton)
{
    Record &r = record();
    r.icon = icon;
    r.title = title;
    r.text = text;
    ++r.count;
    if (r.testAnswer)
        return *r.testAnswer;

    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return static_cast<Button>(box.exec());
}

MessageBox::Button MessageBox::critical(
    QWidget *parent, const QString &title, const QString &text, Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Critical, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(
    QWidget *parent, const QString &title, const QString &text, Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::question(
    QWidget *parent, const QString &title, const QString &text, Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(
    QWidget *parent, const QString &title, const QString &text, Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

void MessageBox::about(QWidget *parent, const QString &title, const QString &text)
{
    Record &r = record();
    if (!r.testAnswer) {
        QMessageBox::about(parent, title, text);
        return;
    }
    r.icon = QMessageBox::Information;
    r.title = title;
    r.text = text;
    ++r.count;
}

void MessageBox::setTestAnswer(std::optional<Button> answer)
{
    record().testAnswer = answer;
}

bool MessageBox::inTestMode()
{
    return record().testAnswer.has_value();
}

QMessageBox::Icon MessageBox::lastIcon()
{
    return record().icon;
}

QString MessageBox::lastTitle()
{
    return record().title;
}

QString MessageBox::lastText()
{
    return record().text;
}

int MessageBox::messageCount()
{
    return record().count;
}

void MessageBox::clearRecord()
{
    Record &r = record();
    r.icon = QMessageBox::NoIcon;
    r.title.clear();
    r.text.clear();
    r.count = 0;
}

} // namespace Mandate
