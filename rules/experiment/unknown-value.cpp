// experiment/unknown-value: a surface, segment or unit that the config does not list
// (docs/formats.md, "Configuration"), in experiments and holdouts.
#include <algorithm>

#include "experiment/repository_experiments.hpp"
#include "text/did_you_mean.hpp"

namespace reclint {
namespace {

void check_value(const std::optional<TextValue>& value, std::string_view what, const std::vector<std::string>& known,
                 const SourceFile& source, RuleContext& context) {
    if (!value || std::find(known.begin(), known.end(), value->text) != known.end()) return;
    const std::vector<std::string_view> candidates(known.begin(), known.end());
    context.report(source, value->span,
                   with_suggestion(std::string(what) + " " + quoted(value->text) + " is not in the config's " +
                                       std::string(what) + "s",
                                   value->text, candidates, context.edit_budget()));
}

class UnknownValue final : public Rule {
  public:
    UnknownValue()
        : Rule({"experiment/unknown-value", Severity::error, "a surface, segment or unit not in the config's lists"}) {}

    void check_file(const InputFile& file, const Repository& repository, RuleContext& context) const override {
        const Config& config = repository.config();
        for (const Experiment& experiment : file.models.experiments) {
            if (config.surfaces) check_value(experiment.surface, "surface", *config.surfaces, file.source, context);
            check_value(experiment.segment, "segment", config.segments, file.source, context);
            check_value(experiment.unit, "unit", config.units, file.source, context);
        }
        for (const Holdout& holdout : file.models.holdouts) {
            check_value(holdout.unit, "unit", config.units, file.source, context);
            if (!config.surfaces || !holdout.surfaces) continue;
            for (const TextValue& surface : *holdout.surfaces) {
                check_value(surface, "surface", *config.surfaces, file.source, context);
            }
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(experiment_unknown_value, reclint::UnknownValue)
