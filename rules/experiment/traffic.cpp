// experiment/traffic: a traffic slice outside [0, 100], with more than two decimals, or empty;
// also a holdout's percent, the other share of traffic the files declare.
#include "experiment/percent_check.hpp"
#include "experiment/repository_experiments.hpp"

namespace reclint {
namespace {

class Traffic final : public Rule {
  public:
    Traffic() : Rule({"experiment/traffic", Severity::error, "a traffic slice outside [0, 100] or empty"}) {}

    void check_file(const InputFile& file, const Repository&, RuleContext& context) const override {
        for (const Experiment& experiment : file.models.experiments) {
            if (experiment.traffic) check(*experiment.traffic, file.source, context);
        }
        for (const Holdout& holdout : file.models.holdouts) {
            if (holdout.percent) check(*holdout.percent, file.source, context);
        }
    }

  private:
    static void check(const TrafficSlice& traffic, const SourceFile& source, RuleContext& context) {
        bool exact = true;
        for (const PercentValue* bound : {&traffic.from, &traffic.to}) {
            if (const std::string problem = percentage_problem(*bound, "traffic bound"); !problem.empty()) {
                context.report(source, bound->span, problem);
                exact = false;
            }
        }
        const std::int64_t from = traffic.from.parsed.basis_points;
        const std::int64_t to = traffic.to.parsed.basis_points;
        if (!exact || from < to) return;
        const std::string slice =
            "traffic slice [" + std::string(traffic.from.text) + ", " + std::string(traffic.to.text) + "]";
        context.report(source, traffic.span, slice + (from == to ? " is empty" : " is empty: it starts after it ends"));
    }

    static void check(const PercentValue& percent, const SourceFile& source, RuleContext& context) {
        std::string problem = percentage_problem(percent, "holdout percent");
        if (problem.empty() && percent.parsed.basis_points == 0) problem = "a holdout of 0 percent holds out nobody";
        if (!problem.empty()) context.report(source, percent.span, problem);
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(experiment_traffic, reclint::Traffic)
