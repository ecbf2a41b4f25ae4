// experiment/interleaving: an interleaving test merges the variants' rankings into one list
// shown to every user, so it has no weights or control, its method fixes how many variants it
// takes, and it needs a surface that shows a list.
#include <algorithm>

#include "experiment/repository_experiments.hpp"

namespace reclint {
namespace {

class Interleaving final : public Rule {
  public:
    Interleaving()
        : Rule({"experiment/interleaving", Severity::error,
                "interleaving with weights or a control, a method with the wrong number of "
                "variants, or on a "
                "single-item surface"}) {}

    void check_file(const InputFile& file, const Repository& repository, RuleContext& context) const override {
        for (const Experiment& experiment : file.models.experiments) {
            if (experiment.type == ExperimentType::interleaving) {
                check(experiment, repository.config(), file.source, context);
            } else if (experiment.type == ExperimentType::ab && experiment.interleaving) {
                context.report(file.source, experiment.interleaving->key,
                               "interleaving settings in an A/B test: did you mean \"type: interleaving\"?");
            }
        }
    }

  private:
    static void check(const Experiment& experiment, const Config& config, const SourceFile& source,
                      RuleContext& context) {
        for (const Variant& variant : experiment.variants) {
            if (variant.weight) {
                context.report(source, variant.weight->key,
                               "an interleaving test has no weights: every user sees the variants merged");
            }
            if (variant.control && variant.control->value) {
                context.report(source, variant.control->key,
                               "an interleaving test has no control: every user sees the variants merged");
            }
        }
        check_method(experiment, source, context);
        const auto& single = config.single_item_surfaces;
        if (experiment.surface && std::find(single.begin(), single.end(), experiment.surface->text) != single.end()) {
            context.report(source, experiment.surface->span,
                           "surface " + quoted(experiment.surface->text) +
                               " shows a single item, so two rankings cannot be interleaved on it");
        }
    }

    static void check_method(const Experiment& experiment, const SourceFile& source, RuleContext& context) {
        if (!experiment.interleaving) {
            if (experiment.type_text) {
                context.report(source, experiment.type_text->span,
                               "an interleaving test must name its method: add \"interleaving: "
                               "{method: team_draft}\"");
            }
            return;
        }
        const std::optional<TextValue>& method = experiment.interleaving->method;
        const std::size_t count = experiment.variants.size();
        // Fewer than 2 variants is experiment/variants' finding.
        if (!method || count < 2) return;
        if ((method->text == "team_draft" || method->text == "balanced") && count != 2) {
            context.report(source, method->span,
                           "method " + quoted(method->text) + " interleaves exactly 2 variants, not " +
                               std::to_string(count) + "; use \"team_draft_multileave\" for 3 or more");
        } else if (method->text == "team_draft_multileave" && count < 3) {
            context.report(source, method->span,
                           "method \"team_draft_multileave\" needs 3 or more variants, not " + std::to_string(count) +
                               "; use \"team_draft\" or \"balanced\" for 2");
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(experiment_interleaving, reclint::Interleaving)
