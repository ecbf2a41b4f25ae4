// experiment/expired: an experiment whose end is before today (`--today`): a leftover config
// that keeps its layer, salt and name taken.
#include "experiment/repository_experiments.hpp"

namespace reclint {
namespace {

class Expired final : public Rule {
  public:
    Expired() : Rule({"experiment/expired", Severity::warning, "end before today (`--today` overrides the date)"}) {}

    void check_file(const InputFile& file, const Repository& repository, RuleContext& context) const override {
        const TimeInterval& today = repository.today();
        for (const Experiment& experiment : file.models.experiments) {
            if (!experiment.end || !experiment.end->parsed.interval) continue;
            const TimeInterval& end = *experiment.end->parsed.interval;
            if (end.end > today.begin) continue;
            const bool whole_day = end.begin != end.end;
            context.report(file.source, experiment.end->span,
                           experiment_label(experiment) + (whole_day ? " ended on " : " ended at ") +
                               std::string(experiment.end->text) + ", before today (" + format_utc_date(today.begin) +
                               ")");
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(experiment_expired, reclint::Expired)
