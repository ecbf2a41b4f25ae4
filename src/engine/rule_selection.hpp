// Which rules run and how seriously: each rule's default, then the config's `rules:`, then
// `--select`/`--ignore`. Rule selectors (a rule id or a glob such as `naming/*`) are shared by the
// config, the command line and suppression comments, and one that selects no rule is an error.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/rule.hpp"
#include "model/config.hpp"

namespace reclint {

// `--select` and `--ignore`, as given.
struct RuleFilter {
    std::vector<std::string> select;  // empty: no selection, every rule that is on runs
    std::vector<std::string> ignore;
};

// Whether a selector is a glob (`dag/*`) rather than one rule id.
bool is_glob(std::string_view selector);
bool selector_matches(std::string_view selector, std::string_view rule_id);

// Why `selector` selects no rule ("unknown rule "x", did you mean "y"?"), or "" when it selects
// some.
std::string selector_problem(std::string_view selector);

// The problems of `--select` and `--ignore`, one message each, such as
// `--select: unknown rule "x", did you mean "y"?`.
std::vector<std::string> filter_problems(const RuleFilter& filter);

// The severity `rule` runs at (`off`: it does not run).
Severity effective_severity(const Rule& rule, const Config& config, const RuleFilter& filter = {});

// The effective severity of every registered rule, by id.
using RuleSeverities = std::unordered_map<std::string_view, Severity>;
RuleSeverities effective_severities(const Config& config, const RuleFilter& filter);

}  // namespace reclint
