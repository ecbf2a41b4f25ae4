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

std::unique_ptr<CompiledSchema> compile(std::string_view text) {
    auto compiled = std::make_unique<CompiledSchema>();
    compiled->json = nlohmann::json::parse(text);
    // Unknown keys are found by check_keys, which reports all of them.
    const nlohmann::json open_schema = without_closed_mappings(compiled->json);
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    parser.populateSchema(valijson::adapters::NlohmannJsonAdapter(open_schema), compiled->schema);
    return compiled;
}

}  // namespace

// Each schema is compiled when first asked for: a run pays only for the kinds it meets (Argo's own
// schemas, embedded beside ours, are never compiled here: schema/argo_schema.cpp reads them).
const CompiledSchema* compiled_schema(std::string_view name) {
    static std::mutex mutex;
    static std::map<std::string_view, std::unique_ptr<CompiledSchema>, std::less<>> table;
    const std::lock_guard lock(mutex);
    if (const auto found = table.find(name); found != table.end()) return found->second.get();
    for (const EmbeddedSchema& embedded : embedded_schemas()) {
        if (embedded.name == name) return table.emplace(embedded.name, compile(embedded.text)).first->second.get();
    }
    return nullptr;
}

}  // namespace reclint
