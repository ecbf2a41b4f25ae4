// experiment/layer-overlap: two experiments of one layer that can get the same user: their dates,
// segments and traffic slices all overlap. Layers exist to keep their experiments exclusive.
//
// Found by a sweep per layer (model/overlap_sweep.hpp), O(n log n): each experiment that overlaps
// another is reported at least once, against one experiment it overlaps, never all pairs.
#include <algorithm>

#include "experiment/overlap_text.hpp"
#include "model/group_by_key.hpp"

namespace reclint {
namespace {

std::string traffic_text(const SweptExperiment& swept) {
    return "[" + format_basis_points(swept.from) + ", " + format_basis_points(swept.to) + "]";
}

class LayerOverlap final : public Rule {
  public:
    LayerOverlap()
        : Rule({"experiment/layer-overlap", Severity::error,
                "two experiments in one layer whose dates, segments and traffic slices all "
                "overlap"}) {}

    void check_repository(const Repository& repository, RuleContext& context) const override {
        std::vector<SweptExperiment> swept;
        for (const ExperimentRef& ref : repository_experiments(repository)) {
            auto each = swept_experiment(ref);
            if (each && each->traffic_valid) swept.push_back(*each);
        }
        for_each_key_group(
            swept, [](const SweptExperiment& each) { return each.layer->text; },
            [&context](std::span<SweptExperiment> layer) { check_layer(layer, context); });
    }

  private:
    static void check_layer(std::span<const SweptExperiment> layer, RuleContext& context) {
        Audiences audiences;
        std::vector<SweepItem> items;
        for (const SweptExperiment& each : layer) {
            items.push_back({each.period, audiences.of(*each.ref.experiment), each.from, each.to});
        }
        for (const MeetingPair& pair : find_meetings(items, SliceRule::overlapping)) {
            const SweptExperiment* carrier = &layer[pair.later];
            const SweptExperiment* other = &layer[pair.earlier];
            if (!carries_clash(carrier->ref.at(carrier->layer->span), other->ref.at(other->layer->span))) {
                std::swap(carrier, other);
            }
            report(*carrier, *other, context);
        }
    }

    static void report(const SweptExperiment& carrier, const SweptExperiment& other, RuleContext& context) {
        const Experiment& a = *carrier.ref.experiment;
        const Experiment& b = *other.ref.experiment;
        const std::string traffic = traffic_text(carrier) == traffic_text(other)
                                        ? traffic_text(carrier)
                                        : traffic_text(carrier) + " and " + traffic_text(other);
        context
            .report(carrier.ref.file->source, carrier.layer->span,
                    experiment_label(a) + " overlaps " + other_experiment(b) + " in layer " +
                        quoted(carrier.layer->text) + ": both run " + shared_dates(a, b) + ", on " +
                        shared_segments(a, b) + ", in traffic " + traffic)
            .note(other.ref.file->source, other.layer->span,
                  experiment_label(b) + " is in layer " + quoted(other.layer->text) + " here");
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(experiment_layer_overlap, reclint::LayerOverlap)
