// Writes an imported catalog as a `kind: Catalog` YAML document, byte-identical for identical
// input; merged with an existing catalog, it keeps that catalog's hand-set `complete:` flags,
// descriptions and comments for the tables that still exist.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "load/source_file.hpp"
#include "warehouse/imported_catalog.hpp"

namespace reclint {

struct CatalogText {
    std::string text;
    std::vector<std::string> dropped;  // tables of the merged catalog that the source no longer has
    std::string error;                 // the merged catalog cannot be read: `FILE:LINE:COLUMN: why`
};

CatalogText write_catalog_yaml(const ImportedCatalog& catalog, const SourceFile* merge = nullptr);

// `text` as a YAML scalar that reads back as the same string: plain when that is safe in a flow
// sequence, else double-quoted.
std::string yaml_scalar(std::string_view text);

}  // namespace reclint
