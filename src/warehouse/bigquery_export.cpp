// The `bigquery:FILE` catalog source: the JSON that `bq query --format=json` prints for
// SELECT table_catalog, table_schema, table_name, column_name, ordinal_position
// FROM <region>.INFORMATION_SCHEMA.COLUMNS.
#include "warehouse/export_file.hpp"

namespace reclint {

namespace {

using Json = nlohmann::json;

// `bq` prints INTEGER columns as strings ("3"); a number is taken too.
std::optional<long> whole_number(const Json& value) {
    if (value.is_number_integer()) return value.get<long>();
    if (!value.is_string()) return std::nullopt;
    const std::string& text = value.get_ref<const std::string&>();
    if (text.empty() || text.size() > 9 || text.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    return std::stol(text);
}

class ExportReader {
  public:
    ExportReader(const ExportFile& file, CatalogBuilder& builder) : file_(file), builder_(builder) {}

    std::string read(const Json& rows) {
        if (!rows.is_array())
            return file_.problem_at({}, "expected an array of rows (the output of `bq query --format=json`)");
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (std::string problem = read_row(rows[i], i); !problem.empty()) return problem;
        }
        return "";
    }

  private:
    std::string read_row(const Json& row, std::size_t index) {
        if (!row.is_object()) return file_.problem_at({index}, "expected an object with the columns of a row");
        const std::string* values[4] = {};
        static constexpr const char* kNames[4] = {"table_catalog", "table_schema", "table_name", "column_name"};
        for (std::size_t field = 0; field < 4; ++field) {
            const auto found = row.find(kNames[field]);
            if (found != row.end() && found->is_string()) {
                values[field] = &found->get_ref<const std::string&>();
            } else if (field > 0 || (found != row.end() && !found->is_null())) {
                return problem(index, kNames[field], found != row.end(), "a string");
            }
        }
        const auto position = row.find("ordinal_position");
        const std::optional<long> ordinal = position == row.end() ? std::nullopt : whole_number(*position);
        if (!ordinal) return problem(index, "ordinal_position", position != row.end(), "a whole number");
        if (values[1]->empty() || values[2]->empty() || values[3]->empty())
            return file_.problem_at({index}, "a row with an empty schema, table or column name");
        if (!builder_.wanted(*values[1])) return "";
        std::string table = *values[1] + "." + *values[2];
        if (values[0] && !values[0]->empty()) table = *values[0] + "." + table;
        builder_.add_column(table, *ordinal, *values[3]);
        return "";
    }

    std::string problem(std::size_t index, const char* key, bool present, const char* expected) const {
        if (!present) return file_.problem_at({index}, "row " + std::to_string(index + 1) + " has no \"" + key + "\"");
        return file_.problem_at({index, std::string(key)}, "\"" + std::string(key) + "\" must be " + expected);
    }

    const ExportFile& file_;
    CatalogBuilder& builder_;
};

}  // namespace

ImportResult import_bigquery(const ImportRequest& request) {
    return import_json_export<Json, ExportReader>(request, "BigQuery export", false);
}

}  // namespace reclint
