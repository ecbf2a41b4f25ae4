// reclint's entry point: hands the command line and the process's environment to run_reclint.
#include <unistd.h>

#include <filesystem>
#include <iostream>

#include "cli/run.hpp"

extern char** environ;

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    std::error_code error;
    reclint::Environment environment{std::filesystem::current_path(error), std::cout, std::cerr,
                                     ::isatty(STDOUT_FILENO) == 1,         {},        &std::cin};
    for (char** variable = environ; *variable != nullptr; ++variable) {
        const std::string entry(*variable);
        const std::size_t equals = entry.find('=');
        if (equals != std::string::npos)
            environment.variables.emplace(entry.substr(0, equals), entry.substr(equals + 1));
    }
    const int code = reclint::run_reclint(std::vector<std::string>(argv + 1, argv + argc), environment);
    std::cout.flush();
    return code;
}
