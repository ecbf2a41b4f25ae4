// experiment/surface-conflict: two experiments that change one surface for the same users from
// different layers. Layers randomize independently, so a user can be in both tests at once and
// neither measures what it means to.
//
// Found by a sweep per surface (model/overlap_sweep.hpp), O(n log n): each experiment in such a
// conflict is reported at least once, against one experiment it conflicts with, never all pairs.
#include <algorithm>

#include "experiment/overlap_text.hpp"
#include "model/group_by_key.hpp"

namespace reclint {
namespace {

class SurfaceConflict final : public Rule {
  public:
    SurfaceConflict()
        : Rule({"experiment/surface-conflict", Severity::error,
                "two experiments on one surface, in different layers, whose dates and segments "
                "overlap "
                "(`new_users` and `existing_users` do not overlap each other; `all` overlaps "
                "both)"}) {}

    void check_repository(const Repository& repository, RuleContext& context) const override {
        std::vector<SweptExperiment> swept;
        for (const ExperimentRef& ref : repository_experiments(repository)) {
            auto each = swept_experiment(ref);
            if (each && ref.experiment->surface) swept.push_back(*each);
        }
        for_each_key_group(
            swept, [](const SweptExperiment& each) { return each.ref.experiment->surface->text; },
            [&context](std::span<SweptExperiment> on_surface) { check_surface(on_surface, context); });
    }

  private:
    static void check_surface(std::span<const SweptExperiment> on_surface, RuleContext& context) {
        // The layers become keys of the sweep's second axis: experiments meet when they differ.
        std::unordered_map<std::string_view, std::int64_t> layer_keys;
        Audiences audiences;
        std::vector<SweepItem> items;
        for (const SweptExperiment& each : on_surface) {
            const auto key = layer_keys.emplace(each.layer->text, static_cast<std::int64_t>(layer_keys.size())).first;
            items.push_back({each.period, audiences.of(*each.ref.experiment), key->second, key->second + 1});
        }
        for (const MeetingPair& pair : find_meetings(items, SliceRule::different)) {
            const SweptExperiment* carrier = &on_surface[pair.later];
            const SweptExperiment* other = &on_surface[pair.earlier];
            if (!carries_clash(surface_place(*carrier), surface_place(*other))) std::swap(carrier, other);
            report(*carrier, *other, context);
        }
    }

    static ClashPlace surface_place(const SweptExperiment& each) {
        return each.ref.at(each.ref.experiment->surface->span);
    }

    static void report(const SweptExperiment& carrier, const SweptExperiment& other, RuleContext& context) {
        const Experiment& a = *carrier.ref.experiment;
        const Experiment& b = *other.ref.experiment;
        context
            .report(carrier.ref.file->source, a.surface->span,
                    experiment_label(a) + " (layer " + quoted(carrier.layer->text) + ") and " + other_experiment(b) +
                        " (layer " + quoted(other.layer->text) + ") both change surface " + quoted(a.surface->text) +
                        " " + shared_dates(a, b) + ", on " + shared_segments(a, b))
            .note(other.ref.file->source, b.surface->span,
                  experiment_label(b) + " is on surface " + quoted(b.surface->text) + " here");
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(experiment_surface_conflict, reclint::SurfaceConflict)
