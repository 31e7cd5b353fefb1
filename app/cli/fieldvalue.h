#pragma once
// Turns the text a person typed for `mandate-cli set WS ID FIELD VALUE` into the storage form the
// workspace expects (vocabulary ids, whole days, ISO dates), or says exactly what was wrong, so that
// a bad value is refused before anything is written. The checks are the workspace's own
// (normalizedFieldValue); this adds owners by name and a description of each field for --help.

#include "domain/systemfield.h"

#include <QVariant>
#include <optional>

namespace Mandate {
namespace FieldValue {

// The storage form of text for field, or nullopt with a one-line translated problem.
// Owner fields yield the person's name (trimmed; empty clears the owner). A vocabulary value may be
// given by its id or its label in the current language, in any case.
std::optional<QVariant> parse(SystemField field, const QString &text, QString *problem);

// What field accepts, for --help and error messages (translated).
QString accepted(SystemField field);

} // namespace FieldValue
} // namespace Mandate
