// The edits a rule may attach to a finding as a safe fix: a name replaced by the one it surely
// meant, or a repeated list entry removed. Each touches only the bytes it must, so comments,
// quoting, indentation and line breaks stay as they were; none when the text is not as expected.
#pragma once

#include <optional>
#include <string_view>

#include "engine/rule_context.hpp"

namespace reclint {

// Whether `name` may be written anywhere a plain or quoted name stands without changing what the
// text means: letters, digits and `_-./:` only, not starting with `-`, `.` or `:`.
bool is_plain_name(std::string_view name);

// `name`, written at `span` of `file` as it is or in quotes, replaced by `replacement`; none when
// the text there is something else (escapes, a folded scalar) or either is no plain name (a
// cron descriptor such as "@daily" may replace another).
std::optional<Edit> rename_edit(const SourceFile& file, Span span, std::string_view name, std::string_view replacement);

// Removes the list entry at `span`, a later entry of a list whose earlier entries stay: a block
// entry's whole line (`- a`, with its line break), or a flow entry with the comma before it
// (`[a, a]` -> `[a]`). None when a comment or anything else shares the line or the gap.
std::optional<Edit> remove_entry_edit(const SourceFile& file, Span span);

// Reports `message` at `span`, where `name` is written, followed by `, did you mean "x"?` when a
// candidate x is close; with the fix that writes x there when no other candidate is as close.
DiagnosticBuilder report_misspelling(RuleContext& context, const SourceFile& file, Span span, std::string message,
                                     std::string_view name, const std::vector<std::string_view>& candidates);

}  // namespace reclint
