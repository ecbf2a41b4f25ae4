// change/removed: a running experiment or holdout whose file was deleted or whose `name` changed:
// its users lose their assignment mid-test; ending it with `end:` keeps its record.
#include <unordered_set>

#include "change/change_rules.hpp"

namespace reclint {
namespace {

struct Named {
    const InputFile* file;
    const TextValue* name;
    std::string label;  // `experiment "x"`
    std::size_t index;  // among the file's experiments, or holdouts
};

// The running experiments and holdouts of the base, or the names of everything in the working tree.
std::vector<Named> named_things(const Repository& repository, const TimeInterval* running) {
    std::vector<Named> found;
    for (const auto& file : repository.files()) {
        const auto& experiments = file->models.experiments;
        for (std::size_t i = 0; i < experiments.size(); ++i) {
            if (experiments[i].name && (!running || running_on(experiments[i].period(), *running)))
                found.push_back({file.get(), &*experiments[i].name, experiment_label(experiments[i]), i});
        }
        const auto& holdouts = file->models.holdouts;
        for (std::size_t i = 0; i < holdouts.size(); ++i) {
            if (holdouts[i].name && (!running || running_on(holdouts[i].period(), *running)))
                found.push_back({file.get(), &*holdouts[i].name, holdout_label(holdouts[i]), i});
        }
    }
    return found;
}

// The name the same experiment (or holdout) has in the file the base file became, if any.
const TextValue* renamed_to(const Named& gone) {
    const InputFile* now = gone.file->counterpart;
    if (!now) return nullptr;
    const bool experiment = gone.label.starts_with("experiment");
    if (experiment && gone.index < now->models.experiments.size()) {
        const auto& name = now->models.experiments[gone.index].name;
        return name ? &*name : nullptr;
    }
    if (!experiment && gone.index < now->models.holdouts.size()) {
        const auto& name = now->models.holdouts[gone.index].name;
        return name ? &*name : nullptr;
    }
    return nullptr;
}

class Removed final : public Rule {
  public:
    Removed()
        : Rule({"change/removed", Severity::error, "a running experiment or holdout deleted or renamed (`--base`)"}) {}

    void check_repository(const Repository& repository, RuleContext& context) const override {
        const Repository* base = repository.base();
        if (!base) return;
        std::unordered_set<std::string_view> names;
        for (const Named& each : named_things(repository, nullptr))
            names.insert(each.name->text);
        for (const Named& gone : named_things(*base, &repository.today())) {
            if (names.contains(gone.name->text)) continue;
            const std::string what = "running " + gone.label;
            const std::string fix = ": its users would lose their assignment mid-test; end it with \"end:\" instead";
            if (const TextValue* name = renamed_to(gone); name && gone.file->counterpart->named) {
                context.report(gone.file->counterpart->source, name->span,
                               what + " was renamed to " + quoted(name->text) + at_base(repository) + fix);
            } else if (!gone.file->counterpart) {
                context.report(gone.file->source, gone.name->span,
                               what + " was deleted with its file" + at_base(repository) + fix);
            } else if (gone.file->counterpart->named) {
                const InputFile& now = *gone.file->counterpart;
                context.report(now.source, Span{0, 0},
                               what + " was removed from this file" + at_base(repository) + fix);
            }
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(change_removed, reclint::Removed)
