#include "profileeditor.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Mandate {

ProfileEditor::ProfileEditor(QWidget *parent)
    : SystemEditorGroup(tr("Profile"), parent)
{
    setObjectName(QStringLiteral("profileGroupBox"));
    m_name = addLineEdit(SystemField::Name, QStringLiteral("nameLineEdit"));
    m_name->setPlaceholderText(tr("Required"));
    QLineEdit *externalId = addLineEdit(SystemField::ExternalId, QStringLiteral("externalIdLineEdit"));
    externalId->setPlaceholderText(tr("Identifier in your CMDB or asset register"));
    addLineEdit(SystemField::Vendor, QStringLiteral("vendorLineEdit"));
    addVocabularyCombo<Tristate>(SystemField::VendorOperated, QStringLiteral("vendorOperatedComboBox"))
        ->setToolTip(tr("Whether the vendor runs the system on its own infrastructure"));
    addTextEdit(SystemField::Description, QStringLiteral("descriptionTextEdit"));
    addVocabularyCombo<Paradigm>(SystemField::Paradigm, QStringLiteral("paradigmComboBox"))
        ->setToolTip(tr("The paradigm as recorded in the inventory. The derived facts below show what the "
                        "behaviour suggests."));
}

void ProfileEditor::focusName()
{
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

} // namespace Mandate
