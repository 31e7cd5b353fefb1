#pragma once
// First page of the import wizard: which file, read as which format. Reads the file's columns and
// first rows at once, so the analyst sees how it was understood (encoding, delimiter) before
// mapping anything; a file that cannot be read says where and why, and the wizard stops here.

#include "io/inventoryrecord.h"
#include "io/recordsource.h"

#include <QVector>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace Mandate {

class ImportSourcePage : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr int previewRowCount = 50;

    explicit ImportSourcePage(QWidget *parent = nullptr);

    // Fills in the path and reads the file at once (a dropped file, a test).
    void setFilePath(const QString &path);
    QString filePath() const;
    RecordSource::Format format() const;

    // What the last successful read found; empty when the file cannot be read.
    QStringList columns() const { return m_columns; }
    const QVector<InventoryRecord> &previewRecords() const { return m_records; }

    bool isComplete() const override;

private:
    void browse();
    void readFile();
    void showPreview();
    void showError(const QString &message);

    QLineEdit *m_path;
    QPushButton *m_browse;
    QComboBox *m_format;
    QLabel *m_description;
    QLabel *m_error;
    QTableWidget *m_preview;
    QTimer *m_readTimer; // reads once typing pauses, not on every key
    QStringList m_columns;
    QVector<InventoryRecord> m_records;
};

} // namespace Mandate
