#include "vocabulary/document_kind.hpp"

#include <array>
#include <utility>

namespace reclint {

namespace {

constexpr std::array<std::pair<DocumentKind, std::string_view>, 7> kNames = {{
    {DocumentKind::none, "none"},
    {DocumentKind::dag, "dag"},
    {DocumentKind::argo, "argo"},
    {DocumentKind::experiment, "experiment"},
    {DocumentKind::holdout, "holdout"},
    {DocumentKind::catalog, "catalog"},
    {DocumentKind::config, "config"},
}};

}  // namespace

std::string_view kind_name(DocumentKind kind) {
    for (const auto& [k, name] : kNames) {
        if (k == kind) return name;
    }
    return "none";
}

std::optional<DocumentKind> kind_from_name(std::string_view name) {
    for (const auto& [kind, n] : kNames) {
        if (n == name) return kind;
    }
    return std::nullopt;
}

}  // namespace reclint
