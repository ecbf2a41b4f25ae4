// The table of document kinds: each kind's name, the `kind:` value that marks it, its schema and
// its model builder. Detection, the config's `kinds:`, validation and model building all read it,
// so a new kind is one row here plus its own files.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "load/node.hpp"
#include "vocabulary/document_kind.hpp"

namespace reclint {

struct Document;
struct InputFile;

struct DocumentKindInfo {
    DocumentKind kind;
    std::string_view name;  // in the config's `kinds:` and in messages: "dag", "argo", ...
    // The `kind:` value that marks a document of this kind ("Experiment"), for the kinds that
    // have one; the others (a DAG file, an Argo manifest) are recognized by their shape.
    std::string_view kind_field;
    std::string_view schema;  // validated against schemas/<schema>.json; "" for none
    // Adds the model of a document of this kind (a mapping) to its file's models; null for none.
    void (*build)(const Document& document, InputFile& file);
};

// Every kind, `none` first.
const std::vector<DocumentKindInfo>& document_kinds();
const DocumentKindInfo& document_kind_info(DocumentKind kind);

std::string_view kind_name(DocumentKind kind);
std::optional<DocumentKind> kind_from_name(std::string_view name);

}  // namespace reclint
