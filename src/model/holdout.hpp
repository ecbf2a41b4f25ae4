// The typed view of a holdout document (docs/formats.md): users kept out of every experiment
// that names it, on its surfaces, for its dates.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "load/node.hpp"
#include "model/values.hpp"

namespace reclint {

struct Holdout {
    Span span;  // the document's mapping
    std::optional<TextValue> name;
    std::optional<TextValue> unit;
    std::optional<PercentValue> percent;
    std::optional<TimeValue> start;
    std::optional<TimeValue> end;
    std::optional<TextValue> salt;
    std::optional<std::vector<TextValue>> surfaces;  // absent: every surface
    Span surfaces_key;

    const TextValue* salt_or_name() const { return salt ? &*salt : name ? &*name : nullptr; }
    std::optional<TimeInterval> period() const;
    bool covers_surface(std::string_view surface) const;
};

// Reads a holdout document; tolerant of any shape.
Holdout read_holdout(const Node& root);

}  // namespace reclint
