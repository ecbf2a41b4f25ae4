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

using SchemaTable = std::map<std::string_view, std::unique_ptr<CompiledSchema>, std::less<>>;

SchemaTable compile_all() {
    SchemaTable table;
    for (const EmbeddedSchema& embedded : embedded_schemas()) {
        auto compiled = std::make_unique<CompiledSchema>();
        compiled->json = nlohmann::json::parse(embedded.text);
        // Unknown keys are found by check_keys, which reports all of them.
        const nlohmann::json open_schema = without_closed_mappings(compiled->json);
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        parser.populateSchema(valijson::adapters::NlohmannJsonAdapter(open_schema), compiled->schema);
        table.emplace(embedded.name, std::move(compiled));
    }
    return table;
}

}  // namespace

const CompiledSchema* compiled_schema(std::string_view name) {
    static const SchemaTable table = compile_all();
    const auto found = table.find(name);
    return found == table.end() ? nullptr : found->second.get();
}

}  // namespace reclint
