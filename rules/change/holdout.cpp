// change/holdout: a running holdout whose `percent`, `unit`, `salt` or `surfaces` changed: users
// would move in or out of it, and both it and its experiments lose their comparison.
#include <algorithm>

#include "change/change_rules.hpp"

namespace reclint {
namespace {

std::string surfaces_text(const Holdout& holdout) {
    if (!holdout.surfaces) return "every surface";
    std::vector<std::string_view> names;
    for (const TextValue& surface : *holdout.surfaces)
        names.push_back(surface.text);
    std::sort(names.begin(), names.end());
    return names.empty() ? "none" : quoted_list(names);
}

class HoldoutChange final : public Rule {
  public:
    HoldoutChange()
        : Rule({"change/holdout", Severity::error,
                "a running holdout's changed percent, unit, salt or surfaces (`--base`)"}) {}

    void check_repository(const Repository& repository, RuleContext& context) const override {
        const Repository* base = repository.base();
        if (!base) return;
        std::unordered_map<std::string_view, const Holdout*> running;
        for (const HoldoutRef& ref : repository_holdouts(*base)) {
            if (ref.holdout->name && running_on(ref.holdout->period(), repository.today()))
                running.try_emplace(ref.holdout->name->text, ref.holdout);
        }
        for (const HoldoutRef& ref : repository_holdouts(repository)) {
            if (!ref.file->named || !ref.holdout->name) continue;
            if (const auto found = running.find(ref.holdout->name->text); found != running.end())
                compare(ref, *found->second, repository, context);
        }
    }

  private:
    static void compare(const HoldoutRef& ref, const Holdout& was, const Repository& repository, RuleContext& context) {
        const Holdout& now = *ref.holdout;
        const auto report = [&](std::string_view what, const Span* at, const std::string& before,
                                const std::string& after) {
            if (before == after) return;
            context.report(ref.file->source, at ? *at : now.name->span,
                           std::string(what) + " of running " + holdout_label(now) + " changed from " + before +
                               " to " + after + at_base(repository) +
                               ": users would move in or out of the holdout; end it and start a new one instead");
        };
        const auto percent = [](const Holdout& holdout) {
            return holdout.percent ? std::string(holdout.percent->text) : "none";
        };
        const auto text = [](const TextValue* value, std::string_view fallback) {
            return quoted(value ? value->text : fallback);
        };
        const bool same_percent = was.percent && now.percent && was.percent->parsed.ok() && now.percent->parsed.ok() &&
                                  was.percent->parsed.basis_points == now.percent->parsed.basis_points;
        if (!same_percent) report("percent", now.percent ? &now.percent->span : nullptr, percent(was), percent(now));
        report("unit", now.unit ? &now.unit->span : nullptr, text(was.unit ? &*was.unit : nullptr, "user_id"),
               text(now.unit ? &*now.unit : nullptr, "user_id"));
        report("salt", now.salt ? &now.salt->span : nullptr, text(was.salt_or_name(), ""),
               text(now.salt_or_name(), ""));
        report("surfaces", now.surfaces ? &now.surfaces_key : nullptr, surfaces_text(was), surfaces_text(now));
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(change_holdout, reclint::HoldoutChange)
