// experiment/control: an A/B test must mark exactly one variant as its control.
#include "experiment/repository_experiments.hpp"

namespace reclint {
namespace {

class Control final : public Rule {
  public:
    Control() : Rule({"experiment/control", Severity::error, "an A/B test without exactly one control"}) {}

    void check_file(const InputFile& file, const Repository&, RuleContext& context) const override {
        for (const Experiment& experiment : file.models.experiments) {
            if (experiment.type == ExperimentType::ab) check(experiment, file.source, context);
        }
    }

  private:
    static void check(const Experiment& experiment, const SourceFile& source, RuleContext& context) {
        const Variant* first = nullptr;
        for (const Variant& variant : experiment.variants) {
            if (!variant.control || !variant.control->value) continue;
            if (!first) {
                first = &variant;
                continue;
            }
            context
                .report(source, variant.control->span,
                        variant_label(variant) + " is a second control: an A/B test has exactly one")
                .note(source, first->control->span, "the first control is " + variant_label(*first));
        }
        if (!first && experiment.variants_key && !experiment.variants.empty()) {
            context.report(source, *experiment.variants_key,
                           "no variant of this A/B test is the control: mark one with \"control: true\"");
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(experiment_control, reclint::Control)
