// experiment/holdout: the holdout an experiment names must exist, randomize on the same unit,
// cover the experiment's dates and its surface; otherwise the holdout users leak into the test.
// A clash with a holdout is reported on the experiment, or on the holdout when only the holdout's
// file is named (pre-commit on an edited holdout).
#include <unordered_map>

#include "experiment/repository_experiments.hpp"
#include "text/did_you_mean.hpp"

namespace reclint {
namespace {

class HoldoutRule final : public Rule {
  public:
    HoldoutRule()
        : Rule({"experiment/holdout", Severity::error,
                "a holdout that does not exist, has another unit, or does not cover the "
                "experiment's dates"}) {}

    void check_repository(const Repository& repository, RuleContext& context) const override {
        std::unordered_map<std::string_view, HoldoutRef> holdouts;  // the first of each name
        std::vector<std::string_view> names;
        for (const HoldoutRef& ref : repository_holdouts(repository)) {
            if (ref.holdout->name && holdouts.emplace(ref.holdout->name->text, ref).second) {
                names.push_back(ref.holdout->name->text);
            }
        }
        for (const ExperimentRef& ref : repository_experiments(repository)) {
            const std::optional<TextValue>& wanted = ref.experiment->holdout;
            if (!wanted) continue;
            const auto found = holdouts.find(wanted->text);
            if (found == holdouts.end()) {
                context.report(ref.file->source, wanted->span,
                               with_suggestion("unknown holdout " + quoted(wanted->text), wanted->text, names,
                                               context.edit_budget()));
            } else {
                check_coverage(ref, found->second, context);
            }
        }
    }

  private:
    static void check_coverage(const ExperimentRef& ref, const HoldoutRef& holdout_ref, RuleContext& context) {
        const Experiment& experiment = *ref.experiment;
        const Holdout& holdout = *holdout_ref.holdout;
        const std::string names = holdout_label(holdout) + " of " + experiment_label(experiment);
        if (holdout.unit && holdout.unit->text != experiment.unit_name()) {
            report(ref, holdout_ref, {holdout.unit->span, "the holdout's unit"},
                   names + " randomizes by " + quoted(holdout.unit->text) + ", the experiment by " +
                       quoted(experiment.unit_name()),
                   context);
        }
        const std::optional<TimeInterval> held = holdout.period();
        const std::optional<TimeInterval> tested = experiment.period();
        if (held && tested && tested->begin < held->begin) {
            report(ref, holdout_ref, {holdout.start->span, "the holdout's start"},
                   names + " starts on " + std::string(holdout.start->text) + ", after the experiment (" +
                       std::string(experiment.start->text) + ")",
                   context);
        }
        if (held && tested && tested->end > held->end) {
            report(ref, holdout_ref, {holdout.end->span, "the holdout's end"},
                   names + " ends on " + std::string(holdout.end->text) + ", before the experiment (" +
                       std::string(experiment.end->text) + ")",
                   context);
        }
        if (experiment.surface && !holdout.covers_surface(experiment.surface->text)) {
            report(ref, holdout_ref, {holdout.surfaces_key, "the holdout's surfaces"},
                   names + " does not cover the experiment's surface " + quoted(experiment.surface->text), context);
        }
    }

    // The value of the holdout that does not fit, and how a note names it.
    struct HoldoutValue {
        Span span;
        std::string_view what;
    };

    // On the experiment's `holdout:` with a note at the holdout's value, or the other way round.
    static void report(const ExperimentRef& ref, const HoldoutRef& holdout_ref, HoldoutValue at,
                       const std::string& message, RuleContext& context) {
        const ClashPlace reference = ref.at(ref.experiment->holdout->span);
        const ClashPlace held = holdout_ref.at(at.span);
        if (&named_or_preferred(reference, held) == &reference) {
            context.report(ref.file->source, reference.span, message)
                .note(held.file->source, held.span, std::string(at.what));
        } else {
            context.report(held.file->source, held.span, message)
                .note(reference.file->source, reference.span,
                      experiment_label(*ref.experiment) + " names the holdout here");
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(experiment_holdout, reclint::HoldoutRule)
