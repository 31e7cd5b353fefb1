#include "importmappingpage.h"

#include "importsourcepage.h"
#include "io/importpass.h"
#include "io/secretscanner.h"
#include "messagebox.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Mandate {
namespace {

constexpr int kCustomAttribute = -1;

// The first non-empty value of each column in the preview rows, secrets hidden.
QHash<QString, QString> sampleValues(const ImportSourcePage &source)
{
    QHash<QString, QString> samples;
    for (const InventoryRecord &record : source.previewRecords()) {
        for (const auto &[name, value] : record.fields) {
            if (samples.contains(name) || value.trimmed().isEmpty())
                continue;
            const auto secret = SecretScanner::scan(value, name);
            samples.insert(name, (secret ? secret->redacted : value).simplified().left(200));
        }
    }
    return samples;
}

QString mappingFilter()
{
    return ImportMappingPage::tr("Mapping files (*.json)") + QStringLiteral(";;")
        + ImportMappingPage::tr("All files (*)");
}

} // namespace

ImportMappingPage::ImportMappingPage(const ImportSourcePage *source, QWidget *parent)
    : QWizardPage(parent)
    , m_source(source)
    , m_table(new QTableWidget(this))
    , m_key(new QComboBox(this))
    , m_save(new QPushButton(tr("&Save mapping..."), this))
    , m_load(new QPushButton(tr("&Load mapping..."), this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Map the columns"));
    setSubTitle(tr("Choose the field each column fills. The other columns are kept as custom attributes, "
                   "so nothing in the file is lost."));

    m_table->setObjectName(QStringLiteral("mappingTableWidget"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({ tr("Column in the file"), tr("Maps to"), tr("Sample value") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(SampleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TargetColumn, QHeaderView::Interactive);

    m_key->setObjectName(QStringLiteral("keyColumnComboBox"));
    m_key->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_key, &QComboBox::activated, this, [this] { m_keyChosen = true; });
    auto *keyLabel = new QLabel(tr("&Match existing systems by:"), this);
    keyLabel->setBuddy(m_key);
    auto *keyNote = new QLabel(tr("A row whose value in this column equals a system's is an update of that "
                                  "system; any other row is a new system."),
        this);
    keyNote->setWordWrap(true);

    m_hint->setObjectName(QStringLiteral("mappingHintLabel"));
    m_hint->setWordWrap(true);

    m_save->setObjectName(QStringLiteral("saveMappingButton"));
    m_save->setAutoDefault(false);
    m_load->setObjectName(QStringLiteral("loadMappingButton"));
    m_load->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save mapping"), QFileInfo(m_source->filePath()).absolutePath(), mappingFilter());
        if (!path.isEmpty())
            saveMapping(path);
    });
    connect(m_load, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Load mapping"), QFileInfo(m_source->filePath()).absolutePath(), mappingFilter());
        if (!path.isEmpty())
            loadMapping(path);
    });

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(keyLabel);
    keyRow->addWidget(m_key);
    keyRow->addStretch(1);
    keyRow->addWidget(m_load);
    keyRow->addWidget(m_save);

    auto *tableLabel = new QLabel(tr("C&olumns:"), this);
    tableLabel->setBuddy(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tableLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hint);
    layout->addLayout(keyRow);
    layout->addWidget(keyNote);
}

void ImportMappingPage::initializePage()
{
    // Back and Next again keep the analyst's choices, unless the file itself changed.
    const QString source = m_source->filePath() + QChar(u'\n') + m_source->columns().join(QChar(u'\n'));
    if (source == m_builtFor)
        return;
    m_builtFor = source;
    m_mapping = ColumnMapping::automatic(m_source->columns());
    m_keyChosen = false;
    rebuild();
}

QString ImportMappingPage::keyColumn() const
{
    return m_key->currentData().toString();
}

bool ImportMappingPage::matchExisting() const
{
    return m_key->currentData().isValid();
}

void ImportMappingPage::rebuild()
{
    const QStringList header = m_mapping.header();
    const QHash<QString, QString> samples = sampleValues(*m_source);
    // Every field but the bag of custom attributes, which a single column must not overwrite.
    QVector<SystemField> fields = allSystemFields();
    fields.removeAll(SystemField::CustomAttributes);

    m_table->clearContents();
    m_table->setRowCount(int(header.size()));
    for (int row = 0; row < header.size(); ++row) {
        auto *name = new QTableWidgetItem(header.at(row));
        name->setToolTip(header.at(row));
        m_table->setItem(row, SourceColumn, name);
        auto *sample = new QTableWidgetItem(samples.value(header.at(row)));
        sample->setToolTip(sample->text());
        sample->setForeground(palette().brush(QPalette::PlaceholderText));
        m_table->setItem(row, SampleColumn, sample);

        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("targetComboBox"));
        combo->setAccessibleName(tr("Field for column %1").arg(header.at(row)));
        combo->addItem(tr("Keep as custom attribute"), kCustomAttribute);
        combo->insertSeparator(1);
        for (const SystemField field : std::as_const(fields))
            combo->addItem(fieldLabel(field), int(field));
        combo->setMaxVisibleItems(int(fields.size()) + 2);
        connect(combo, &QComboBox::currentIndexChanged, this,
            [this, row](int index) { onTargetChosen(row, index); });
        m_table->setCellWidget(row, TargetColumn, combo);
    }
    if (m_table->rowCount() > 0) {
        m_table->resizeColumnToContents(SourceColumn);
        const int widest = fontMetrics().averageCharWidth() * 36;
        m_table->setColumnWidth(SourceColumn, std::min(m_table->columnWidth(SourceColumn), widest));
        m_table->setColumnWidth(TargetColumn, m_table->cellWidget(0, TargetColumn)->sizeHint().width() + 8);
        m_table->verticalHeader()->setDefaultSectionSize(
            m_table->cellWidget(0, TargetColumn)->sizeHint().height());
    }
    showTargets();
}

void ImportMappingPage::showTargets()
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, TargetColumn));
        const std::optional<SystemField> target = m_mapping.target(row);
        const int data = target && target != SystemField::CustomAttributes ? int(*target) : kCustomAttribute;
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(combo->findData(data));
        // Mapped rows stand out from the many columns a wide export keeps as attributes.
        QFont font = m_table->item(row, SourceColumn)->font();
        font.setBold(data != kCustomAttribute);
        m_table->item(row, SourceColumn)->setFont(font);
    }
    updateKeyColumns();
    updateHint();
}

void ImportMappingPage::onTargetChosen(int row, int index)
{
    auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, TargetColumn));
    const int data = combo->itemData(index).toInt();
    // A field feeds from one column only: the column that had it becomes an attribute again.
    m_mapping.setTarget(row, data == kCustomAttribute ? std::nullopt : std::optional(SystemField(data)));
    showTargets();
}

void ImportMappingPage::updateKeyColumns()
{
    const QString defaultKey = ImportPass::defaultKeyColumn(m_mapping);
    const QString current = m_keyChosen ? keyColumn() : defaultKey;
    const bool choseNothing = m_keyChosen && !matchExisting();
    const QSignalBlocker blocker(m_key);
    m_key->clear();
    // Matching nothing is for a first import of a file with no unique column (the US federal
    // inventory repeats use case names across agencies); it carries no column.
    m_key->addItem(tr("Nothing: every row is a new system"), QVariant());
    const QStringList header = m_mapping.header();
    for (int column = 0; column < header.size(); ++column) {
        const std::optional<SystemField> target = m_mapping.target(column);
        const QString &name = header.at(column);
        m_key->addItem(target ? tr("%1 (%2)").arg(name, fieldLabel(*target)) : name, name);
    }
    const int index = choseNothing || current.isEmpty() ? 0 : m_key->findData(current);
    m_key->setCurrentIndex(index >= 0 ? index : 0);
}

void ImportMappingPage::updateHint()
{
    if (m_mapping.columnFor(SystemField::Name) < 0) {
        m_hint->setText(tr("No column is mapped to the name: rows that match no system cannot become "
                           "new systems."));
    } else {
        int mapped = 0;
        for (int column = 0; column < m_mapping.columnCount(); ++column)
            mapped += m_mapping.target(column) ? 1 : 0;
        m_hint->setText(tr("%1 of %2 columns fill a field; the others are kept as custom attributes.")
                            .arg(mapped)
                            .arg(m_mapping.columnCount()));
    }
}

bool ImportMappingPage::saveMapping(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(m_mapping.toJson()).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        MessageBox::critical(this, tr("Could not save the mapping"),
            tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

bool ImportMappingPage::loadMapping(const QString &path)
{
    QFile file(path);
    QString problem;
    if (!file.open(QIODevice::ReadOnly)) {
        problem = file.errorString();
    } else {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.read(16 * 1024 * 1024), &parseError);
        if (!document.isObject()) {
            problem = parseError.error != QJsonParseError::NoError
                ? parseError.errorString()
                : tr("This is not a Mandate mapping file.");
        } else if (const auto mapping
            = ColumnMapping::fromJson(document.object(), m_mapping.header(), &problem)) {
            m_mapping = *mapping;
            showTargets();
            return true;
        }
    }
    MessageBox::critical(
        this, tr("Could not load the mapping"), tr("%1: %2").arg(QDir::toNativeSeparators(path), problem));
    return false;
}

} // namespace Mandate
