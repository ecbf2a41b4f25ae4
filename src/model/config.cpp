#include "model/config.hpp"

#include "text/glob.hpp"

namespace reclint {

std::regex compile_naming_regex(const std::string& pattern) {
#ifdef __GLIBCXX__
    return std::regex(pattern, std::regex::ECMAScript | std::regex_constants::__polynomial);
#else
    return std::regex(pattern, std::regex::ECMAScript);
#endif
}

bool Config::is_excluded(std::string_view project_path) const {
    return gitignore_matches_any(exclude, project_path);
}

std::optional<DocumentKind> Config::forced_kind(std::string_view project_path) const {
    for (const KindGlob& glob : kinds) {
        if (gitignore_matches(glob.pattern, project_path)) return glob.kind;
    }
    return std::nullopt;
}

}  // namespace reclint
