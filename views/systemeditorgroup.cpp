#include "systemeditorgroup.h"

#include "storage/workspace.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <algorithm>

namespace Mandate {

SystemEditorGroup::SystemEditorGroup(const QString &title, QWidget *parent)
    : QGroupBox(title, parent)
    , m_form(new QFormLayout(this))
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void SystemEditorGroup::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_systemId = 0;
}

void SystemEditorGroup::setSystemId(SystemId id)
{
    m_systemId = id;
    refresh();
}

int SystemEditorGroup::captionWidth() const
{
    int width = 0;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        if (QLayoutItem *item = m_form->itemAt(row, QFormLayout::LabelRole); item && item->widget())
            width = std::max(width, item->widget()->sizeHint().width());
    }
    return width;
}

void SystemEditorGroup::setCaptionWidth(int width)
{
    for (int row = 0; row < m_form->rowCount(); ++row) {
        if (QLayoutItem *item = m_form->itemAt(row, QFormLayout::LabelRole); item && item->widget())
            item->widget()->setMinimumWidth(width);
    }
}

Workspace *SystemEditorGroup::workspace() const
{
    return m_workspace;
}

const AiSystem *SystemEditorGroup::system() const
{
    return m_workspace && m_systemId ? m_workspace->system(m_systemId) : nullptr;
}

void SystemEditorGroup::addRow(SystemField field, QWidget *widget)
{
    addRow(fieldLabel(field), widget);
}

void SystemEditorGroup::addRow(const QString &caption, QWidget *widget)
{
    auto *label = new QLabel(caption, this);
    label->setBuddy(widget);
    m_form->addRow(label, widget);
}

QLineEdit *SystemEditorGroup::addLineEdit(SystemField field, const QString &objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    m_bindings.append({ field, Kind::LineEdit, edit });
    const Binding binding = m_bindings.constLast();
    connect(edit, &QLineEdit::editingFinished, this, [this, binding] { commitBinding(binding); });
    addRow(field, edit);
    return edit;
}

QPlainTextEdit *SystemEditorGroup::addTextEdit(SystemField field, const QString &objectName)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    edit->installEventFilter(this);
    m_bindings.append({ field, Kind::TextEdit, edit });
    addRow(field, edit);
    return edit;
}

void SystemEditorGroup::bindCombo(SystemField field, QComboBox *combo, const QString &objectName)
{
    combo->setObjectName(objectName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    ignoreWheelUnlessFocused(combo);
    m_bindings.append({ field, Kind::Combo, combo });
    const Binding binding = m_bindings.constLast();
    connect(combo, &QComboBox::activated, this, [this, binding] { commitBinding(binding); });
    addRow(field, combo);
}

void SystemEditorGroup::ignoreWheelUnlessFocused(QWidget *widget)
{
    widget->setFocusPolicy(Qt::StrongFocus);
    m_wheelGuarded.insert(widget);
    widget->installEventFilter(this);
}

bool SystemEditorGroup::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel && m_wheelGuarded.contains(watched)
        && !static_cast<QWidget *>(watched)->hasFocus()) {
        event->ignore(); // an ignored wheel event travels on to the scroll area
        return true;
    }
    if (event->type() == QEvent::FocusOut) {
        for (const Binding &binding : std::as_const(m_bindings)) {
            if (binding.widget == watched && binding.kind == Kind::TextEdit)
                commitBinding(binding);
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

QVariant SystemEditorGroup::widgetValue(const Binding &binding)
{
    switch (binding.kind) {
    case Kind::LineEdit:
        return static_cast<QLineEdit *>(binding.widget)->text().trimmed();
    case Kind::TextEdit:
        return static_cast<QPlainTextEdit *>(binding.widget)->toPlainText();
    case Kind::Combo:
        return static_cast<QComboBox *>(binding.widget)->currentData();
    }
    return {};
}

void SystemEditorGroup::commitBinding(const Binding &binding)
{
    const AiSystem *shown = system();
    if (!shown)
        return;
    const QVariant value = widgetValue(binding);
    if (value.toString() == shown->value(binding.field).toString())
        return;
    commit(binding.field, value);
}

bool SystemEditorGroup::commit(SystemField field, const QVariant &value)
{
    if (!system())
        return false;
    const bool accepted = m_workspace->setSystemValue(m_systemId, field, value);
    if (!accepted)
        refresh(); // show what is stored, not what was refused
    return accepted;
}

void SystemEditorGroup::refresh()
{
    const AiSystem *shown = system();
    for (const Binding &binding : std::as_const(m_bindings)) {
        const QString value = shown ? shown->value(binding.field).toString() : QString();
        switch (binding.kind) {
        case Kind::LineEdit: {
            auto *edit = static_cast<QLineEdit *>(binding.widget);
            if (edit->text() != value) {
                edit->setText(value);
                edit->home(false); // a long name shows its beginning, not its end
            }
            break;
        }
        case Kind::TextEdit: {
            auto *edit = static_cast<QPlainTextEdit *>(binding.widget);
            if (edit->toPlainText() != value)
                edit->setPlainText(value);
            break;
        }
        case Kind::Combo: {
            auto *combo = static_cast<QComboBox *>(binding.widget);
            combo->setCurrentIndex(shown ? combo->findData(value) : -1);
            break;
        }
        }
    }
}

} // namespace Mandate
