#include "customattributesview.h"

#include "storage/workspace.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>

namespace Mandate {
namespace {

// Beyond these a name or value is cut short in the panel and shown whole in its tooltip: a file's
// free-text column can hold pages, which would push everything else out of sight.
constexpr int kMaxKeyChars = 90;
constexpr int kMaxValueChars = 280;
constexpr int kMaxValueLines = 4;

// As the value came: text as it is, anything else (numbers, lists, objects) as compact JSON.
QString displayText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isNull() || value.isUndefined())
        return {};
    const QByteArray json = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2)); // without the array's brackets
}

QString shortened(const QString &text, int maxChars, int maxLines)
{
    QString result = text;
    if (maxLines > 0) {
        int newlines = 0;
        for (int i = 0; i < result.size(); ++i) {
            if (result.at(i) == QLatin1Char('\n') && ++newlines == maxLines) {
                result.truncate(i);
                break;
            }
        }
    }
    if (result.size() > maxChars) {
        // At a word boundary when there is one not too far back.
        const int space = result.lastIndexOf(QLatin1Char(' '), maxChars);
        result.truncate(space > maxChars * 3 / 4 ? space : maxChars);
    }
    if (result.size() == text.size())
        return text;
    return result.trimmed() + QChar(0x2026); // …
}

// Rich text, so that the tooltip wraps instead of running off the screen.
QString wrappingToolTip(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return QStringLiteral("<p>") + escaped + QStringLiteral("</p>");
}

QLabel *textLabel(const QString &text, int maxChars, int maxLines, QWidget *parent)
{
    const QString shown = shortened(text, maxChars, maxLines);
    auto *label = new QLabel(shown, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    if (shown != text)
        label->setToolTip(wrappingToolTip(text));
    return label;
}

void clearLayout(QLayout *layout)
{
    while (layout->count() > 0) {
        QLayoutItem *item = layout->takeAt(0);
        delete item->widget();
        delete item;
    }
}

} // namespace

CustomAttributesView::CustomAttributesView(QWidget *parent)
    : SystemEditorGroup(tr("Imported attributes"), parent)
{
    setObjectName(QStringLiteral("customAttributesGroupBox"));

    m_none = new QLabel(tr("None"), this);
    m_none->setObjectName(QStringLiteral("customAttributesNoneLabel"));
    m_none->setToolTip(tr("Columns of an imported file that match no field are kept here as they came"));
    QPalette muted = m_none->palette(); // drawn muted, like a placeholder, yet readable
    const QColor text = muted.color(QPalette::WindowText);
    const QColor window = muted.color(QPalette::Window);
    muted.setColor(QPalette::WindowText,
        QColor::fromRgbF(text.redF() * 0.6f + window.redF() * 0.4f,
            text.greenF() * 0.6f + window.greenF() * 0.4f, text.blueF() * 0.6f + window.blueF() * 0.4f));
    m_none->setPalette(muted);
    form()->addRow(m_none);

    m_attributes = new QWidget(this);
    m_attributes->setObjectName(QStringLiteral("customAttributesWidget"));
    auto *attributesForm = new QFormLayout(m_attributes);
    attributesForm->setContentsMargins(0, 0, 0, 0);
    attributesForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    attributesForm->setRowWrapPolicy(QFormLayout::DontWrapRows);
    attributesForm->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form()->addRow(m_attributes);

    m_findings = new QWidget(this);
    m_findings->setObjectName(QStringLiteral("importFindingsWidget"));
    m_findingsLayout = new QVBoxLayout(m_findings);
    m_findingsLayout->setContentsMargins(0, 4, 0, 0);
    form()->addRow(m_findings);

    rebuild({}, {});
}

void CustomAttributesView::setKeyWidth(int width)
{
    m_keyWidth = width;
    rebuild(m_shownAttributes,
        workspace() && m_shownId ? workspace()->importFindings(m_shownId) : QVector<ImportFinding>());
}

QString CustomAttributesView::findingText(const ImportFinding &finding)
{
    const QString file = QFileInfo(finding.sourceFile).fileName();
    if (finding.rule == QLatin1String("F-SECRET-IN-INVENTORY")) {
        return tr("%1: a secret (%2) was redacted from column “%3”, line %4 in %5")
            .arg(finding.rule, finding.detail, finding.column, QString::number(finding.line), file);
    }
    return tr("%1: %2 (column “%3”, line %4 in %5)")
        .arg(finding.rule, finding.detail, finding.column, QString::number(finding.line), file);
}

void CustomAttributesView::refresh()
{
    const AiSystem *shown = system();
    const SystemId id = shown ? shown->id : 0;
    const QJsonObject attributes = shown ? shown->customAttributes : QJsonObject();
    const QVector<ImportFinding> findings
        = shown ? workspace()->importFindings(id) : QVector<ImportFinding>();
    QVector<qint64> findingIds;
    for (const ImportFinding &finding : findings)
        findingIds << finding.id;
    if (id == m_shownId && attributes == m_shownAttributes && findingIds == m_shownFindings)
        return;
    m_shownId = id;
    m_shownFindings = findingIds;
    rebuild(attributes, findings);
}

void CustomAttributesView::rebuild(const QJsonObject &attributes, const QVector<ImportFinding> &findings)
{
    m_shownAttributes = attributes;
    // Hidden while rebuilt: showing the containers again shows the new rows at once (rows added to
    // a visible widget would only appear after the next event loop pass).
    m_attributes->hide();
    m_findings->hide();
    clearLayout(m_attributes->layout());
    clearLayout(m_findingsLayout);
    // In the order stored, which is the order of the names.
    for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it)
        addAttribute(it.key(), displayText(it.value()));
    for (const ImportFinding &finding : findings)
        addFinding(finding);
    m_none->setVisible(attributes.isEmpty());
    m_attributes->setVisible(!attributes.isEmpty());
    m_findings->setVisible(!findings.isEmpty());
}

void CustomAttributesView::addAttribute(const QString &key, const QString &value)
{
    QLabel *keyLabel = textLabel(key, kMaxKeyChars, 0, m_attributes);
    keyLabel->setObjectName(QStringLiteral("customAttributeKeyLabel"));
    keyLabel->setTextInteractionFlags(Qt::NoTextInteraction);
    const int keyWidth = m_keyWidth > 0 ? m_keyWidth : fontMetrics().averageCharWidth() * 18;
    keyLabel->setFixedWidth(keyWidth);

    QLabel *valueLabel = textLabel(
        value.isEmpty() ? QStringLiteral("–") : value, kMaxValueChars, kMaxValueLines, m_attributes);
    valueLabel->setObjectName(QStringLiteral("customAttributeValueLabel"));
    static_cast<QFormLayout *>(m_attributes->layout())->addRow(keyLabel, valueLabel);
}

void CustomAttributesView::addFinding(const ImportFinding &finding)
{
    auto *row = new QWidget(m_findings);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *icon = new QLabel(row);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    icon->setAlignment(Qt::AlignTop);
    layout->addWidget(icon);
    auto *text = new QLabel(findingText(finding), row);
    text->setObjectName(QStringLiteral("importFindingLabel"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setToolTip(tr("Found on %1 while importing %2")
                         .arg(QLocale().toString(finding.foundAt, QLocale::ShortFormat), finding.sourceFile));
    layout->addWidget(text, 1);
    m_findingsLayout->addWidget(row);
}

} // namespace Mandate
