#include "importstore.h"

#include "storage/importwriter.h"

namespace Mandate {

std::unique_ptr<ImportStore> ImportStore::open(const ImportContext &context, QString *error)
{
    return context.serverConnection.isEmpty() ? openFile(context, error) : openServer(context, error);
}

} // namespace Mandate
