// experiment/variants: fewer than two variants, or two variants with one name.
#include <unordered_map>

#include "experiment/repository_experiments.hpp"

namespace reclint {
namespace {

class Variants final : public Rule {
  public:
    Variants() : Rule({"experiment/variants", Severity::error, "fewer than 2 variants; duplicate variant names"}) {}

    void check_file(const InputFile& file, const Repository&, RuleContext& context) const override {
        for (const Experiment& experiment : file.models.experiments)
            check(experiment, file.source, context);
    }

  private:
    static void check(const Experiment& experiment, const SourceFile& source, RuleContext& context) {
        const std::size_t count = experiment.variants.size();
        if (experiment.variants_key && count < 2) {
            context.report(source, *experiment.variants_key,
                           "an experiment compares at least 2 variants, this one has " +
                               (count == 0 ? std::string("none") : std::string("only 1")));
        }
        std::unordered_map<std::string_view, const Variant*> first_named;
        for (const Variant& variant : experiment.variants) {
            if (!variant.name) continue;
            const auto [first, inserted] = first_named.emplace(variant.name->text, &variant);
            if (inserted) continue;
            context.report(source, variant.name->span, "duplicate variant name " + quoted(variant.name->text))
                .note(source, first->second->name->span, "the first variant named " + quoted(variant.name->text));
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(experiment_variants, reclint::Variants)
