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

std::string slice_text(std::int64_t from, std::int64_t to) {
    return "[" + format_basis_points(from) + ", " + format_basis_points(to) + "]";
}

std::string traffic_text(const SweptExperiment& swept) {
    return slice_text(swept.from, swept.to);
}

// Which of traffic, segments or dates to split: the one that looks like a split intended but
// missed (slices that meet, "all" beside a segment, one test starting before the other ends);
// else halving the slice they share.
std::string split_hint(const SweptExperiment& a, const SweptExperiment& b) {
    if (a.from != b.from || a.to != b.to) {
        return "; split the traffic: " + slice_text(std::max(a.from, b.from), std::min(a.to, b.to)) + " is in both";
    }
    const Experiment& x = *a.ref.experiment;
    const Experiment& y = *b.ref.experiment;
    if (x.segment_name() != y.segment_name()) return "; split the segments: \"all\" includes every segment";
    const auto staggered = [](const TimeInterval& p, const TimeInterval& q) {
        return p.begin < q.begin && p.end < q.end;
    };
    if (staggered(a.period, b.period) || staggered(b.period, a.period)) {
        return "; split the dates: end one before the other starts";
    }
    const std::int64_t middle = a.from + (a.to - a.from) / 2;
    return "; split the traffic, for instance " + slice_text(a.from, middle) + " and " + slice_text(middle, a.to);
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
                        shared_segments(a, b) + ", in traffic " + traffic + split_hint(carrier, other))
            .note(other.ref.file->source, other.layer->span,
                  experiment_label(b) + " is in layer " + quoted(other.layer->text) + " here");
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(experiment_layer_overlap, reclint::LayerOverlap)
