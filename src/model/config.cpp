#include "model/config.hpp"

#include "text/glob.hpp"

namespace reclint {

bool Config::is_excluded(std::string_view project_path) const {
    return gitignore_matches_any(exclude, project_path);
}

std::optional<DocumentKind> Config::forced_kind(std::string_view project_path) const {
    for (const KindGlob& glob : kinds) {
        if (gitignore_matches(glob.pattern, project_path)) return glob.kind;
    }
    return std::nullopt;
}

std::string Config::rule_page_url(std::string_view rule_id) const {
    std::string url = docs_url;
    if (const std::size_t at = url.find(kRuleIdPlaceholder); at != std::string::npos) {
        url.replace(at, kRuleIdPlaceholder.size(), rule_id);
    }
    return url;
}

}  // namespace reclint
