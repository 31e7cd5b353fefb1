#include "importsourcepage.h"

#include "io/secretscanner.h"
#include "settings/settingskeys.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Mandate {

ImportSourcePage::ImportSourcePage(QWidget *parent)
    : QWizardPage(parent)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Bro&wse..."), this))
    , m_format(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_error(new QLabel(this))
    , m_preview(new QTableWidget(this))
    , m_readTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("importSourcePage"));
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A spreadsheet saved as CSV, a JSON list of systems, or an AI bill of materials "
                   "(CycloneDX or SPDX). Nothing is written until the last step."));

    m_path->setObjectName(QStringLiteral("filePathLineEdit"));
    m_path->setPlaceholderText(tr("Path of the inventory file"));
    m_path->setClearButtonEnabled(true);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setAutoDefault(false);

    m_format->setObjectName(QStringLiteral("formatComboBox"));
    for (const auto format : { RecordSource::Format::Auto, RecordSource::Format::Csv,
             RecordSource::Format::PlainJson, RecordSource::Format::CycloneDx, RecordSource::Format::Spdx })
        m_format->addItem(RecordSource::formatName(format), int(format));

    m_description->setObjectName(QStringLiteral("sourceDescriptionLabel"));
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("sourceErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    m_preview->setObjectName(QStringLiteral("previewTableWidget"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setAlternatingRowColors(true);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 6);
    m_preview->setToolTip(tr("The first %1 rows, as read; the row headers are the file's line numbers. "
                             "Values that look like secrets are hidden.")
                              .arg(previewRowCount));

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    auto *formatLabel = new QLabel(tr("F&ormat:"), this);
    formatLabel->setBuddy(m_format);
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_format);
    formatRow->addStretch(1);
    form->addRow(formatLabel, formatRow);
    form->addRow(tr("Read as:"), m_description);

    auto *previewLabel = new QLabel(tr("&Preview of the first %1 rows:").arg(previewRowCount), this);
    previewLabel->setBuddy(m_preview);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);

    m_readTimer->setSingleShot(true);
    m_readTimer->setInterval(400);
    connect(m_readTimer, &QTimer::timeout, this, &ImportSourcePage::readFile);
    connect(m_path, &QLineEdit::textEdited, m_readTimer, qOverload<>(&QTimer::start));
    connect(m_path, &QLineEdit::returnPressed, this, &ImportSourcePage::readFile);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportSourcePage::readFile);
    connect(m_browse, &QPushButton::clicked, this, &ImportSourcePage::browse);
    readFile();
}

void ImportSourcePage::setFilePath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    readFile();
}

QString ImportSourcePage::filePath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

RecordSource::Format ImportSourcePage::format() const
{
    return RecordSource::Format(m_format->currentData().toInt());
}

bool ImportSourcePage::isComplete() const
{
    return !m_columns.isEmpty();
}

void ImportSourcePage::browse()
{
    // The file's folder, else where the last import came from, else the workspaces' folder.
    const auto usable = [](const QString &folder) { return !folder.isEmpty() && QFileInfo(folder).isDir(); };
    QString directory = filePath().isEmpty() ? QString() : QFileInfo(filePath()).absolutePath();
    if (!usable(directory))
        directory = QSettings().value(SettingsKeys::lastImportDirectory()).toString();
    if (!usable(directory))
        directory = QSettings().value(SettingsKeys::lastDirectory()).toString();
    if (!usable(directory))
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString filters = tr("Inventory files (*.csv *.tsv *.txt *.json)") + QStringLiteral(";;")
        + tr("CSV files (*.csv *.tsv *.txt)") + QStringLiteral(";;") + tr("JSON files (*.json)")
        + QStringLiteral(";;") + tr("All files (*)");
    const QString path = QFileDialog::getOpenFileName(this, tr("Import inventory"), directory, filters);
    if (path.isEmpty())
        return;
    QSettings().setValue(SettingsKeys::lastImportDirectory(), QFileInfo(path).absolutePath());
    setFilePath(path);
}

void ImportSourcePage::readFile()
{
    m_readTimer->stop();
    m_columns.clear();
    m_records.clear();
    m_description->clear();
    m_error->hide();

    const QString path = filePath();
    if (path.isEmpty()) {
        m_description->setText(tr("No file chosen yet."));
        showPreview();
        emit completeChanged();
        return;
    }

    ReadError error;
    std::unique_ptr<RecordSource> source = RecordSource::open(path, format(), &error);
    if (!source) {
        showError(error.message());
        return;
    }
    InventoryRecord record;
    while (m_records.size() < previewRowCount && source->next(&record))
        m_records.append(record);
    if (source->error().isError()) {
        // The rows above the error are shown: they help find it. The check would stop here anyway.
        showPreview();
        showError(source->error().message());
        return;
    }
    m_columns = source->columns();
    if (m_columns.isEmpty()) {
        showError(tr("%1: the file holds no columns to import.").arg(path));
        return;
    }
    m_description->setText(tr("%1; %n columns", nullptr, int(m_columns.size())).arg(source->description()));
    showPreview();
    emit completeChanged();
}

void ImportSourcePage::showError(const QString &message)
{
    m_columns.clear();
    m_description->setText(tr("The file cannot be read."));
    m_error->setText(message);
    m_error->show();
    if (m_records.isEmpty())
        showPreview();
    emit completeChanged();
}

void ImportSourcePage::showPreview()
{
    // The columns of the records shown, in first-seen order, when the header is not known (error).
    QStringList columns = m_columns;
    if (columns.isEmpty()) {
        for (const InventoryRecord &record : std::as_const(m_records)) {
            for (const auto &field : record.fields) {
                if (!columns.contains(field.first))
                    columns.append(field.first);
            }
        }
    }
    QHash<QString, int> columnIndex;
    for (int i = 0; i < columns.size(); ++i)
        columnIndex.insert(columns.at(i), i);

    m_preview->clear();
    m_preview->setColumnCount(int(columns.size()));
    m_preview->setRowCount(int(m_records.size()));
    m_preview->setHorizontalHeaderLabels(columns);
    QStringList lines;
    for (int row = 0; row < m_records.size(); ++row) {
        const InventoryRecord &record = m_records.at(row);
        lines.append(QString::number(record.line));
        for (const auto &[name, value] : record.fields) {
            // The preview is on screen and in screenshots: a secret is hidden here as in storage.
            const auto secret = SecretScanner::scan(value, name);
            // A 50 MB field would stall painting: a preview shows the start of long values.
            const QString text = secret ? secret->redacted : value;
            auto *item = new QTableWidgetItem(text.size() > 500 ? text.left(500) + QChar(0x2026) : text);
            item->setToolTip(text.left(1000));
            m_preview->setItem(row, columnIndex.value(name), item);
        }
    }
    m_preview->setVerticalHeaderLabels(lines);
    // Measuring is cheap for 50 rows, but not for the 10,000 columns of a hostile file.
    if (columns.size() <= 100) {
        m_preview->resizeColumnsToContents();
        const int widest = m_preview->fontMetrics().averageCharWidth() * 40;
        for (int column = 0; column < columns.size(); ++column)
            m_preview->setColumnWidth(column, std::min(m_preview->columnWidth(column), widest));
    }
}

} // namespace Mandate
