// The kinds of documents reclint understands.
#pragma once

#include <optional>
#include <string_view>

namespace reclint {

enum class DocumentKind { none, dag, argo, experiment, holdout, catalog, config };

// The name used in the config's `kinds:` and in messages: "dag", "argo", ...
std::string_view kind_name(DocumentKind kind);
std::optional<DocumentKind> kind_from_name(std::string_view name);

}  // namespace reclint
