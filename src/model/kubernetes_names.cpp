#include "model/kubernetes_names.hpp"

namespace reclint {

namespace {

constexpr std::size_t kFieldNameLimit = 128;
constexpr std::size_t kObjectNameLimit = 63;
constexpr std::size_t kCronWorkflowNameLimit = 52;
constexpr std::size_t kSubdomainLimit = 253;

bool is_alphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool is_lower_alphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// [a-z0-9]([-a-z0-9]*[a-z0-9])?
bool is_dns_label(std::string_view label) {
    if (label.empty() || !is_lower_alphanumeric(label.front()) || !is_lower_alphanumeric(label.back())) return false;
    for (const char c : label) {
        if (!is_lower_alphanumeric(c) && c != '-') return false;
    }
    return true;
}

// Labels joined by ".".
bool is_dns_subdomain(std::string_view name) {
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = name.find('.', start);
        if (!is_dns_label(name.substr(start, dot - start))) return false;
        if (dot == std::string_view::npos) return true;
        start = dot + 1;
    }
}

std::string length_text(std::size_t length) {
    return "is " + std::to_string(length) + " characters long";
}

constexpr std::string_view kSubdomainRule =
    "must be a valid Kubernetes name: lowercase letters, digits, \"-\" and \".\", starting and "
    "ending with a letter or digit";

}  // namespace

std::optional<std::string> field_name_problem(std::string_view name) {
    if (name.empty()) return "must not be empty";
    bool valid = is_alphanumeric(name[0]);
    for (const char c : name)
        valid = valid && (is_alphanumeric(c) || c == '-');
    if (!valid) return "must consist of letters, digits and \"-\", and start with a letter or digit";
    if (name.size() > kFieldNameLimit) return length_text(name.size()) + ", more than the 128 Argo allows";
    return std::nullopt;
}

std::optional<std::string> parameter_name_problem(std::string_view name) {
    if (name.empty()) return "must not be empty";
    for (const char c : name) {
        if (!is_alphanumeric(c) && c != '-' && c != '_') return "must consist of letters, digits, \"-\" and \"_\"";
    }
    return std::nullopt;
}

std::string with_placeholders_filled(std::string_view name) {
    std::string filled;
    filled.reserve(name.size());
    std::size_t at = 0;
    for (std::size_t open = name.find("{{"); open != std::string_view::npos; open = name.find("{{", at)) {
        const std::size_t close = name.find("}}", open + 2);
        if (close == std::string_view::npos) break;
        filled.append(name.substr(at, open - at)).push_back('x');
        at = close + 2;
    }
    filled.append(name.substr(at));
    return filled;
}

std::optional<std::string> object_name_problem(std::string_view name, ArgoKind kind) {
    if (!is_dns_subdomain(name) || name.size() > kSubdomainLimit) return std::string(kSubdomainRule);
    if (kind == ArgoKind::cron_workflow && name.size() > kCronWorkflowNameLimit) {
        return length_text(name.size()) +
               ", more than the 52 Argo allows a CronWorkflow (its workflows add an 11-character "
               "timestamp)";
    }
    if (name.size() > kObjectNameLimit) return length_text(name.size()) + ", more than the 63 Argo allows";
    return std::nullopt;
}

std::optional<std::string> generate_name_problem(std::string_view prefix) {
    // Kubernetes checks the prefix as a name whose trailing "-" is followed by generated letters.
    std::string masked(prefix);
    if (!masked.empty() && masked.back() == '-') masked.back() = 'a';
    if (!is_dns_subdomain(masked)) return std::string(kSubdomainRule) + " (a trailing \"-\" is fine)";
    return std::nullopt;
}

}  // namespace reclint
