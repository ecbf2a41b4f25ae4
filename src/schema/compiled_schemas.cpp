#include "schema/compiled_schemas.hpp"

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema_parser.hpp>

#include <map>
#include <memory>
#include <mutex>

#include "schema/embedded_schemas.hpp"
#include "schema/key_checks.hpp"

namespace reclint {

namespace {

using SchemaTable = std::map<DocumentKind, std::unique_ptr<CompiledSchema>>;

SchemaTable compile_all() {
    SchemaTable table;
    for (const EmbeddedSchema& embedded : embedded_schemas()) {
        const auto kind = kind_from_name(embedded.name);
        if (!kind) continue;
        auto compiled = std::make_unique<CompiledSchema>();
        compiled->json = nlohmann::json::parse(embedded.text);
        // Unknown keys are found by check_keys, which reports all of them.
        const nlohmann::json open_schema = without_closed_mappings(compiled->json);
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        parser.populateSchema(valijson::adapters::NlohmannJsonAdapter(open_schema), compiled->schema);
        table.emplace(*kind, std::move(compiled));
    }
    return table;
}

}  // namespace

const CompiledSchema* compiled_schema(DocumentKind kind) {
    static const SchemaTable table = compile_all();
    const auto found = table.find(kind);
    return found == table.end() ? nullptr : found->second.get();
}

}  // namespace reclint
