// change/reassignment: a running experiment's change that moves users between arms or out of the
// test: its salt, unit, layer, type, interleaving method, set of variants or a variant's weight,
// or a traffic slice that no longer holds the base's (widening it, ramping up, is safe).
#include <algorithm>

#include "change/change_rules.hpp"

namespace reclint {
namespace {

constexpr std::string_view kMoves = ": users would move between arms; raise \"phase\" with a new salt to re-randomize";

std::string quoted_or_none(const TextValue* value) {
    return value ? quoted(value->text) : "nothing";
}

std::string names(const Experiment& experiment) {
    std::vector<std::string_view> found;
    for (const Variant& variant : experiment.variants) {
        if (variant.name) found.push_back(variant.name->text);
    }
    std::sort(found.begin(), found.end());
    return found.empty() ? "none" : quoted_list(found);
}

struct Slice {
    std::int64_t from = 0;
    std::int64_t to = 10000;
    std::string text = "[0, 100]";
};

Slice slice_of(const Experiment& experiment) {
    const auto& traffic = experiment.traffic;
    if (!traffic || !traffic->from.parsed.ok() || !traffic->to.parsed.ok()) return {};
    return {traffic->from.parsed.basis_points, traffic->to.parsed.basis_points,
            "[" + std::string(traffic->from.text) + ", " + std::string(traffic->to.text) + "]"};
}

class Reassignment final : public Rule {
  public:
    Reassignment()
        : Rule({"change/reassignment", Severity::error,
                "a running experiment's change that moves users between arms (`--base`)"}) {}

    void check_repository(const Repository& repository, RuleContext& context) const override {
        for (const ExperimentChange& change : running_experiment_changes(repository)) {
            if (!change.new_phase()) check(change, repository, context);
        }
    }

  private:
    static void check(const ExperimentChange& change, const Repository& repository, RuleContext& context) {
        const Experiment& now = *change.now.experiment;
        const Experiment& before = *change.before.experiment;
        const auto text = [&](std::string_view what, const TextValue* was, const TextValue* is) {
            if ((was ? was->text : "") == (is ? is->text : "")) return;
            report(change, repository, context, is ? &is->span : nullptr,
                   std::string(what) + " of running " + experiment_label(now) + " changed from " + quoted_or_none(was) +
                       " to " + quoted_or_none(is));
        };
        text("salt", before.salt_or_name(), now.salt_or_name());
        const TextValue default_unit{"user_id"};
        text("unit", before.unit ? &*before.unit : &default_unit, now.unit ? &*now.unit : &default_unit);
        text("layer", before.layer_or_surface(), now.layer_or_surface());
        text("type", before.type_text ? &*before.type_text : nullptr, now.type_text ? &*now.type_text : nullptr);
        const auto method = [](const Experiment& experiment) {
            return experiment.interleaving && experiment.interleaving->method ? &*experiment.interleaving->method
                                                                              : nullptr;
        };
        text("interleaving method", method(before), method(now));
        check_variants(change, repository, context);
        check_traffic(change, repository, context);
    }

    static void check_variants(const ExperimentChange& change, const Repository& repository, RuleContext& context) {
        const Experiment& now = *change.now.experiment;
        const Experiment& before = *change.before.experiment;
        if (names(now) != names(before)) {
            report(change, repository, context, now.variants_key ? &*now.variants_key : nullptr,
                   "variants of running " + experiment_label(now) + " changed from " + names(before) + " to " +
                       names(now));
            return;
        }
        for (const Variant& variant : now.variants) {
            const auto was = std::find_if(before.variants.begin(), before.variants.end(), [&](const Variant& other) {
                return other.name && variant.name && other.name->text == variant.name->text;
            });
            if (was == before.variants.end()) continue;
            const std::string_view old_weight = was->weight ? was->weight->text : "none";
            const std::string_view new_weight = variant.weight ? variant.weight->text : "none";
            const bool same = was->weight && variant.weight && was->weight->parsed.ok() && variant.weight->parsed.ok()
                                  ? was->weight->parsed.basis_points == variant.weight->parsed.basis_points
                                  : old_weight == new_weight;
            if (same) continue;
            report(change, repository, context, variant.weight ? &variant.weight->span : &variant.span,
                   "weight of " + variant_label(variant) + " of running " + experiment_label(now) + " changed from " +
                       std::string(old_weight) + " to " + std::string(new_weight));
        }
    }

    static void check_traffic(const ExperimentChange& change, const Repository& repository, RuleContext& context) {
        const Experiment& now = *change.now.experiment;
        const Slice was = slice_of(*change.before.experiment);
        const Slice is = slice_of(now);
        if (is.from <= was.from && was.to <= is.to) return;
        const Span* at = now.traffic ? &now.traffic->span : nullptr;
        context.report(change.now.file->source, change_span(change.now, at),
                       "traffic of running " + experiment_label(now) + " changed from " + was.text + " to " + is.text +
                           at_base(repository) +
                           ": users outside the new slice would leave the test; only widening it is safe, or "
                           "raise \"phase\" with a new salt to re-randomize");
    }

    static void report(const ExperimentChange& change, const Repository& repository, RuleContext& context,
                       const Span* at, const std::string& what) {
        context.report(change.now.file->source, change_span(change.now, at),
                       what + at_base(repository) + std::string(kMoves));
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(change_reassignment, reclint::Reassignment)
