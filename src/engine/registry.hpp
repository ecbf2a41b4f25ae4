// Every rule and rule page, from the table that the build generates out of rules/.
#pragma once

#include <string_view>
#include <vector>

#include "engine/rule.hpp"

namespace reclint {

struct RulePage {
    std::string_view id;
    std::string_view markdown;
};

// In id order.
const std::vector<const Rule*>& registered_rules();
const std::vector<RulePage>& rule_pages();

const Rule* find_rule(std::string_view id);
const RulePage* find_rule_page(std::string_view id);
std::vector<std::string_view> rule_ids();

// The rule that reports `finding` (each one has exactly one).
const Rule& rule_reporting(EngineFinding finding);

}  // namespace reclint
