// Argo Workflows' JSON Schema, compiled at build time (src/schema/compile_argo_schema.cpp writes
// the tables from schemas/argo-workflows-*.json): what each value may be and, for an object, its
// keys. Constant data in the binary, so checking an Argo manifest parses no schema at run time.
#pragma once

#include <cstdint>
#include <limits>
#include <span>
#include <string_view>

namespace reclint {

inline constexpr std::uint32_t kNoShape = std::numeric_limits<std::uint32_t>::max();

// The bits of ArgoShape::types.
namespace argo_type {
enum Bit : std::uint8_t { object = 1, array = 2, string = 4, integer = 8, number = 16, boolean = 32 };
}  // namespace argo_type

struct ArgoProperty {
    std::string_view key;
    std::uint32_t shape;
};

struct ArgoRemoved {
    std::string_view key;
    std::string_view replacement;  // what a user writes instead, as a sentence
};

// A slice [first, first + count) of one of the tables.
struct ArgoRange {
    std::uint32_t first = 0;
    std::uint32_t count = 0;
};

// One schema: the types a value may have and, for an object, its keys.
struct ArgoShape {
    std::uint8_t types = 0;  // argo_type bits; 0 with nothing else set: anything
    bool int_or_string = false;
    bool quantity = false;
    bool any_scalar = false;  // Argo's AnyString: text, a number or a boolean
    ArgoRange properties;     // sorted by key; non-empty: a closed object
    std::uint32_t items = kNoShape;
    std::uint32_t values = kNoShape;  // additionalProperties: a map
    ArgoRange required;
    ArgoRange removed;
    std::string_view title;

    bool is_anything() const {
        return types == 0 && !int_or_string && !quantity && !any_scalar && properties.count == 0 && items == kNoShape &&
               values == kNoShape;
    }
};

struct ArgoKind {
    std::string_view name;  // "Workflow", "CronWorkflow", ...
    std::uint32_t shape;
};

// The compiled schema of one Argo version.
struct ArgoShapes {
    std::string_view version;  // "4.1"
    std::span<const ArgoShape> shapes;
    std::span<const ArgoProperty> properties;
    std::span<const std::string_view> required;
    std::span<const ArgoRemoved> removed;
    std::span<const ArgoKind> kinds;

    std::span<const ArgoProperty> properties_of(const ArgoShape& shape) const {
        return properties.subspan(shape.properties.first, shape.properties.count);
    }
    std::span<const std::string_view> required_of(const ArgoShape& shape) const {
        return required.subspan(shape.required.first, shape.required.count);
    }
    std::span<const ArgoRemoved> removed_of(const ArgoShape& shape) const {
        return removed.subspan(shape.removed.first, shape.removed.count);
    }
    // The shape under `key` of an object shape, or kNoShape.
    std::uint32_t property(const ArgoShape& shape, std::string_view key) const;
    // The shape of a document of `kind`, or kNoShape for a kind the schema does not have.
    std::uint32_t kind(std::string_view name) const;
};

// The compiled schema of Argo `version` ("3.7", "4.1"), or null for a version reclint has none of.
const ArgoShapes* argo_shapes(std::string_view version);

}  // namespace reclint
