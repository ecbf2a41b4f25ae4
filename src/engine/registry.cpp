#include "engine/registry.hpp"

#include <stdexcept>

namespace reclint {

const Rule* find_rule(std::string_view id) {
    for (const Rule* rule : registered_rules()) {
        if (rule->info().id == id) return rule;
    }
    return nullptr;
}

const RulePage* find_rule_page(std::string_view id) {
    for (const RulePage& page : rule_pages()) {
        if (page.id == id) return &page;
    }
    return nullptr;
}

std::vector<std::string_view> rule_ids() {
    std::vector<std::string_view> ids;
    for (const Rule* rule : registered_rules())
        ids.push_back(rule->info().id);
    return ids;
}

const Rule& rule_reporting(EngineFinding finding) {
    for (const Rule* rule : registered_rules()) {
        if (rule->info().engine_finding == finding) return *rule;
    }
    throw std::logic_error("no rule reports an engine finding");
}

}  // namespace reclint
