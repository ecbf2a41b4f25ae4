// change/source: a running experiment's variant whose `source` or `fallback` changed: that arm's
// treatment changes mid-test, and its results mix two treatments.
#include <algorithm>

#include "change/change_rules.hpp"

namespace reclint {
namespace {

std::string fallback_text(const Variant& variant) {
    std::vector<std::string_view> tables;
    for (const TextValue& table : variant.fallback)
        tables.push_back(table.text);
    return tables.empty() ? "none" : quoted_list(tables);
}

class Source final : public Rule {
  public:
    Source()
        : Rule({"change/source", Severity::warning, "a running variant's changed source or fallback (`--base`)"}) {}

    void check_repository(const Repository& repository, RuleContext& context) const override {
        for (const ExperimentChange& change : running_experiment_changes(repository)) {
            if (change.new_phase()) continue;
            for (const Variant& variant : change.now.experiment->variants) {
                const auto& before = change.before.experiment->variants;
                const auto was = std::find_if(before.begin(), before.end(), [&](const Variant& other) {
                    return other.name && variant.name && other.name->text == variant.name->text;
                });
                if (was != before.end()) compare(change, variant, *was, repository, context);
            }
        }
    }

  private:
    static void compare(const ExperimentChange& change, const Variant& variant, const Variant& was,
                        const Repository& repository, RuleContext& context) {
        const std::string whose = " of " + variant_label(variant) + " of running " +
                                  experiment_label(*change.now.experiment) + " changed from ";
        const std::string why = at_base(repository) + ": the arm's treatment would change mid-test";
        const std::string_view old_source = was.source ? was.source->text : "";
        if (variant.source && old_source != variant.source->text) {
            context.report(change.now.file->source, variant.source->span,
                           "source" + whose + quoted(old_source) + " to " + quoted(variant.source->text) + why);
        }
        if (fallback_text(was) != fallback_text(variant)) {
            const Span at = variant.fallback.empty() ? variant.span : variant.fallback.front().span;
            context.report(change.now.file->source, at,
                           "fallback" + whose + fallback_text(was) + " to " + fallback_text(variant) + why);
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(change_source, reclint::Source)
