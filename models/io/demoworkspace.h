#pragma once
// The demo workspace a new user meets: realistic, invented AI systems across all four paradigms,
// with owners, privileges and credentials that exercise most of DOMAIN.md's rules. Built from the
// JSON resource :/demo/demo-workspace.json, into a file in the user's data directory.

#include "storage/workspace.h"

#include <memory>

namespace Mandate {

class DemoWorkspace
{
public:
    // Where the demo lives: <AppDataLocation>/demo.mandate.
    static QString defaultPath();
    // Creates the demo workspace at path (which must not exist) and fills it in one transaction.
    static std::unique_ptr<Workspace> create(const QString &path, WorkspaceError *error);
    // Fills an open workspace from the resource; false with a message if the resource is invalid.
    static bool populate(Workspace &workspace, QString *error);
};

} // namespace Mandate
