#include "vocabulary/severity.hpp"

namespace reclint {

std::string_view severity_name(Severity severity) {
    switch (severity) {
        case Severity::error:
            return "error";
        case Severity::warning:
            return "warning";
        case Severity::info:
            return "info";
        case Severity::off:
            return "off";
    }
    return "off";
}

std::optional<Severity> severity_from_name(std::string_view name) {
    for (const Severity severity : {Severity::error, Severity::warning, Severity::info, Severity::off}) {
        if (severity_name(severity) == name) return severity;
    }
    return std::nullopt;
}

}  // namespace reclint
