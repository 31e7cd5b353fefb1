#pragma once
// What the details panel's tables share: a table that shows a few rows before it scrolls, edits
// in place, sizes its columns to their content within a narrow panel, and a red line under it
// that says why the last edit was refused.

#include <QString>

class QLabel;
class QTableView;
class QWidget;

namespace Mandate {

// Row selection, in-place editing on double-click or typing, no row numbers, and room for
// visibleRows rows (twice that at most: the panel scrolls beyond).
void setupCompactTable(QTableView *table, int visibleRows);
// Every column as wide as its content, none wider than 30 characters. growOnly keeps columns from
// shrinking after an edit, so cells do not shift under the pointer.
void fitColumnsToContent(QTableView *table, bool growOnly = false);
// A hidden, word-wrapped plain-text label in an error colour readable on light and mid themes.
QLabel *createErrorLabel(QWidget *parent, const char *objectName);
// Shows message, or hides the label when it is empty.
void showError(QLabel *label, const QString &message);

} // namespace Mandate
