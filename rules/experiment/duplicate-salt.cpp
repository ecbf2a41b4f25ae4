// experiment/duplicate-salt: two experiments or holdouts with one salt across the repository.
// The salt seeds the hash that assigns users to buckets: two tests with one salt split users the
// same way, so their variants are correlated. The default salt is the name; a group where every
// salt is a default is a group of equal names, which experiment/duplicate-name reports.
#include <algorithm>

#include "experiment/repository_experiments.hpp"
#include "model/group_by_key.hpp"

namespace reclint {
namespace {

struct Salted {
    ClashPlace place;  // the salt, or the name it defaults to
    std::string_view salt;
    bool given;  // written as `salt:`, not the default
    const std::optional<TextValue>* name;
    bool holdout;

    // `experiment "x"`, `holdout "y"`.
    std::string label() const {
        const std::string_view kind = holdout ? "holdout" : "experiment";
        return *name ? std::string(kind) + " " + quoted((*name)->text) : "an unnamed " + std::string(kind);
    }
};

constexpr std::size_t kMostListed = 3;

// `experiment "a"`, `experiment "a" and holdout "b"`, `experiment "a", ... and 4 more`.
std::string list_others(std::span<const Salted> group, std::size_t carrier) {
    std::vector<std::string> labels;
    for (std::size_t i = 0; i < group.size(); ++i) {
        if (i != carrier) labels.push_back(group[i].label());
    }
    const std::size_t listed = labels.size() > kMostListed ? kMostListed : labels.size();
    std::string text;
    for (std::size_t i = 0; i < listed; ++i) {
        const bool last = i + 1 == listed && listed == labels.size();
        text += (i == 0 ? "" : last ? " and " : ", ") + labels[i];
    }
    if (listed < labels.size()) text += " and " + std::to_string(labels.size() - listed) + " more";
    return text;
}

class DuplicateSalt final : public Rule {
  public:
    DuplicateSalt()
        : Rule({"experiment/duplicate-salt", Severity::error,
                "two experiments or holdouts with one salt, across the repository"}) {}

    void check_repository(const Repository& repository, RuleContext& context) const override {
        std::vector<Salted> salted;
        for (const ExperimentRef& ref : repository_experiments(repository)) {
            if (const TextValue* salt = ref.experiment->salt_or_name()) {
                salted.push_back(
                    {ref.at(salt->span), salt->text, ref.experiment->salt.has_value(), &ref.experiment->name, false});
            }
        }
        for (const HoldoutRef& ref : repository_holdouts(repository)) {
            if (const TextValue* salt = ref.holdout->salt_or_name()) {
                salted.push_back(
                    {ref.at(salt->span), salt->text, ref.holdout->salt.has_value(), &ref.holdout->name, true});
            }
        }
        for_each_key_group(
            salted, [](const Salted& each) { return each.salt; },
            [&context](std::span<Salted> group) {
                const bool any_given =
                    std::any_of(group.begin(), group.end(), [](const Salted& each) { return each.given; });
                if (group.size() > 1 && any_given) report(group, context);
            });
    }

  private:
    static void report(std::span<const Salted> group, RuleContext& context) {
        std::vector<ClashPlace> places;
        for (const Salted& each : group)
            places.push_back(each.place);
        const std::size_t carrier = clash_carrier(places);
        const Salted& reported = group[carrier];
        const std::string salt = quoted(reported.salt);
        DiagnosticBuilder diagnostic =
            context.report(reported.place.file->source, reported.place.span,
                           "salt " + salt + (reported.given ? "" : " (the default: the name)") + " is also used by " +
                               list_others(group, carrier));
        for (std::size_t i = 0; i < group.size(); ++i) {
            if (i == carrier) continue;
            diagnostic.note(
                group[i].place.file->source, group[i].place.span,
                group[i].label() + (group[i].given ? " uses salt " + salt : " uses its name as salt") + " here");
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(experiment_duplicate_salt, reclint::DuplicateSalt)
