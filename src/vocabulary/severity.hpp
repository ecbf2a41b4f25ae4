// How serious a diagnostic is; `off` disables a rule.
#pragma once

#include <optional>
#include <string_view>

namespace reclint {

enum class Severity { off, info, warning, error };

std::string_view severity_name(Severity severity);  // "error", "warning", "info", "off"
std::optional<Severity> severity_from_name(std::string_view name);

}  // namespace reclint
