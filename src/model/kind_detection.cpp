#include "model/kind_detection.hpp"

#include <algorithm>
#include <array>

#include "model/document_kinds.hpp"
#include "text/did_you_mean.hpp"

namespace reclint {

namespace {

// The kinds marked by a `kind:` value, in the table's order.
const std::vector<const DocumentKindInfo*>& kinds_with_kind_field() {
    static const std::vector<const DocumentKindInfo*> marked = [] {
        std::vector<const DocumentKindInfo*> found;
        for (const DocumentKindInfo& info : document_kinds()) {
            if (!info.kind_field.empty()) found.push_back(&info);
        }
        return found;
    }();
    return marked;
}

DocumentKind kind_of_kind_field(std::string_view value) {
    std::vector<std::string_view> names;
    for (const DocumentKindInfo* info : kinds_with_kind_field()) {
        if (value == info->kind_field) return info->kind;
        names.push_back(info->kind_field);
    }
    if (const auto close = closest_name(value, names)) {
        for (const DocumentKindInfo* info : kinds_with_kind_field()) {
            if (*close == info->kind_field) return info->kind;
        }
    }
    return DocumentKind::none;
}

// The kinds of Argo Workflows that reclint checks. Other argoproj.io kinds (Argo CD's
// Application, Argo Events' Sensor, Argo Workflows' own WorkflowEventBinding, ...) are not ours.
constexpr std::array<std::string_view, 4> kArgoKinds = {"Workflow", "WorkflowTemplate", "ClusterWorkflowTemplate",
                                                        "CronWorkflow"};

// One of the four, a near miss of one ("Workflw": the typo is reported), or no kind at all.
DocumentKind kind_of_argo_document(const Node& root) {
    const auto kind = root.find_string("kind");
    if (!kind) return DocumentKind::argo;
    const std::vector<std::string_view> kinds(kArgoKinds.begin(), kArgoKinds.end());
    const bool known = std::find(kinds.begin(), kinds.end(), *kind) != kinds.end();
    return known || closest_name(*kind, kinds) ? DocumentKind::argo : DocumentKind::none;
}

// The first non-blank, non-comment text at the start of a line, up to the colon: a top-level key.
bool has_top_level_key(std::string_view text, std::string_view key, std::string_view value_prefix) {
    std::size_t line_start = 0;
    while (line_start < text.size()) {
        std::size_t line_end = text.find('\n', line_start);
        if (line_end == std::string_view::npos) line_end = text.size();
        std::string_view line = text.substr(line_start, line_end - line_start);
        if (line.starts_with(key) && line.substr(key.size()).starts_with(":")) {
            std::string_view value = line.substr(key.size() + 1);
            value.remove_prefix(std::min(value.find_first_not_of(" \t\"'"), value.size()));
            if (value.starts_with(value_prefix)) return true;
        }
        line_start = line_end + 1;
    }
    return false;
}

}  // namespace

DocumentKind detect_kind(const Node& root) {
    if (!root.is_mapping()) return DocumentKind::none;
    if (const auto api = root.find_string("apiVersion")) {
        return api->starts_with("argoproj.io/") ? kind_of_argo_document(root) : DocumentKind::none;
    }
    if (const auto kind = root.find_string("kind")) return kind_of_kind_field(*kind);
    if (const Node* jobs = root.find("jobs"); jobs && jobs->is_sequence()) return DocumentKind::dag;
    return DocumentKind::none;
}

DocumentKind apply_forced_kind(const Node& root, DocumentKind forced) {
    if (forced != DocumentKind::argo || !root.is_mapping()) return forced;
    const auto api = root.find_string("apiVersion");
    if (api && !api->starts_with("argoproj.io/")) return DocumentKind::none;
    return kind_of_argo_document(root);
}

bool text_looks_like_ours(std::string_view text) {
    const auto& marked = kinds_with_kind_field();
    return has_top_level_key(text, "apiVersion", "argoproj.io/") ||
           std::any_of(
               marked.begin(), marked.end(),
               [text](const DocumentKindInfo* info) { return has_top_level_key(text, "kind", info->kind_field); }) ||
           text_looks_like_dag_file(text);
}

bool text_looks_like_dag_file(std::string_view text) {
    return has_top_level_key(text, "jobs", "") && has_top_level_key(text, "name", "");
}

}  // namespace reclint
