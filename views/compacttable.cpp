#include "compacttable.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

namespace Mandate {

void setupCompactTable(QTableView *table, int visibleRows)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::SelectedClicked | QAbstractItemView::AnyKeyPressed);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    table->setWordWrap(false);
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height()
        + table->verticalHeader()->defaultSectionSize() * visibleRows + 2 * table->frameWidth()
        + table->horizontalScrollBar()->sizeHint().height());
    table->setMaximumHeight(table->minimumHeight() * 2);
}

void fitColumnsToContent(QTableView *table, bool growOnly)
{
    // A system holds a handful of rows, so measuring them is cheap.
    const int widest = table->fontMetrics().averageCharWidth() * 30;
    const QAbstractItemView *view = table; // QTableView hides the measuring behind protected
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        const int fitted = std::min(
            std::max(view->sizeHintForColumn(column), table->horizontalHeader()->sectionSizeHint(column)), widest);
        table->setColumnWidth(column, growOnly ? std::max(fitted, table->columnWidth(column)) : fitted);
    }
}

QLabel *createErrorLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    label->setPalette(palette);
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace Mandate
