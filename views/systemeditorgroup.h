#pragma once
// Base of the details panel's groups: it binds widgets to system fields, fills them from the shown
// system and commits each change through the workspace (which pushes an undo command), never into
// the system directly. Line edits commit on editingFinished, combo boxes on activated, text edits
// when they lose focus; after a refused edit the widget shows the stored value again.

#include "domain/aisystem.h"

#include <QComboBox>
#include <QGroupBox>
#include <QPointer>
#include <QSet>

class QFormLayout;
class QLineEdit;
class QPlainTextEdit;

namespace Mandate {

class Workspace;

class SystemEditorGroup : public QGroupBox
{
    Q_OBJECT

public:
    explicit SystemEditorGroup(const QString &title, QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void setSystemId(SystemId id);
    SystemId systemId() const { return m_systemId; }

    // The widest caption, and a minimum caption width, so that all groups line up in one column.
    int captionWidth() const;
    void setCaptionWidth(int width);

    // Fills the widgets from the stored system; clears them when there is none.
    virtual void refresh();

protected:
    Workspace *workspace() const;
    const AiSystem *system() const;
    QFormLayout *form() const { return m_form; }

    QLineEdit *addLineEdit(SystemField field, const QString &objectName);
    QPlainTextEdit *addTextEdit(SystemField field, const QString &objectName);
    template<typename E> QComboBox *addVocabularyCombo(SystemField field, const QString &objectName)
    {
        auto *combo = new QComboBox(this);
        for (int i = 0; i < valueCount<E>(); ++i)
            combo->addItem(label(static_cast<E>(i)), toId(static_cast<E>(i)));
        bindCombo(field, combo, objectName);
        return combo;
    }
    // Adds a labelled row to the form; the label's buddy is the widget.
    void addRow(SystemField field, QWidget *widget);
    void addRow(const QString &caption, QWidget *widget);

    // Lets the wheel scroll the panel instead of changing a value the pointer happens to pass over.
    void ignoreWheelUnlessFocused(QWidget *widget);

    // Pushes one edit through the workspace; refreshes when it was refused.
    bool commit(SystemField field, const QVariant &value);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Kind { LineEdit, TextEdit, Combo };
    struct Binding
    {
        SystemField field;
        Kind kind;
        QWidget *widget;
    };

    void bindCombo(SystemField field, QComboBox *combo, const QString &objectName);
    void commitBinding(const Binding &binding);
    static QVariant widgetValue(const Binding &binding);

    QPointer<Workspace> m_workspace;
    SystemId m_systemId = 0;
    QFormLayout *m_form;
    QVector<Binding> m_bindings;
    QSet<QObject *> m_wheelGuarded;
};

} // namespace Mandate
