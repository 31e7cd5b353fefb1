// Where the tests of several analysts on one server workspace start: a scratch database on the
// test server (testbackend.h) holding a workspace Alice made, with one system in it.
#pragma once

#include "common/testbackend.h"
#include "storage/workspace.h"

#include <memory>

namespace Mandate::Test {

// Makes *server and, in it, *alice's workspace (actor "alice") holding prototype, "Claims triage
// model" unless named otherwise; the system's id, or 0 with *error saying why.
inline SystemId startSharedWorkspace(std::unique_ptr<ScratchDatabase> *server, std::unique_ptr<Workspace> *alice,
                                     QString *error, AiSystem prototype = {})
{
    *server = std::make_unique<ScratchDatabase>();
    if (!(*server)->isValid()) {
        *error = (*server)->error();
        return 0;
    }
    WorkspaceError opened;
    *alice = Workspace::create((*server)->location(), &opened);
    if (!*alice) {
        *error = opened.message();
        return 0;
    }
    (*alice)->setActor(QStringLiteral("alice"));
    if (prototype.name.isEmpty())
        prototype.name = QStringLiteral("Claims triage model");
    const SystemId id = (*alice)->addSystem(prototype);
    if (id == 0)
        *error = (*alice)->lastError();
    return id;
}

// The same workspace as another analyst opens it, acting as actor; nullptr with *error otherwise.
inline std::unique_ptr<Workspace> openSharedWorkspace(const ScratchDatabase &server, const QString &actor, QString *error)
{
    WorkspaceError opened;
    auto workspace = Workspace::open(server.location(), &opened);
    if (workspace)
        workspace->setActor(actor);
    else
        *error = opened.message();
    return workspace;
}

} // namespace Mandate::Test
