// experiment/dates: a start or end that is not an ISO 8601 date or date-time with an offset, or
// an end before the start; in experiments and holdouts.
#include "experiment/repository_experiments.hpp"

namespace reclint {
namespace {

class Dates final : public Rule {
  public:
    Dates() : Rule({"experiment/dates", Severity::error, "an unparsable date, or end not after start"}) {}

    void check_file(const InputFile& file, const Repository&, RuleContext& context) const override {
        for (const Experiment& experiment : file.models.experiments) {
            check(experiment.start, experiment.end, file.source, context);
        }
        for (const Holdout& holdout : file.models.holdouts)
            check(holdout.start, holdout.end, file.source, context);
    }

  private:
    static void check(const std::optional<TimeValue>& start, const std::optional<TimeValue>& end,
                      const SourceFile& source, RuleContext& context) {
        for (const auto& [value, key] : {std::pair{&start, "start"}, std::pair{&end, "end"}}) {
            if (*value && !(*value)->parsed.interval) {
                context.report(source, (*value)->span,
                               std::string(key) + " " + quoted((*value)->text) + " " + (*value)->parsed.error);
            }
        }
        const std::optional<TimeInterval> period = time_between(start, end);
        if (!period || period->begin < period->end) return;
        const bool before = end->parsed.interval->begin < start->parsed.interval->begin;
        context.report(
            source, end->span,
            "end " + quoted(end->text) + (before ? " is before start " : " is not after start ") + quoted(start->text));
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(experiment_dates, reclint::Dates)
