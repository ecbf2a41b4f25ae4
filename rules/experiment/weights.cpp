// experiment/weights: A/B weights that do not sum to exactly 100, that have more than two
// decimals, or that are negative. Exact: weights are read as basis points from their text.
#include <cstdlib>

#include "experiment/percent_check.hpp"
#include "experiment/repository_experiments.hpp"

namespace reclint {
namespace {

constexpr std::int64_t kWhole = 100 * 100;  // 100 percent in basis points

class Weights final : public Rule {
  public:
    Weights()
        : Rule({"experiment/weights", Severity::error,
                "A/B weights that do not sum to exactly 100, or with more than two decimals, or "
                "negative"}) {}

    void check_file(const InputFile& file, const Repository&, RuleContext& context) const override {
        for (const Experiment& experiment : file.models.experiments) {
            if (experiment.type == ExperimentType::ab) check(experiment, file.source, context);
        }
    }

  private:
    static void check(const Experiment& experiment, const SourceFile& source, RuleContext& context) {
        bool exact = true;
        std::int64_t sum = 0;
        std::string terms;
        for (const Variant& variant : experiment.variants) {
            if (!variant.weight) {
                context.report(source, variant.span, variant_label(variant) + " of an A/B test has no weight");
                exact = false;
                continue;
            }
            const PercentValue& weight = *variant.weight;
            std::string problem = decimal_problem(weight, "weight");
            if (problem.empty() && weight.parsed.basis_points < 0) {
                problem = "weight " + std::string(weight.text) + " is negative";
            }
            if (!problem.empty()) {
                context.report(source, weight.span, problem);
                exact = false;
                continue;
            }
            sum += weight.parsed.basis_points;
            terms += (terms.empty() ? "" : " + ") + std::string(weight.text);
        }
        if (exact && experiment.variants_key && !experiment.variants.empty() && sum != kWhole) {
            const std::string sums =
                experiment.variants.size() == 1 ? "weights sum to " : "weights " + terms + " sum to ";
            const std::string off = sum < kWhole ? " short of 100" : " over 100";
            context.report(source, *experiment.variants_key,
                           sums + format_basis_points(sum) + ", " + format_basis_points(std::abs(sum - kWhole)) + off);
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(experiment_weights, reclint::Weights)
