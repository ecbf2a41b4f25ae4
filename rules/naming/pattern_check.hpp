// Shared by the naming/* rules: does a name match its configured pattern, and the message when not.
#pragma once

#include <string>
#include <string_view>

#include "engine/rule.hpp"
#include "model/naming_pattern.hpp"

namespace reclint {

// Reports `name` at `span` when it does not match:
// `experiment name "JobFeed" does not match the pattern "^[a-z]..."`.
inline void check_name(std::string_view name, Span span, std::string_view what, const NamingPattern& pattern,
                       const SourceFile& source, RuleContext& context) {
    if (matches_naming_pattern(pattern.source, name)) return;
    context.report(source, span,
                   std::string(what) + " name \"" + std::string(name) + "\" does not match the pattern \"" +
                       pattern.source + "\"");
}

inline void check_name(const TextValue& name, std::string_view what, const NamingPattern& pattern,
                       const SourceFile& source, RuleContext& context) {
    check_name(name.text, name.span, what, pattern, source, context);
}

}  // namespace reclint
