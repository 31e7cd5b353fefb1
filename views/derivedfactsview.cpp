#include "derivedfactsview.h"

#include "rules/derivedfacts.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace Mandate {
namespace {

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
        a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

DerivedFactsView::DerivedFactsView(QWidget *parent)
    : SystemEditorGroup(tr("Derived facts"), parent)
{
    setObjectName(QStringLiteral("derivedFactsGroupBox"));
    form()->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form()->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);

    // The warning comes first: it is the one thing in this group that asks for action.
    m_warning = new QWidget(this);
    m_warning->setObjectName(QStringLiteral("paradigmWarning"));
    auto *warningLayout = new QHBoxLayout(m_warning);
    warningLayout->setContentsMargins(0, 0, 0, 4);
    auto *icon = new QLabel(m_warning);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    icon->setAlignment(Qt::AlignTop);
    warningLayout->addWidget(icon);
    m_warningText = new QLabel(m_warning);
    m_warningText->setObjectName(QStringLiteral("paradigmWarningLabel"));
    m_warningText->setWordWrap(true);
    m_warningText->setTextFormat(Qt::PlainText);
    warningLayout->addWidget(m_warningText, 1);
    form()->addRow(m_warning);
    m_warning->hide();

    m_identitySubject = addFact(tr("Identity subject"), QStringLiteral("identitySubject"),
        tr("Selects actions, uses tools and executes with no approval gate: "
           "govern it as an identity with an owner, scoped privileges and offboarding"));
    m_nhiRisk = addFact(tr("NHI risk"), QStringLiteral("nhiRisk"),
        tr("Holds credentials, invokes tools or changes external systems"));
    m_runtimeAuthority = addFact(tr("Runtime authority"), QStringLiteral("runtimeAuthority"),
        tr("How far its output reaches: informs, generates, gated or autonomous "
           "execution"));
    m_suggestedParadigm = addFact(tr("Suggested paradigm"), QStringLiteral("suggestedParadigm"),
        tr("The paradigm its behaviour points to, whatever it is called"));
    m_accessFootprint = addFact(tr("Access footprint"), QStringLiteral("accessFootprint"),
        tr("The highest privilege it holds, and whether it holds credentials"));
}

DerivedFactsView::FactLabels DerivedFactsView::addFact(
    const QString &caption, const QString &objectNamePrefix, const QString &toolTip)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 2);
    layout->setSpacing(1);

    auto *value = new QLabel(box);
    value->setObjectName(objectNamePrefix + QStringLiteral("ValueLabel"));
    value->setTextFormat(Qt::PlainText);
    QFont bold = value->font();
    bold.setBold(true);
    value->setFont(bold);
    layout->addWidget(value);

    auto *rationale = new QLabel(box);
    rationale->setObjectName(objectNamePrefix + QStringLiteral("RationaleLabel"));
    rationale->setTextFormat(Qt::PlainText);
    rationale->setWordWrap(true);
    rationale->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = rationale->font();
    small.setPointSizeF(small.pointSizeF() * 0.88);
    rationale->setFont(small);
    QPalette muted = rationale->palette();
    muted.setColor(
        QPalette::WindowText, blend(muted.color(QPalette::WindowText), muted.color(QPalette::Window), 0.3));
    rationale->setPalette(muted);
    layout->addWidget(rationale);

    auto *captionLabel = new QLabel(caption, this);
    captionLabel->setToolTip(toolTip);
    value->setToolTip(toolTip);
    form()->addRow(captionLabel, box);
    return { value, rationale };
}

void DerivedFactsView::show(const FactLabels &labels, const QString &value, const QStringList &rationale)
{
    labels.value->setText(value);
    labels.rationale->setText(rationale.join(QLatin1Char('\n')));
    labels.rationale->setVisible(!rationale.isEmpty());
}

void DerivedFactsView::refresh()
{
    const AiSystem *shown = system();
    if (!shown) {
        for (const FactLabels *labels :
            { &m_identitySubject, &m_nhiRisk, &m_runtimeAuthority, &m_suggestedParadigm, &m_accessFootprint })
            show(*labels, QStringLiteral("–"), {});
        m_warning->hide();
        return;
    }

    const DerivedFacts facts = deriveFacts(*shown);
    show(m_identitySubject, label(facts.identitySubject.value), facts.identitySubject.rationale);
    show(m_nhiRisk, label(facts.nhiRisk.value), facts.nhiRisk.rationale);
    show(m_runtimeAuthority, label(facts.runtimeAuthority.value), facts.runtimeAuthority.rationale);
    show(m_suggestedParadigm, label(facts.suggestedParadigm.value), facts.suggestedParadigm.rationale);
    show(m_accessFootprint, label(facts.accessFootprint.value), facts.accessFootprint.rationale);

    const Paradigm suggested = facts.suggestedParadigm.value;
    const bool contradicts = suggested != Paradigm::Undecided && suggested != shown->paradigm;
    if (contradicts) {
        m_warningText->setText(shown->paradigm == Paradigm::Undecided
                ? tr("No paradigm is recorded; the behaviour suggests %1.").arg(label(suggested))
                : tr("Recorded as %1, but the behaviour suggests %2.")
                      .arg(label(shown->paradigm), label(suggested)));
    }
    m_warning->setVisible(contradicts);
}

} // namespace Mandate
