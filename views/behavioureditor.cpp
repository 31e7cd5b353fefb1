#include "behavioureditor.h"

namespace Mandate {

BehaviourEditor::BehaviourEditor(QWidget *parent)
    : SystemEditorGroup(tr("Behaviour"), parent)
{
    setObjectName(QStringLiteral("behaviourGroupBox"));
    addVocabularyCombo<OutputKind>(SystemField::OutputKind, QStringLiteral("outputKindComboBox"))
        ->setToolTip(tr("What the system produces: explanations, predictions, content or actions"));
    addVocabularyCombo<Tristate>(SystemField::SelectsActions, QStringLiteral("selectsActionsComboBox"))
        ->setToolTip(tr("Chooses its own next steps at runtime"));
    addVocabularyCombo<Tristate>(SystemField::UsesTools, QStringLiteral("usesToolsComboBox"))
        ->setToolTip(tr("Invokes tools, functions, APIs, plugins or MCP servers"));
    addVocabularyCombo<ApprovalGate>(SystemField::ApprovalGate, QStringLiteral("approvalGateComboBox"))
        ->setToolTip(tr("Whether a person approves before anything is executed"));
    addVocabularyCombo<Tristate>(
        SystemField::AccessesCredentials, QStringLiteral("accessesCredentialsComboBox"))
        ->setToolTip(tr("Holds or can use secrets, tokens, keys or service accounts"));
    addVocabularyCombo<Tristate>(
        SystemField::AffectsExternalSystems, QStringLiteral("affectsExternalSystemsComboBox"))
        ->setToolTip(tr("Completes workflows that change systems outside the model"));
    addVocabularyCombo<Tristate>(
        SystemField::OutputFeedsExecution, QStringLiteral("outputFeedsExecutionComboBox"))
        ->setToolTip(tr("Its output reaches a handoff point without being re-typed by a person"));
    addVocabularyCombo<Tristate>(SystemField::PersistentMemory, QStringLiteral("persistentMemoryComboBox"))
        ->setToolTip(tr("Keeps memory across sessions, which widens the threat surface"));
    addVocabularyCombo<Tristate>(SystemField::MultiAgent, QStringLiteral("multiAgentComboBox"))
        ->setToolTip(tr("Works with or delegates to other agents"));
}

} // namespace Mandate
