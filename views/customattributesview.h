#pragma once
// The details panel's Imported attributes group: the columns of an imported file that map to no
// field of ours, kept on the system as they came (issue 3, item 3), and the findings the import
// raised for the system, such as a secret that was redacted before storage (F-SECRET-IN-INVENTORY).
// Read-only; it rebuilds only when what it shows has changed, so an edit to another field of the
// system does not drop a text selection here.

#include "domain/importfinding.h"
#include "systemeditorgroup.h"

#include <QJsonObject>

class QLabel;
class QVBoxLayout;

namespace Mandate {

class CustomAttributesView : public SystemEditorGroup
{
    Q_OBJECT

public:
    explicit CustomAttributesView(QWidget *parent = nullptr);

    void refresh() override;

    // The caption width of the other groups: attribute names take that column and wrap in it, so
    // they line up with the captions above however long a file's headers are.
    void setKeyWidth(int width);

    // One line for a finding, naming the place and the kind of secret, never the secret.
    static QString findingText(const ImportFinding &finding);

private:
    void rebuild(const QJsonObject &attributes, const QVector<ImportFinding> &findings);
    void addAttribute(const QString &key, const QString &value);
    void addFinding(const ImportFinding &finding);

    QLabel *m_none;
    QWidget *m_attributes;
    QWidget *m_findings;
    QVBoxLayout *m_findingsLayout;
    int m_keyWidth = 0;
    // What is shown, to skip rebuilding when another field of the system changed.
    SystemId m_shownId = 0;
    QJsonObject m_shownAttributes;
    QVector<qint64> m_shownFindings;
};

} // namespace Mandate
