// Shared by the change/* rules: what was running at the base revision (`--base`), matched by
// name with what the working tree has now, and how messages name the base.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "experiment/repository_experiments.hpp"
#include "model/value_readers.hpp"

namespace reclint {

// Running at the base: base start <= today <= base end.
inline bool running_on(const std::optional<TimeInterval>& period, const TimeInterval& today) {
    return period && period->begin < today.end && today.begin < period->end;
}

// " (at origin/main)": which revision a quoted base value comes from.
inline std::string at_base(const Repository& repository) {
    return " (at " + repository.base_name() + ")";
}

// The experiment's `phase` (default 1): read from its document, as the model has no use for it
// outside these rules.
inline std::optional<PercentValue> phase_value(const InputFile& file, const Experiment& experiment) {
    for (const Document& document : file.documents) {
        if (document.root && document.root->span == experiment.span) return read_percent(*document.root, "phase");
    }
    return std::nullopt;
}

inline std::int64_t phase_number(const std::optional<PercentValue>& phase) {
    return phase && phase->parsed.ok() ? phase->parsed.basis_points / 100 : 1;
}

// An experiment of the working tree and the one of the same name that ran at the base.
struct ExperimentChange {
    ExperimentRef now;
    ExperimentRef before;
    // A raised `phase` with a new salt: a new randomization, which may change anything.
    bool new_phase() const {
        const TextValue* salt_now = now.experiment->salt_or_name();
        const TextValue* salt_before = before.experiment->salt_or_name();
        return phase_number(phase_value(*now.file, *now.experiment)) >
                   phase_number(phase_value(*before.file, *before.experiment)) &&
               salt_now && salt_before && salt_now->text != salt_before->text;
    }
};

// Each named experiment of the working tree whose namesake was running at the base.
inline std::vector<ExperimentChange> running_experiment_changes(const Repository& repository) {
    std::vector<ExperimentChange> changes;
    const Repository* base = repository.base();
    if (!base) return changes;
    std::unordered_map<std::string_view, ExperimentRef> running;
    for (const ExperimentRef& ref : repository_experiments(*base)) {
        if (ref.experiment->name && running_on(ref.experiment->period(), repository.today()))
            running.try_emplace(ref.experiment->name->text, ref);
    }
    for (const ExperimentRef& ref : repository_experiments(repository)) {
        if (!ref.file->named || !ref.experiment->name) continue;
        if (const auto found = running.find(ref.experiment->name->text); found != running.end())
            changes.push_back({ref, found->second});
    }
    return changes;
}

// Where a change shows: the new value, else (the key was removed) the experiment's name.
inline Span change_span(const ExperimentRef& ref, const Span* value) {
    if (value) return *value;
    return ref.experiment->name ? ref.experiment->name->span : ref.experiment->span;
}

}  // namespace reclint
