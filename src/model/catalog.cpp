#include "model/catalog.hpp"

#include "model/value_readers.hpp"

namespace reclint {

namespace {

std::optional<CatalogTable> read_table(const Node& node) {
    if (!node.is_mapping()) return std::nullopt;
    std::optional<TextValue> name = read_text(node, "name");
    if (!name || name->text.empty()) return std::nullopt;
    const std::optional<FlagValue> complete = read_flag(node, "complete");
    CatalogTable table{node.span, *name, read_text_list(node, "columns"), complete && complete->value, {}};
    // The schema checks the value; only a plain integer counts.
    if (const Node* rows = node.find("rows"); rows && rows->as_integer())
        table.rows = TextValue{rows->value(), rows->span, {}};
    return table;
}

}  // namespace

Catalog read_catalog(const Node& root) {
    Catalog catalog;
    catalog.span = root.span;
    const Node* tables = root.find("tables");
    if (!tables || !tables->is_sequence()) return catalog;
    catalog.tables.reserve(tables->items().size());
    for (const Node* item : tables->items()) {
        if (std::optional<CatalogTable> table = read_table(*item)) catalog.tables.push_back(std::move(*table));
    }
    return catalog;
}

}  // namespace reclint
