#pragma once
// Turns the values analysts' files really hold into the ids of the native layout: "Yes", "Y",
// "true", "1" become yes; "Agentic AI", "Generative AI", "Classical ML", "NLP", "Computer Vision"
// become a recorded paradigm; "Pre-deployment", "Pilot", "Deployed", "Retired" become lifecycle
// stages. What cannot be understood is reported, never guessed.

#include "domain/systemfield.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace Mandate::ValueNormalizer {

// The value in the storage form AiSystem::setValue() takes; nullopt with *problem when the raw
// text is not understood for that field. Empty text yields the field's empty value (unknown, "").
// Owner fields return the person's name as text (the importer resolves people).
std::optional<QVariant> normalize(SystemField field, const QString &raw, QString *problem);

} // namespace Mandate::ValueNormalizer
