// change/backdated: an experiment that was not running at the base (new, or not started yet)
// whose `start` is before today: its first days would have no users, and its analysis window
// would include them.
#include <unordered_map>

#include "change/change_rules.hpp"

namespace reclint {
namespace {

// The experiment in the same place of the file at the base was running under another name: a
// rename, which change/removed reports.
bool renamed_running(const ExperimentRef& ref, const TimeInterval& today) {
    const InputFile* before = ref.file->counterpart;
    const auto index = static_cast<std::size_t>(ref.experiment - ref.file->models.experiments.data());
    if (!before || index >= before->models.experiments.size()) return false;
    const Experiment& was = before->models.experiments[index];
    return was.name && was.name->text != ref.experiment->name->text && running_on(was.period(), today);
}

class Backdated final : public Rule {
  public:
    Backdated()
        : Rule({"change/backdated", Severity::error,
                "an experiment that was not running at the base and starts before today (`--base`)"}) {}

    void check_repository(const Repository& repository, RuleContext& context) const override {
        const Repository* base = repository.base();
        if (!base) return;
        const TimeInterval& today = repository.today();
        std::unordered_map<std::string_view, const Experiment*> before;
        for (const ExperimentRef& ref : repository_experiments(*base)) {
            if (ref.experiment->name) before.try_emplace(ref.experiment->name->text, ref.experiment);
        }
        for (const ExperimentRef& ref : repository_experiments(repository)) {
            const Experiment& now = *ref.experiment;
            if (!ref.file->named || !now.name || !now.start || !now.start->parsed.interval) continue;
            if (now.start->parsed.interval->begin >= today.begin) continue;
            const auto found = before.find(now.name->text);
            const Experiment* was = found == before.end() ? nullptr : found->second;
            const bool not_started =
                was && was->start && was->start->parsed.interval && was->start->parsed.interval->begin >= today.end;
            if ((was && !not_started) || (!was && renamed_running(ref, today))) continue;  // other rules judge it
            context.report(ref.file->source, now.start->span,
                           experiment_label(now) + " starts on " + std::string(now.start->text) + ", before today (" +
                               format_utc_date(today.begin) + "), but " + (was ? "had not started" : "did not exist") +
                               at_base(repository) + ": its first days would have no users; start it today or later");
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(change_backdated, reclint::Backdated)
