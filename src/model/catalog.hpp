// The typed view of a catalog document (docs/formats.md): the warehouse tables that exist, with
// their columns when the export lists them and whether each has a row for every user.
#pragma once

#include <optional>
#include <vector>

#include "load/node.hpp"
#include "model/values.hpp"

namespace reclint {

struct CatalogTable {
    Span span;  // the table's mapping
    TextValue name;
    std::optional<std::vector<TextValue>> columns;  // absent: the export did not list them
    bool complete = false;                          // `complete: true`
    std::optional<TextValue> rows;                  // `rows: N`, as recorded; table/empty reads 0
};

struct Catalog {
    Span span;                         // the document's mapping
    std::vector<CatalogTable> tables;  // in document order; entries without a string name left out
};

// Reads a catalog document; tolerant of any shape.
Catalog read_catalog(const Node& root);

}  // namespace reclint
