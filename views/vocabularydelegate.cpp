#include "vocabularydelegate.h"

#include <QComboBox>

namespace Mandate {

VocabularyDelegate::VocabularyDelegate(int choicesRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choicesRole(choicesRole)
{
}

QWidget *VocabularyDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariantList choices = index.data(m_choicesRole).toList();
    if (choices.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("vocabularyComboBox"));
    for (const QVariant &choice : choices) {
        const QStringList pair = choice.toStringList();
        if (pair.size() == 2)
            combo->addItem(pair.at(1), pair.at(0));
    }
    // Picking a value commits it at once, as a combo box in a form does.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<VocabularyDelegate *>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void VocabularyDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toString()));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void VocabularyDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->currentIndex() >= 0 && combo->currentData().toString() != index.data(Qt::EditRole).toString())
            model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Mandate
