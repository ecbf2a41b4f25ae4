// Shared by the experiment/* rules: every experiment and holdout of the repository with its file,
// in path order, and how messages name them.
#pragma once

#include <string>
#include <vector>

#include "engine/clash.hpp"
#include "engine/rule.hpp"
#include "text/quoted.hpp"

namespace reclint {

struct ExperimentRef {
    const InputFile* file;
    const Experiment* experiment;
    ClashPlace at(Span span) const { return {file, span}; }
};

struct HoldoutRef {
    const InputFile* file;
    const Holdout* holdout;
    ClashPlace at(Span span) const { return {file, span}; }
};

inline std::vector<ExperimentRef> repository_experiments(const Repository& repository) {
    std::vector<ExperimentRef> experiments;
    for (const auto& file : repository.files()) {
        for (const Experiment& experiment : file->models.experiments)
            experiments.push_back({file.get(), &experiment});
    }
    return experiments;
}

inline std::vector<HoldoutRef> repository_holdouts(const Repository& repository) {
    std::vector<HoldoutRef> holdouts;
    for (const auto& file : repository.files()) {
        for (const Holdout& holdout : file->models.holdouts)
            holdouts.push_back({file.get(), &holdout});
    }
    return holdouts;
}

// `experiment "x"`, or `the experiment` when it has no name.
inline std::string experiment_label(const Experiment& experiment) {
    return experiment.name ? "experiment " + quoted(experiment.name->text) : "the experiment";
}

inline std::string holdout_label(const Holdout& holdout) {
    return holdout.name ? "holdout " + quoted(holdout.name->text) : "the holdout";
}

// `"x"`, or `an unnamed experiment`, to name the other experiment of a clash.
inline std::string other_experiment(const Experiment& experiment) {
    return experiment.name ? quoted(experiment.name->text) : "an unnamed experiment";
}

// `variant "x"`, or `a variant` when it has no name.
inline std::string variant_label(const Variant& variant) {
    return variant.name ? "variant " + quoted(variant.name->text) : "a variant";
}

}  // namespace reclint
