// The typed view of an experiment document (docs/formats.md), with the span of every value a
// diagnostic may point at. Values of the wrong type are absent (the schema rules report them).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "load/node.hpp"
#include "model/values.hpp"

namespace reclint {

enum class ExperimentType { ab, interleaving };

struct Variant {
    Span span;  // the variant's mapping
    std::optional<TextValue> name;
    std::optional<FlagValue> control;
    std::optional<PercentValue> weight;
    std::optional<TextValue> source;
    std::vector<TextValue> fallback;  // in order; the tables shown when the source runs out
};

// `traffic: [from, to]`, both numbers.
struct TrafficSlice {
    Span span;  // the sequence
    PercentValue from;
    PercentValue to;
};

struct InterleavingSettings {
    Span key;  // "interleaving"
    std::optional<TextValue> method;
};

struct Experiment {
    Span span;  // the document's mapping
    std::optional<TextValue> name;
    std::optional<TextValue> owner;
    std::optional<TextValue> description;
    std::optional<TextValue> surface;
    std::optional<ExperimentType> type;
    std::optional<TextValue> type_text;  // the value of `type:` when it is a known type
    std::optional<TextValue> unit;
    std::optional<TextValue> segment;
    std::optional<TimeValue> start;
    std::optional<TimeValue> end;
    std::optional<TextValue> layer;
    std::optional<TrafficSlice> traffic;
    std::optional<TextValue> salt;
    std::optional<TextValue> holdout;
    std::optional<InterleavingSettings> interleaving;
    std::optional<Span> variants_key;  // "variants", when it holds a list
    std::vector<Variant> variants;

    // The values in effect, with the defaults of docs/formats.md.
    std::string_view unit_name() const { return unit ? unit->text : "user_id"; }
    std::string_view segment_name() const { return segment ? segment->text : "all"; }
    // The layer, or the surface it defaults to; nullptr when neither is given.
    const TextValue* layer_or_surface() const;
    // The salt, or the name it defaults to; nullptr when neither is given.
    const TextValue* salt_or_name() const;
    // From start to end when both parse and end is not before start.
    std::optional<TimeInterval> period() const;
};

// Reads an experiment document; tolerant of any shape.
Experiment read_experiment(const Node& root);

}  // namespace reclint
