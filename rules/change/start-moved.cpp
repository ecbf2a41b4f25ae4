// change/start-moved: a running experiment whose `start` changed, which shifts its analysis
// window. A new phase (raised, with a new salt) may move its start to its first day, but not to
// a day before today.
#include "change/change_rules.hpp"

namespace reclint {
namespace {

class StartMoved final : public Rule {
  public:
    StartMoved() : Rule({"change/start-moved", Severity::error, "a running experiment's moved start (`--base`)"}) {}

    void check_repository(const Repository& repository, RuleContext& context) const override {
        for (const ExperimentChange& change : running_experiment_changes(repository)) {
            const Experiment& now = *change.now.experiment;
            const auto& start = now.start;
            const auto& was = change.before.experiment->start;
            const Span at = change_span(change.now, start ? &start->span : nullptr);
            const std::string label = experiment_label(now);
            const bool moved = was && start && was->parsed.interval != start->parsed.interval;
            if (change.new_phase()) {
                const TimeInterval& today = repository.today();
                if (moved && start->parsed.interval && start->parsed.interval->begin < today.begin) {
                    context.report(change.now.file->source, at,
                                   "the new phase of " + label + " starts on " + std::string(start->text) +
                                       ", before today (" + format_utc_date(today.begin) +
                                       "): a phase starts on its first day, today or later");
                }
                continue;
            }
            if (!moved) continue;
            context.report(change.now.file->source, at,
                           "start of running " + label + " moved from " + std::string(was->text) + " to " +
                               std::string(start->text) + at_base(repository) +
                               ": its analysis window would shift; keep the start, or end it and raise \"phase\" "
                               "with a new salt");
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(change_start_moved, reclint::StartMoved)
