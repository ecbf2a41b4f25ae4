// The `dbt:FILE` catalog source: a dbt manifest.json of schema v10 to v12 (dbt 1.6 and later).
// Models, seeds and snapshots are tables `schema.alias`, sources `schema.identifier`, each with
// `database.` in front when the manifest names one; tests and other nodes are not tables, nor are
// ephemeral models (dbt inlines them into the models that use them).
#include "warehouse/export_file.hpp"

namespace reclint {

namespace {

using Json = nlohmann::ordered_json;

constexpr int kOldestVersion = 10;
constexpr int kNewestVersion = 12;

const std::string* text_of(const Json& object, const char* key) {
    const auto found = object.find(key);
    if (found == object.end() || !found->is_string() || found->get_ref<const std::string&>().empty()) return nullptr;
    return &found->get_ref<const std::string&>();
}

// The version of `https://schemas.getdbt.com/dbt/manifest/v12.json`, or 0.
int schema_version(const std::string& url) {
    const std::size_t slash = url.rfind("/v");
    if (slash == std::string::npos || !url.ends_with(".json")) return 0;
    const std::string digits = url.substr(slash + 2, url.size() - slash - 2 - 5);
    if (digits.empty() || digits.size() > 3 || digits.find_first_not_of("0123456789") != std::string::npos) return 0;
    return std::stoi(digits);
}

class ManifestReader {
  public:
    ManifestReader(const ExportFile& file, CatalogBuilder& builder) : file_(file), builder_(builder) {}

    std::string read(const Json& manifest) {
        if (std::string problem = check_version(manifest); !problem.empty()) return problem;
        for (const char* section : {"nodes", "sources"}) {
            const auto found = manifest.find(section);
            if (found == manifest.end()) continue;
            if (!found->is_object()) return file_.problem_at({std::string(section)}, "expected an object of nodes");
            for (const auto& [id, node] : found->items()) {
                if (std::string problem = read_node(section, id, node); !problem.empty()) return problem;
            }
        }
        return "";
    }

  private:
    std::string check_version(const Json& manifest) const {
        if (!manifest.is_object()) return file_.problem_at({}, "expected a dbt manifest (a JSON object)");
        const auto metadata = manifest.find("metadata");
        const std::string* url =
            metadata != manifest.end() && metadata->is_object() ? text_of(*metadata, "dbt_schema_version") : nullptr;
        if (!url) return file_.problem_at({}, "not a dbt manifest: \"metadata.dbt_schema_version\" is missing");
        const int version = schema_version(*url);
        if (version >= kOldestVersion && version <= kNewestVersion) return "";
        return file_.problem_at({std::string("metadata"), std::string("dbt_schema_version")},
                                "dbt manifest schema " + printable_quoted(*url) +
                                    " is not supported: reclint reads manifest schemas v10 to v12 (dbt 1.6 and "
                                    "later); regenerate it with a newer dbt (`dbt parse`)");
    }

    std::string read_node(const char* section, const std::string& id, const Json& node) {
        const std::vector<JsonStep> at{std::string(section), id};
        if (!node.is_object()) return file_.problem_at(at, "expected an object for node " + printable_quoted(id));
        const std::string* type = text_of(node, "resource_type");
        if (!type) return file_.problem_at(at, "node " + printable_quoted(id) + " has no \"resource_type\"");
        const bool source = *type == "source";
        if (!source && *type != "model" && *type != "seed" && *type != "snapshot") return "";
        if (*type == "model" && materialized(node) == "ephemeral") return "";
        const std::string* schema = text_of(node, "schema");
        const std::string* table = text_of(node, source ? "identifier" : "alias");
        if (!table) table = text_of(node, "name");
        if (!schema || !table)
            return file_.problem_at(at, "node " + printable_quoted(id) + " has no \"schema\" or no \"" +
                                            (source ? "identifier" : "alias") + "\" and \"name\"");
        if (!builder_.wanted(*schema)) return "";
        std::string name = *schema + "." + *table;
        if (const std::string* database = text_of(node, "database")) name = *database + "." + name;
        return read_columns(node, at, name);
    }

    static std::string materialized(const Json& node) {
        const auto config = node.find("config");
        if (config == node.end() || !config->is_object()) return "";
        const std::string* kind = text_of(*config, "materialized");
        return kind ? *kind : "";
    }

    std::string read_columns(const Json& node, std::vector<JsonStep> at, const std::string& table) {
        builder_.add_table(table);
        const auto columns = node.find("columns");
        if (columns == node.end() || columns->is_null()) return "";
        at.emplace_back(std::string("columns"));
        if (!columns->is_object()) return file_.problem_at(at, "expected an object of columns");
        long position = 0;
        for (const auto& [key, column] : columns->items()) {
            const std::string* name = column.is_object() ? text_of(column, "name") : nullptr;
            builder_.add_column(table, position++, name ? *name : key);
        }
        return "";
    }

    const ExportFile& file_;
    CatalogBuilder& builder_;
};

}  // namespace

ImportResult import_dbt(const ImportRequest& request) {
    // Columns that nobody documented are not known.
    return import_json_export<Json, ManifestReader>(request, "dbt manifest", true);
}

}  // namespace reclint
