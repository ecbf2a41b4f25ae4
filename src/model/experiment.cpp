#include "model/experiment.hpp"

#include "model/value_readers.hpp"

namespace reclint {

namespace {

std::optional<ExperimentType> experiment_type(std::string_view text) {
    if (text == "ab") return ExperimentType::ab;
    if (text == "interleaving") return ExperimentType::interleaving;
    return std::nullopt;
}

std::optional<TrafficSlice> read_traffic(const Node& root) {
    const Node* node = root.find("traffic");
    if (!node || !node->is_sequence() || node->items().size() != 2) return std::nullopt;
    std::optional<PercentValue> from = read_percent(*node->items()[0]);
    std::optional<PercentValue> to = read_percent(*node->items()[1]);
    if (!from || !to) return std::nullopt;
    return TrafficSlice{node->span, *from, *to};
}

std::optional<InterleavingSettings> read_interleaving(const Node& root) {
    const MapEntry* entry = root.find_entry("interleaving");
    if (!entry || !entry->value->is_mapping()) return std::nullopt;
    return InterleavingSettings{entry->key->span, read_text(*entry->value, "method")};
}

Variant read_variant(const Node& node) {
    Variant variant;
    variant.span = node.span;
    variant.name = read_text(node, "name");
    variant.control = read_flag(node, "control");
    variant.weight = read_percent(node, "weight");
    variant.source = read_text(node, "source");
    variant.fallback = read_text_list(node, "fallback").value_or(std::vector<TextValue>{});
    return variant;
}

void read_variants(const Node& root, Experiment& experiment) {
    const MapEntry* entry = root.find_entry("variants");
    if (!entry || !entry->value->is_sequence()) return;
    experiment.variants_key = entry->key->span;
    for (const Node* item : entry->value->items()) {
        if (item->is_mapping()) experiment.variants.push_back(read_variant(*item));
    }
}

}  // namespace

const TextValue* Experiment::layer_or_surface() const {
    if (layer) return &*layer;
    return surface ? &*surface : nullptr;
}

const TextValue* Experiment::salt_or_name() const {
    if (salt) return &*salt;
    return name ? &*name : nullptr;
}

std::optional<TimeInterval> Experiment::period() const {
    return running_time(start, end);
}

Experiment read_experiment(const Node& root) {
    Experiment experiment;
    experiment.span = root.span;
    experiment.name = read_text(root, "name");
    experiment.owner = read_text(root, "owner");
    experiment.description = read_text(root, "description");
    experiment.surface = read_text(root, "surface");
    if (std::optional<TextValue> type = read_text(root, "type")) {
        experiment.type = experiment_type(type->text);
        if (experiment.type) experiment.type_text = type;
    }
    experiment.unit = read_text(root, "unit");
    experiment.segment = read_text(root, "segment");
    experiment.start = read_time(root, "start");
    experiment.end = read_time(root, "end");
    experiment.layer = read_text(root, "layer");
    experiment.traffic = read_traffic(root);
    experiment.salt = read_text(root, "salt");
    experiment.holdout = read_text(root, "holdout");
    experiment.interleaving = read_interleaving(root);
    read_variants(root, experiment);
    return experiment;
}

}  // namespace reclint
