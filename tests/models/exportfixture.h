#pragma once
// A small workspace for the export tests (JSON, campaign CSV, mandate-cli export): a deploy agent
// owned by Jürgen Müller with an admin privilege through a credential and a mapping, a CJK-named
// forecast, a payroll app, and a campaign over the agent in which Rita kept the privilege.

#include "storage/workspace.h"

#include <QDate>

#include <memory>

namespace ExportFixture {

struct Seed
{
    Mandate::SystemId agent = 0;
    Mandate::SystemId forecast = 0;
    Mandate::SystemId payroll = 0;
    Mandate::PrivilegeId adminPrivilege = 0;
    Mandate::CredentialId credential = 0;
    Mandate::CampaignId campaign = 0;
    Mandate::ReviewItemId privilegeItem = 0;
};

inline const QString kJustification = QStringLiteral("Needs it für Deployments, \"break-glass\" reviewed");

// Fills workspace; false (with a warning) when a step is refused.
inline bool seed(Mandate::Workspace &workspace, Seed *s)
{
    using namespace Mandate;
    AiSystem agent;
    agent.externalId = QStringLiteral("SYS-1");
    agent.name = QStringLiteral("Deploy agent");
    agent.description = QStringLiteral("Rolls out Größenänderungen");
    agent.paradigm = Paradigm::Agentic;
    agent.behaviour.usesTools = Tristate::Yes;
    agent.lifecycleStage = LifecycleStage::Production;
    agent.customAttributes = QJsonObject { { QStringLiteral("cost_centre"), QStringLiteral("CC-42") } };
    s->agent = workspace.addSystem(agent);
    AiSystem forecast;
    forecast.externalId = QStringLiteral("SYS-2");
    forecast.name = QStringLiteral("需要予測");
    forecast.vendor = QStringLiteral("Acme, Inc.");
    forecast.paradigm = Paradigm::Predictive;
    s->forecast = workspace.addSystem(forecast);
    AiSystem payroll;
    payroll.externalId = QStringLiteral("SYS-3");
    payroll.name = QStringLiteral("Payroll app");
    s->payroll = workspace.addSystem(payroll);
    if (!s->agent || !s->forecast || !s->payroll
        || !workspace.setSystemOwner(s->agent, SystemField::BusinessOwner, QStringLiteral("Jürgen Müller")))
        return false;

    Credential credential;
    credential.name = QStringLiteral("svc-deploy");
    credential.kind = CredentialKind::Token;
    credential.created = QDate(2026, 1, 5);
    credential.environments = QStringList { QStringLiteral("production") };
    s->credential = workspace.addCredential(credential);
    Privilege privilege;
    privilege.systemId = s->agent;
    privilege.target = QStringLiteral("prod-cluster");
    privilege.scope = Scope::Admin;
    privilege.credentialId = s->credential;
    s->adminPrivilege = workspace.addPrivilege(privilege);
    Mapping mapping;
    mapping.systemId = s->agent;
    mapping.catalogId = QStringLiteral("owasp-agentic-2026");
    mapping.itemId = QStringLiteral("ASI03");
    mapping.status = MappingStatus::Partial;
    mapping.controlNote = QStringLiteral("Vault-Tokens, 日次ローテーション");
    if (!s->credential || !s->adminPrivilege || !workspace.setMapping(mapping)) {
        qWarning("%s", qPrintable(workspace.lastError()));
        return false;
    }

    Campaign draft;
    draft.name = QStringLiteral("Q2 Überprüfung");
    draft.scope = QStringLiteral("deploy");
    draft.reviewers = QStringList { QStringLiteral("Rita") };
    draft.due = QDate::currentDate().addDays(30);
    s->campaign = workspace.createCampaign(draft);
    if (!s->campaign) {
        qWarning("%s", qPrintable(workspace.lastError()));
        return false;
    }
    for (const ReviewItem &item : workspace.reviewItems(s->campaign)) {
        if (item.privilegeId == s->adminPrivilege)
            s->privilegeItem = item.id;
    }
    if (!workspace.decideReviewItems(
            s->campaign, QStringLiteral("Rita"), { { s->privilegeItem, ReviewDecision::Keep, kJustification } })) {
        qWarning("%s", qPrintable(workspace.lastError()));
        return false;
    }
    return true;
}

} // namespace ExportFixture
