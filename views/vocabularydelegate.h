#pragma once
// Edits a table cell by picking from a list the model offers (a vocabulary's ids with their labels,
// or credential names) in a combo box, so an analyst never types an id. The model names the list
// through a role holding { value, label } pairs; cells without one get the default editor.

#include <QStyledItemDelegate>

namespace Mandate {

class VocabularyDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // choicesRole: the model's role that returns a QVariantList of QStringList{ value, label }.
    explicit VocabularyDelegate(int choicesRole, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    int m_choicesRole;
};

} // namespace Mandate
