// Shared by the naming/* rules: does a name match its configured pattern, and the message when not.
#pragma once

#include <regex>
#include <string>
#include <string_view>

#include "engine/rule.hpp"

namespace reclint {

inline bool matches_pattern(std::string_view name, const NamingPattern& pattern) {
    return std::regex_match(name.begin(), name.end(), pattern.regex);
}

// Reports `name` at `span` when it does not match:
// `experiment name "JobFeed" does not match the pattern "^[a-z]..."`.
inline void check_name(std::string_view name, Span span, std::string_view what, const NamingPattern& pattern,
                       const SourceFile& source, RuleContext& context) {
    if (matches_pattern(name, pattern)) return;
    context.report(source, span,
                   std::string(what) + " name \"" + std::string(name) + "\" does not match the pattern \"" +
                       pattern.source + "\"");
}

inline void check_name(const TextValue& name, std::string_view what, const NamingPattern& pattern,
                       const SourceFile& source, RuleContext& context) {
    check_name(name.text, name.span, what, pattern, source, context);
}

}  // namespace reclint
