#include "rules/evidencefindings.h"

#include "rules/findingtext.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace Mandate {
namespace {

// The action as lower-case letters and digits only: "Attach Policy", "attach_policy" and
// "AttachPolicy" read alike.
QString normalised(const QString &action)
{
    QString result;
    result.reserve(action.size());
    for (const QChar c : action) {
        if (c.isLetterOrNumber())
            result.append(c.toLower());
    }
    return result;
}

bool startsWithAny(const QString &text, std::initializer_list<const char *> prefixes)
{
    return std::any_of(prefixes.begin(), prefixes.end(),
                       [&](const char *prefix) { return text.startsWith(QLatin1String(prefix)); });
}

bool containsAny(const QString &text, std::initializer_list<const char *> parts)
{
    return std::any_of(parts.begin(), parts.end(),
                       [&](const char *part) { return text.contains(QLatin1String(part)); });
}

Finding blank(const char *rule, Severity severity, std::initializer_list<const char *> frameworks)
{
    Finding finding { QString::fromLatin1(rule), severity, QString(), {} };
    for (const char *id : frameworks)
        finding.frameworks << QString::fromLatin1(id);
    return finding;
}

} // namespace

ActionClass classifyAction(const QString &action)
{
    const QString verb = normalised(action);
    // Reading a policy is still reading, so read-like verbs are recognised first.
    if (startsWithAny(verb, { "read", "get", "list", "describe", "query", "select", "head", "search", "view", "fetch" }))
        return ActionClass::Read;
    if (startsWithAny(verb, { "admin", "grant", "revoke", "setiam" }) || containsAny(verb, { "policy", "role", "permission" }))
        return ActionClass::Admin;
    return ActionClass::Write;
}

bool targetCovered(const Privilege &privilege, const QString &target)
{
    const QString declared = privilege.target.trimmed();
    if (declared.endsWith(u'*'))
        return target.startsWith(declared.left(declared.size() - 1), Qt::CaseInsensitive);
    return declared.compare(target.trimmed(), Qt::CaseInsensitive) == 0;
}

bool scopeAllows(Scope scope, ActionClass action)
{
    switch (scope) {
    case Scope::Read: return action == ActionClass::Read;
    case Scope::Write:
    case Scope::Execute: return action != ActionClass::Admin;
    case Scope::Admin: return true;
    }
    return false;
}

QVector<Finding> undeclaredAccessFindings(const QVector<Privilege> &privileges, const QVector<ObservedAccess> &observed)
{
    QVector<const Privilege *> active;
    for (const Privilege &privilege : privileges) {
        if (privilege.status == PrivilegeStatus::Active)
            active << &privilege;
    }
    // Per target (case-insensitive), in order of first appearance: whether any privilege covers it,
    // and the offending accesses.
    struct Offence
    {
        QString target;
        bool targetDeclared = false;
        QString action; // the first offending action
        qint64 count = 0;
    };
    QVector<Offence> offences;
    QHash<QString, int> indexOf;
    for (const ObservedAccess &access : observed) {
        bool targetDeclared = false;
        bool allowed = false;
        const ActionClass kind = classifyAction(access.action);
        for (const Privilege *privilege : active) {
            if (!targetCovered(*privilege, access.target))
                continue;
            targetDeclared = true;
            if (scopeAllows(privilege->scope, kind)) {
                allowed = true;
                break;
            }
        }
        if (allowed)
            continue;
        const QString key = access.target.trimmed().toCaseFolded();
        auto it = indexOf.constFind(key);
        if (it == indexOf.constEnd()) {
            it = indexOf.insert(key, int(offences.size()));
            offences.append(Offence { access.target, targetDeclared, access.action, 0 });
        }
        offences[*it].count += access.count;
    }

    QVector<Finding> findings;
    for (const Offence &offence : offences) {
        Finding finding = blank("F-UNDECLARED", Severity::High, { "ASI03", "NHI5", "800-207 T4", "800-207 T6" });
        const int count = int(std::min<qint64>(offence.count, std::numeric_limits<int>::max()));
        finding.reason = offence.targetDeclared
            ? QCoreApplication::translate("Findings",
                  "Observed \"%1\" on %2 %Ln times, beyond the declared scope", nullptr, count)
                  .arg(offence.action, offence.target)
            : QCoreApplication::translate("Findings",
                  "Observed \"%1\" on %2 %Ln times, which no declared privilege covers", nullptr, count)
                  .arg(offence.action, offence.target);
        findings.append(finding);
    }
    return findings;
}

QVector<Finding> unusedPrivilegeFindings(const QVector<Privilege> &privileges, const QVector<ObservedAccess> &observed)
{
    if (observed.isEmpty())
        return {};
    QDateTime first;
    QDateTime last;
    for (const ObservedAccess &access : observed) {
        if (access.first.isValid() && (!first.isValid() || access.first < first))
            first = access.first;
        if (access.last.isValid() && (!last.isValid() || access.last > last))
            last = access.last;
    }
    QVector<Finding> findings;
    for (const Privilege &privilege : privileges) {
        if (privilege.status != PrivilegeStatus::Active)
            continue;
        const bool used = std::any_of(observed.cbegin(), observed.cend(),
                                      [&](const ObservedAccess &access) { return targetCovered(privilege, access.target); });
        if (used)
            continue;
        Finding finding = blank("F-UNUSED", Severity::Low, { "NHI5" });
        finding.privilegeId = privilege.id;
        finding.reason = QCoreApplication::translate("Findings",
                             "Declared privilege on %1 (%2) not used between %3 and %4")
                             .arg(privilege.target, label(privilege.scope), FindingText::utcTime(first), FindingText::utcTime(last));
        findings.append(finding);
    }
    return findings;
}

} // namespace Mandate
