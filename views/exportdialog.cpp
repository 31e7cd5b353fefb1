#include "exportdialog.h"

#include "exportjob.h"
#include "inventoryview.h"
#include "itemmodels/systemfilterproxymodel.h"
#include "itemmodels/systemtablemodel.h"
#include "messagebox.h"
#include "reportpreview.h"
#include "settings/settingskeys.h"
#include "storage/serverlocation.h"
#include "storage/workspace.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Mandate {
namespace {

// The export dialog's own choices, kept beside SettingsKeys::lastExportDirectory().
QString formatKey() { return QStringLiteral("export/format"); }
QString sectionsKey() { return QStringLiteral("export/sections"); }

const char *const kSuffixes[] = { "pdf", "csv", "json" };

// A share of one progress bar. Events are let through when the bar moves (at most a hundred
// times), so that Cancel answers even before the dialog shows.
ReportDocument::Progress stage(QProgressDialog *dialog, int from, int to)
{
    return ReportDocument::share([dialog](int value) {
        if (value != dialog->value()) {
            dialog->setValue(value);
            QCoreApplication::processEvents();
        }
        return !dialog->wasCanceled();
    }, from, to);
}

} // namespace

ExportDialog::ExportDialog(Workspace *workspace, InventoryView *inventory, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_chooseFile([](QWidget *parentWidget, const QString &caption, const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(parentWidget, caption, suggested, filter);
    })
    , m_formats(new QButtonGroup(this))
    , m_scopes(new QButtonGroup(this))
    , m_campaigns(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_status(new QLabel(this))
    , m_preview(new ReportPreview(this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    if (inventory) {
        // The rows the filter lets through, as `mandate-cli list --filter` reads them.
        const SystemFilterProxyModel *proxy = inventory->proxyModel();
        if (proxy->rowCount() < inventory->tableModel()->rowCount()) {
            for (int row = 0; row < proxy->rowCount(); ++row)
                m_filtered << proxy->index(row, 0).data(SystemTableModel::SystemIdRole).toLongLong();
        }
        m_selected = inventory->selectedSystemIds();
    }

    m_description->setObjectName(QStringLiteral("exportDescriptionLabel"));
    m_description->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("exportStatusLabel"));
    m_status->setWordWrap(true);
    m_export->setObjectName(QStringLiteral("exportPushButton"));
    m_export->setDefault(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    m_buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::exportFile);

    auto *top = new QHBoxLayout;
    m_choices = createChoices();
    top->addWidget(m_choices, 0);
    top->addWidget(m_preview, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    // Changes come in bursts (a radio button unchecks one and checks another): preview once.
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(50);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::buildPreview);
    connect(m_preview, &ReportPreview::previewRequested, this, &ExportDialog::buildPreview);
    connect(m_formats, &QButtonGroup::idToggled, this, &ExportDialog::updateState);
    connect(m_scopes, &QButtonGroup::idToggled, this, &ExportDialog::updateState);
    connect(m_campaigns, qOverload<int>(&QComboBox::activated), this, [this] { setScope(Scope::Campaign); });
    connect(m_campaigns, qOverload<int>(&QComboBox::currentIndexChanged), this, &ExportDialog::updateState);
    for (QCheckBox *box : std::as_const(m_sections))
        connect(box, &QCheckBox::toggled, this, &ExportDialog::updateState);
    if (workspace)
        connect(workspace, &QObject::destroyed, this, &QDialog::reject);

    restoreChoices();
    // Wide and tall enough for a legible page beside the choices.
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 50);
    // One selected row is usually just the current system; several are a choice.
    setScope(m_selected.size() > 1 ? Scope::Selected : !m_filtered.isEmpty() ? Scope::Filtered : Scope::All);
    updateState();
}

ExportDialog::~ExportDialog() = default;

QWidget *ExportDialog::createChoices()
{
    auto *choices = new QWidget(this);
    auto *formatBox = new QGroupBox(tr("Format"), choices);
    auto *formatLayout = new QVBoxLayout(formatBox);
    const QString formatTexts[] = { tr("P&DF report"), tr("&CSV in Mandate's native layout"),
        tr("&JSON of the whole workspace") };
    for (int format = 0; format < 3; ++format) {
        auto *radio = new QRadioButton(formatTexts[format], formatBox);
        radio->setObjectName(QStringLiteral("%1FormatRadioButton").arg(QLatin1String(kSuffixes[format])));
        m_formats->addButton(radio, format);
        formatLayout->addWidget(radio);
    }

    const int all = m_workspace ? m_workspace->systemCount() : 0;
    auto *scopeBox = new QGroupBox(tr("Systems"), choices);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    const QString scopeTexts[] = { tr("&All systems (%L1)").arg(all), tr("&Filtered systems (%L1)").arg(m_filtered.size()),
        tr("&Selected systems (%L1)").arg(m_selected.size()), tr("One ca&mpaign:") };
    const char *const scopeNames[] = { "allScopeRadioButton", "filteredScopeRadioButton", "selectedScopeRadioButton",
        "campaignScopeRadioButton" };
    for (int scope = 0; scope < 4; ++scope) {
        auto *radio = new QRadioButton(scopeTexts[scope], scopeBox);
        radio->setObjectName(QString::fromLatin1(scopeNames[scope]));
        m_scopes->addButton(radio, scope);
        scopeLayout->addWidget(radio);
    }
    m_scopes->button(int(Scope::Filtered))->setEnabled(!m_filtered.isEmpty());
    m_scopes->button(int(Scope::Filtered))->setToolTip(tr("The systems the inventory's filter shows"));
    m_scopes->button(int(Scope::Selected))->setEnabled(!m_selected.isEmpty());
    m_campaigns->setObjectName(QStringLiteral("exportCampaignComboBox"));
    // A long campaign name must not push the preview aside.
    m_campaigns->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_campaigns->setMinimumContentsLength(24);
    if (m_workspace) {
        for (const Campaign &campaign : m_workspace->campaigns()) // newest first
            m_campaigns->addItem(QStringLiteral("%1 (%2)").arg(campaign.name,
                                     QLocale().toString(campaign.createdAt.toLocalTime().date(), QLocale::ShortFormat)),
                campaign.id);
    }
    m_scopes->button(int(Scope::Campaign))->setEnabled(m_campaigns->count() > 0);
    m_campaigns->setEnabled(m_campaigns->count() > 0);
    // Below its radio button, indented as belonging to it.
    auto *campaignRow = new QHBoxLayout;
    campaignRow->addSpacing(style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) + 6);
    campaignRow->addWidget(m_campaigns, 1);
    scopeLayout->addLayout(campaignRow);

    auto *sectionBox = new QGroupBox(tr("Sections of the inventory report"), choices);
    sectionBox->setObjectName(QStringLiteral("sectionsGroupBox"));
    auto *sectionLayout = new QVBoxLayout(sectionBox);
    const QPair<int, QString> sections[] = { { InventoryReport::Cover, tr("Co&ver") },
        { InventoryReport::Summary, tr("Executive s&ummary") }, { InventoryReport::Map, tr("Four-paradi&gm map") },
        { InventoryReport::Systems, tr("S&ystem sections") }, { InventoryReport::Appendix, tr("C&overage appendix") } };
    for (const auto &[bit, text] : sections) {
        auto *box = new QCheckBox(text, sectionBox);
        box->setObjectName(QStringLiteral("section%1CheckBox").arg(bit));
        box->setProperty("section", bit);
        m_sections << box;
        sectionLayout->addWidget(box);
    }

    auto *layout = new QVBoxLayout(choices);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(formatBox);
    layout->addWidget(scopeBox);
    layout->addWidget(sectionBox);
    layout->addWidget(m_description);
    layout->addStretch(1);
    choices->setMaximumWidth(fontMetrics().averageCharWidth() * 60);
    return choices;
}

ExportDialog::Format ExportDialog::format() const
{
    return Format(std::max(0, m_formats->checkedId()));
}

void ExportDialog::setFormat(Format format)
{
    m_formats->button(int(format))->setChecked(true);
}

ExportDialog::Scope ExportDialog::scope() const
{
    return Scope(std::max(0, m_scopes->checkedId()));
}

void ExportDialog::setScope(Scope scope)
{
    QAbstractButton *button = m_scopes->button(int(scope));
    (button->isEnabled() ? button : m_scopes->button(int(Scope::All)))->setChecked(true);
}

void ExportDialog::setCampaign(CampaignId id)
{
    const int index = m_campaigns->findData(id);
    if (index < 0)
        return;
    m_campaigns->setCurrentIndex(index);
    setScope(Scope::Campaign);
}

int ExportDialog::sections() const
{
    int bits = 0;
    for (const QCheckBox *box : m_sections)
        bits |= box->isChecked() ? box->property("section").toInt() : 0;
    return bits;
}

QVector<SystemId> ExportDialog::scopeIds() const
{
    switch (scope()) {
    case Scope::Filtered:
        return m_filtered;
    case Scope::Selected:
        return m_selected;
    case Scope::All:
    case Scope::Campaign: // JSON of a campaign: every system, only that campaign (as the CLI)
        break;
    }
    return m_workspace ? m_workspace->systemIds() : QVector<SystemId>();
}

CampaignId ExportDialog::campaign() const
{
    return scope() == Scope::Campaign ? m_campaigns->currentData().toLongLong() : 0;
}

// A report's cost in systems: a campaign's items are smaller than a system's section.
int ExportDialog::previewWeight() const
{
    if (scope() != Scope::Campaign)
        return int(scopeIds().size());
    const int index = m_campaigns->currentIndex();
    const QVector<Campaign> campaigns = m_workspace ? m_workspace->campaigns() : QVector<Campaign>();
    return index >= 0 && index < campaigns.size() ? campaigns.at(index).items / 5 : 0;
}

void ExportDialog::updateState()
{
    const bool pdf = format() == Format::Pdf;
    const bool campaignScope = scope() == Scope::Campaign;
    for (QCheckBox *box : std::as_const(m_sections))
        box->setEnabled(pdf && !campaignScope);
    if (pdf)
        m_description->setText(campaignScope ? tr("The campaign report: its decisions, the separation-of-duties "
                                                  "exceptions, the sign-off and the remediation list.")
                                             : tr("A report on the systems in scope with the sections chosen."));
    else if (format() == Format::Csv)
        m_description->setText(campaignScope ? tr("The campaign's decisions, one row per review item.")
                                             : tr("One row per system; importing the file again gives the same "
                                                  "systems."));
    else
        m_description->setText(campaignScope ? tr("The whole workspace with only this campaign.")
                                             : tr("The whole workspace with only the systems in scope."));
    m_export->setEnabled(m_workspace && (campaignScope || !scopeIds().isEmpty())
        && (!pdf || campaignScope || sections() != 0));
    schedulePreview();
}

void ExportDialog::schedulePreview()
{
    m_previewCurrent = false;
    ++m_choicesChanged;
    m_previewTimer->stop();
    const bool large = previewWeight() > kAutoPreviewLimit;
    m_preview->setPreviewButtonVisible(format() == Format::Pdf && large);
    if (format() != Format::Pdf) {
        m_preview->clear(tr("Only a PDF report has pages to preview."));
    } else if (large) {
        m_preview->clear(tr("A large report: press Preview to build it."));
    } else {
        m_preview->clear(tr("Building the preview…"));
        m_previewTimer->start();
    }
}

void ExportDialog::buildPreview()
{
    if (format() != Format::Pdf || !m_workspace)
        return;
    // A large report shows progress with Cancel; a small one is built in the blink of an eye.
    const Busy busy(this);
    const int choices = m_choicesChanged;
    QProgressDialog progress(tr("Building the preview…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(previewWeight() > kAutoPreviewLimit ? 0 : 1000);
    QString error;
    std::unique_ptr<ReportDocument> document = ExportJob::buildReport(*m_workspace, request(), stage(&progress, 0, 90), &error);
    if (document)
        document->layout(stage(&progress, 90, 100));
    if (choices != m_choicesChanged)
        return; // asked again meanwhile
    if (!document || progress.wasCanceled()) {
        m_preview->clear(error.isEmpty() ? tr("The preview was cancelled.") : error);
        return;
    }
    m_preview->setDocument(std::move(document));
    m_previewCurrent = true;
}

ExportRequest ExportDialog::request() const
{
    ExportRequest request;
    request.format = format();
    request.campaign = campaign();
    if (scope() != Scope::Campaign)
        request.systems = scopeIds();
    request.sections = sections();
    const QString scopeNames[] = { tr("All systems"), tr("Systems the inventory filter shows"), tr("Selected systems") };
    if (scope() != Scope::Campaign)
        request.scopeLabel = scopeNames[int(scope())];
    return request;
}

QString ExportDialog::suggestedPath() const
{
    const QString directory = QSettings().value(SettingsKeys::lastExportDirectory(), QDir::homePath()).toString();
    QString base = workspaceFileBaseName(m_workspace->filePath());
    if (campaign())
        base += QStringLiteral("-campaign-%1").arg(campaign());
    base += QLatin1Char('-') + QDate::currentDate().toString(Qt::ISODate);
    return QDir(directory).filePath(base + QLatin1Char('.') + QLatin1String(kSuffixes[int(format())]));
}

bool ExportDialog::exportFile()
{
    if (!m_workspace || !m_export->isEnabled())
        return false;
    const QString filters[] = { tr("PDF documents (*.pdf)"), tr("CSV files (*.csv)"), tr("JSON files (*.json)") };
    QString path = m_chooseFile(this, tr("Export"), suggestedPath(), filters[int(format())]);
    if (path.isEmpty())
        return false;
    const QString suffix = QLatin1String(kSuffixes[int(format())]);
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    const QString folder = QFileInfo(path).absolutePath();
    saveChoices();
    QSettings().setValue(SettingsKeys::lastExportDirectory(), folder);
    m_status->clear();

    QString error;
    QString message;
    if (!QFileInfo(folder).isDir()) {
        error = tr("Could not write %1: the folder %2 does not exist.")
                    .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(folder));
    } else {
        QProgressDialog progress(tr("Exporting to %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 100, this);
        progress.setObjectName(QStringLiteral("exportProgressDialog"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(500);
        const Busy busy(this);
        QGuiApplication::setOverrideCursor(Qt::BusyCursor);
        const bool written = write(path, stage(&progress, 0, 100), &message, &error);
        QGuiApplication::restoreOverrideCursor();
        if (!written && progress.wasCanceled()) {
            m_status->setText(tr("Export cancelled; nothing was written."));
            return false;
        }
    }
    if (!message.isEmpty()) {
        m_status->setText(message);
        emit exported(message);
        return true;
    }
    if (error.isEmpty())
        error = tr("Could not write %1.").arg(QDir::toNativeSeparators(path));
    MessageBox::critical(this, tr("Export failed"), error);
    return false;
}

// Builds (unless the preview shows what is asked for) and writes, build and write sharing the bar.
bool ExportDialog::write(const QString &path, const ReportDocument::Progress &progress, QString *message,
    QString *error)
{
    ReportDocument *prebuilt = format() == Format::Pdf && m_previewCurrent ? m_preview->document() : nullptr;
    const std::optional<ExportResult> result = ExportJob::write(*m_workspace, request(), path, prebuilt, progress, error);
    if (!result)
        return false;
    const QString file = QDir::toNativeSeparators(path);
    if (format() == Format::Pdf)
        *message = tr("Wrote a report of %Ln page(s) to %1.", nullptr, result->pages).arg(file);
    else if (result->reviewItems > 0 || (format() == Format::Csv && campaign()))
        *message = tr("Wrote %Ln review item(s) to %1.", nullptr, result->reviewItems).arg(file);
    else
        *message = tr("Wrote %Ln system(s) to %1.", nullptr, result->systems).arg(file);
    return true;
}

void ExportDialog::reject()
{
    if (!m_busy) // the progress dialog's Cancel stops an export
        QDialog::reject();
}

// While building or writing, the choices stay as they are: the progress lets events through.
ExportDialog::Busy::Busy(ExportDialog *dialog)
    : m_dialog(dialog)
{
    m_dialog->m_busy = true;
    for (QWidget *widget : { m_dialog->m_choices, static_cast<QWidget *>(m_dialog->m_preview),
             static_cast<QWidget *>(m_dialog->m_buttons) })
        widget->setEnabled(false);
}

ExportDialog::Busy::~Busy()
{
    for (QWidget *widget : { m_dialog->m_choices, static_cast<QWidget *>(m_dialog->m_preview),
             static_cast<QWidget *>(m_dialog->m_buttons) })
        widget->setEnabled(true);
    m_dialog->m_busy = false;
}

void ExportDialog::saveChoices() const
{
    QSettings settings;
    settings.setValue(formatKey(), QLatin1String(kSuffixes[int(format())]));
    settings.setValue(sectionsKey(), sections());
}

void ExportDialog::restoreChoices()
{
    const QSettings settings;
    const QString format = settings.value(formatKey()).toString();
    int index = 0;
    while (index < 3 && format != QLatin1String(kSuffixes[index]))
        ++index;
    setFormat(index < 3 ? Format(index) : Format::Pdf);
    const int bits = settings.value(sectionsKey(), int(InventoryReport::AllSections)).toInt();
    for (QCheckBox *box : std::as_const(m_sections))
        box->setChecked(bits & box->property("section").toInt());
}

} // namespace Mandate
