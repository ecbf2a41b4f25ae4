// naming/experiment: an experiment name that does not match `naming.experiment` of the config.
#include "naming/pattern_check.hpp"

namespace reclint {
namespace {

class ExperimentName final : public Rule {
  public:
    ExperimentName() : Rule({"naming/experiment", Severity::warning, "a name not matching the configured pattern"}) {}

    void check_file(const InputFile& file, const Repository& repository, RuleContext& context) const override {
        for (const Experiment& experiment : file.models.experiments) {
            if (experiment.name) {
                check_name(*experiment.name, "experiment", repository.config().naming.experiment, file.source, context);
            }
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(naming_experiment, reclint::ExperimentName)
