// What a run sees of the world, passed in so that tests can run reclint in-process.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <ostream>
#include <string>

namespace reclint {

struct Environment {
    std::filesystem::path cwd;  // absolute
    std::ostream& out;
    std::ostream& err;
    bool out_is_terminal = false;
    std::map<std::string, std::string> variables;  // CI, NO_COLOR, GITHUB_STEP_SUMMARY, ...

    std::optional<std::string> variable(const std::string& name) const {
        const auto found = variables.find(name);
        if (found == variables.end()) return std::nullopt;
        return found->second;
    }
};

}  // namespace reclint
