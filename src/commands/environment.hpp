// What a run sees of the world, passed in so that tests can run reclint in-process.
#pragma once

#include <filesystem>
#include <istream>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "text/printable.hpp"

namespace reclint {

struct Environment {
    std::filesystem::path cwd;  // absolute
    std::ostream& out;
    std::ostream& err;
    bool out_is_terminal = false;
    std::map<std::string, std::string> variables;  // CI, NO_COLOR, GITHUB_STEP_SUMMARY, ...
    std::istream* in = nullptr;                    // standard input; none: reads get nothing

    // One line on stderr, "reclint: " first. Paths and names in it are shown through printable(), so
    // none can start a line of its own (a GitHub workflow command) or emit an escape sequence.
    void print_message(std::string_view text) const { err << "reclint: " << printable(text) << '\n'; }

    std::optional<std::string> variable(const std::string& name) const {
        const auto found = variables.find(name);
        if (found == variables.end()) return std::nullopt;
        return found->second;
    }
};

}  // namespace reclint
