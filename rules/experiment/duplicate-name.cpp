// experiment/duplicate-name: two experiments or holdouts with one name anywhere in the
// repository; the name is how the experiment service and the analysts tell them apart.
#include <algorithm>

#include "experiment/repository_experiments.hpp"
#include "model/group_by_key.hpp"

namespace reclint {
namespace {

struct NamedThing {
    ClashPlace place;
    std::string_view name;
    bool holdout;
};

// "another experiment", "an experiment", "3 other experiments", "2 holdouts": things of the
// carrier's kind are "other".
std::string things(std::size_t count, std::string_view kind, bool same_kind) {
    if (count == 1)
        return std::string(same_kind ? "another " : kind == "experiment" ? "an " : "a ") + std::string(kind);
    return std::to_string(count) + (same_kind ? " other " : " ") + std::string(kind) + "s";
}

// "another experiment", "2 other experiments and a holdout".
std::string others_phrase(std::size_t experiments, std::size_t holdouts, bool carrier_is_holdout) {
    std::string phrase;
    if (experiments > 0) phrase = things(experiments, "experiment", !carrier_is_holdout);
    if (experiments > 0 && holdouts > 0) phrase += " and ";
    if (holdouts > 0) phrase += things(holdouts, "holdout", carrier_is_holdout);
    return phrase;
}

class DuplicateName final : public Rule {
  public:
    DuplicateName()
        : Rule({"experiment/duplicate-name", Severity::error,
                "two experiments (or holdouts) with one name, across the repository"}) {}

    void check_repository(const Repository& repository, RuleContext& context) const override {
        std::vector<NamedThing> named;
        for (const ExperimentRef& ref : repository_experiments(repository)) {
            if (ref.experiment->name)
                named.push_back({ref.at(ref.experiment->name->span), ref.experiment->name->text, false});
        }
        for (const HoldoutRef& ref : repository_holdouts(repository)) {
            if (ref.holdout->name) named.push_back({ref.at(ref.holdout->name->span), ref.holdout->name->text, true});
        }
        for_each_key_group(
            named, [](const NamedThing& each) { return each.name; },
            [&context](std::span<NamedThing> group) {
                if (group.size() > 1) report(group, context);
            });
    }

  private:
    static void report(std::span<const NamedThing> group, RuleContext& context) {
        std::vector<ClashPlace> places;
        for (const NamedThing& each : group)
            places.push_back(each.place);
        const std::size_t carrier = clash_carrier(places);
        const std::size_t holdouts = static_cast<std::size_t>(
            std::count_if(group.begin(), group.end(), [](const NamedThing& each) { return each.holdout; }));
        const std::size_t other_holdouts = holdouts - (group[carrier].holdout ? 1 : 0);
        const std::size_t other_experiments = group.size() - 1 - other_holdouts;
        const std::string name = quoted(group[carrier].name);
        DiagnosticBuilder diagnostic = context.report(
            group[carrier].place.file->source, group[carrier].place.span,
            std::string(group[carrier].holdout ? "holdout" : "experiment") + " name " + name + " is also used by " +
                others_phrase(other_experiments, other_holdouts, group[carrier].holdout));
        for (std::size_t i = 0; i < group.size(); ++i) {
            if (i == carrier) continue;
            const bool same_kind = group[i].holdout == group[carrier].holdout;
            diagnostic.note(group[i].place.file->source, group[i].place.span,
                            things(1, group[i].holdout ? "holdout" : "experiment", same_kind) + " named " + name);
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(experiment_duplicate_name, reclint::DuplicateName)
