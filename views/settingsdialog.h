#pragma once
// Preferences: the analyst name recorded in the audit log and the interface language. Both live in
// QSettings; the name also becomes the open workspace's actor at once, and a new language is applied
// on OK (Mandate::applyLanguage), which the main window answers by being rebuilt in it.

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLineEdit;

namespace Mandate {

class Workspace;

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Workspace *workspace, QWidget *parent = nullptr);

    void accept() override;

private:
    QPointer<Workspace> m_workspace;
    QLineEdit *m_analystName;
    QComboBox *m_language;
};

} // namespace Mandate
