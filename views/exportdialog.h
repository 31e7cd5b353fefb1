#pragma once
// File > Export…: what to export (a PDF report, CSV in the native layout, JSON of the workspace),
// of which systems (all, those the inventory filter shows, those selected, or one review campaign),
// which sections a PDF inventory report has, with a page preview of the PDF. Export asks for the
// file, then builds and writes behind one progress bar with Cancel; the writers are atomic, so a
// cancelled or failed export leaves no file. The choices mirror `mandate-cli export`: CSV of a
// campaign is its decisions, JSON of a campaign is the workspace with only that campaign.

#include "domain/aisystem.h"
#include "domain/campaign.h"
#include "exportjob.h"
#include "report/reportdocument.h"

#include <QDialog>
#include <QPointer>
#include <functional>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTimer;

namespace Mandate {

class InventoryView;
class ReportPreview;
class Workspace;

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    using Format = ExportRequest::Format;
    enum class Scope { All, Filtered, Selected, Campaign };
    // Asks for the file to write: QFileDialog::getSaveFileName's arguments; empty to give up.
    using FileChooser = std::function<QString(QWidget *parent, const QString &caption, const QString &suggested,
        const QString &filter)>;
    // Scopes up to this many systems are previewed on every change; larger ones on request.
    static constexpr int kAutoPreviewLimit = 200;

    // inventory (may be null) gives the filtered and the selected systems as they are now.
    ExportDialog(Workspace *workspace, InventoryView *inventory, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    Format format() const;
    void setFormat(Format format);
    Scope scope() const;
    void setScope(Scope scope);
    void setCampaign(CampaignId id); // chooses the campaign scope
    int sections() const;            // InventoryReport::Section bits
    ReportPreview *preview() const { return m_preview; }
    // The systems the chosen scope covers (in the inventory's order).
    QVector<SystemId> scopeIds() const;

    // Export…: asks for the file and writes it; true when written.
    bool exportFile();

protected:
    void reject() override;

signals:
    // What was written, for the status bar.
    void exported(const QString &message);

private:
    // Keeps the choices still while a build or write lets events through.
    class Busy
    {
    public:
        explicit Busy(ExportDialog *dialog);
        ~Busy();
        Busy(const Busy &) = delete;
        Busy &operator=(const Busy &) = delete;

    private:
        ExportDialog *m_dialog;
    };

    QWidget *createChoices();
    void updateState();
    void schedulePreview();
    void buildPreview();
    ExportRequest request() const; // what the choices ask for
    bool write(const QString &path, const ReportDocument::Progress &progress, QString *message, QString *error);
    QString suggestedPath() const;
    CampaignId campaign() const;
    int previewWeight() const;
    void saveChoices() const;
    void restoreChoices();

    QPointer<Workspace> m_workspace;
    QVector<SystemId> m_filtered; // empty unless the filter hides something
    QVector<SystemId> m_selected;
    FileChooser m_chooseFile;
    QButtonGroup *m_formats;
    QButtonGroup *m_scopes;
    QComboBox *m_campaigns;
    QVector<QCheckBox *> m_sections;
    QLabel *m_description;
    QLabel *m_status;
    ReportPreview *m_preview;
    QPushButton *m_export;
    QTimer *m_previewTimer;
    QWidget *m_choices = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_previewCurrent = false; // the preview shows the current choices
    int m_choicesChanged = 0;      // counts changes, so that a preview built meanwhile is dropped
    bool m_busy = false;
};

} // namespace Mandate
