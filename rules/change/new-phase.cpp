// change/new-phase: a running experiment whose `phase` went up while its salt stayed the same: a
// new phase must re-randomize, or its users carry their old arm over.
#include "change/change_rules.hpp"

namespace reclint {
namespace {

class NewPhase final : public Rule {
  public:
    NewPhase()
        : Rule({"change/new-phase", Severity::error,
                "a running experiment's raised phase that keeps its salt (`--base`)"}) {}

    void check_repository(const Repository& repository, RuleContext& context) const override {
        for (const ExperimentChange& change : running_experiment_changes(repository)) {
            const auto phase = phase_value(*change.now.file, *change.now.experiment);
            const std::int64_t was = phase_number(phase_value(*change.before.file, *change.before.experiment));
            const TextValue* salt = change.now.experiment->salt_or_name();
            const TextValue* old_salt = change.before.experiment->salt_or_name();
            if (phase_number(phase) <= was || !salt || !old_salt || salt->text != old_salt->text) continue;
            context.report(change.now.file->source, change_span(change.now, phase ? &phase->span : nullptr),
                           "phase of running " + experiment_label(*change.now.experiment) + " went from " +
                               std::to_string(was) + " to " + std::to_string(phase_number(phase)) +
                               " with the same salt " + quoted(salt->text) + at_base(repository) +
                               ": users would carry their arm into the new phase; give the phase a new salt");
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(change_new_phase, reclint::NewPhase)
