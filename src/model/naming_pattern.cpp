#include "model/naming_pattern.hpp"

#include <re2/re2.h>

#include <memory>
#include <unordered_map>

namespace reclint {

namespace {

// Bounds the memory (and so the time) RE2 spends compiling a pattern; patterns that reach it are
// far past kMaxNamingProgramSize.
constexpr int64_t kMaxCompileMemory = 1 << 20;

std::unique_ptr<re2::RE2> compile(std::string_view pattern) {
    RE2::Options options;
    options.set_log_errors(false);  // RE2 would print the pattern raw on stderr
    options.set_max_mem(kMaxCompileMemory);
    return std::make_unique<re2::RE2>(re2::StringPiece(pattern.data(), pattern.size()), options);
}

}  // namespace

std::optional<std::string> naming_pattern_problem(std::string_view pattern) {
    const auto regex = compile(pattern);
    if (regex->error_code() == RE2::ErrorPatternTooLarge ||
        (regex->ok() && regex->ProgramSize() > kMaxNamingProgramSize)) {
        return "the pattern is too complex: it compiles to more than " + std::to_string(kMaxNamingProgramSize) +
               " RE2 instructions";
    }
    if (!regex->ok()) return regex->error();
    return std::nullopt;
}

bool matches_naming_pattern(const std::string& pattern, std::string_view name) {
    thread_local std::unordered_map<std::string, std::unique_ptr<re2::RE2>> compiled;
    auto& regex = compiled[pattern];
    if (!regex) regex = compile(pattern);
    return RE2::FullMatch(re2::StringPiece(name.data(), name.size()), *regex);
}

}  // namespace reclint
