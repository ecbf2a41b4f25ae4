#include "commands/commands.hpp"
#include "engine/registry.hpp"
#include "text/did_you_mean.hpp"

namespace reclint {

int run_explain_command(const Options& options, Environment& environment) {
    const RulePage* page = find_rule_page(options.rule_id);
    if (!page) {
        environment.print_message(
            "error: " + with_suggestion("no rule \"" + options.rule_id + "\"", options.rule_id, rule_ids()) +
            " (reclint rules lists them all)");
        return kExitUsage;
    }
    environment.out << page->markdown;
    if (!page->markdown.ends_with('\n')) environment.out << '\n';
    return kExitClean;
}

}  // namespace reclint
