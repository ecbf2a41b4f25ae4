// experiment/identical-variants: two variants that show the same tables, so the test compares a
// ranking with itself (usually a copy-pasted variant whose source was not changed).
#include <unordered_map>

#include "experiment/repository_experiments.hpp"

namespace reclint {
namespace {

// The source and the fallback chain, which together decide what a variant shows.
std::string shown_tables(const Variant& variant) {
    std::string key(variant.source->text);
    for (const TextValue& fallback : variant.fallback) {
        key += '\n';
        key += fallback.text;
    }
    return key;
}

class IdenticalVariants final : public Rule {
  public:
    IdenticalVariants()
        : Rule({"experiment/identical-variants", Severity::warning,
                "two variants with the same source and fallbacks"}) {}

    void check_file(const InputFile& file, const Repository&, RuleContext& context) const override {
        for (const Experiment& experiment : file.models.experiments)
            check(experiment, file.source, context);
    }

  private:
    static void check(const Experiment& experiment, const SourceFile& source, RuleContext& context) {
        std::unordered_map<std::string, const Variant*> first_showing;
        for (const Variant& variant : experiment.variants) {
            if (!variant.source) continue;
            const auto [first, inserted] = first_showing.emplace(shown_tables(variant), &variant);
            if (inserted) continue;
            context
                .report(source, variant.source->span,
                        variant_label(variant) + " shows the same source and fallbacks as " +
                            variant_label(*first->second) + ": the test would compare a ranking with itself")
                .note(source, first->second->source->span, variant_label(*first->second) + " is here");
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(experiment_identical_variants, reclint::IdenticalVariants)
