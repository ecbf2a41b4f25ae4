// reclint_compile_argo_schema OUTPUT SCHEMA.json...: compiles Argo Workflows' JSON Schemas
// (schemas/argo-workflows-*.json, as schemas/trim_argo_schema.py leaves them) into the constant
// tables of schema/argo_shapes.hpp, written as C++ source to OUTPUT. Run by the build.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "schema/argo_shapes.hpp"

namespace {

using reclint::ArgoRange;
using reclint::ArgoShape;
using reclint::kNoShape;

// The tables of one version, with owned strings; written out as argo_shapes.hpp's types.
struct Tables {
    std::string version;
    std::vector<ArgoShape> shapes;
    std::vector<std::string> titles;  // titles[i] is shapes[i].title
    std::vector<std::pair<std::string, std::uint32_t>> properties;
    std::vector<std::string> required;
    std::vector<std::pair<std::string, std::string>> removed;
    std::vector<std::pair<std::string, std::uint32_t>> kinds;
};

std::uint8_t type_bit(const nlohmann::json& type) {
    namespace bits = reclint::argo_type;
    static const std::map<std::string, std::uint8_t> kBits = {{"object", bits::object}, {"array", bits::array},
                                                              {"string", bits::string}, {"integer", bits::integer},
                                                              {"number", bits::number}, {"boolean", bits::boolean}};
    const auto found = kBits.find(type.get<std::string>());
    return found == kBits.end() ? 0 : found->second;
}

class Compiler {
  public:
    explicit Compiler(const nlohmann::json& json) {
        tables_.version = json.at("x-argo-version").get<std::string>();
        const nlohmann::json& definitions = json.at("definitions");
        for (const auto& [name, unused] : definitions.items())
            index_.emplace(name, static_cast<std::uint32_t>(index_.size()));
        tables_.shapes.resize(index_.size());
        tables_.titles.resize(index_.size());
        for (const auto& [name, definition] : definitions.items())
            fill(index_.at(name), definition);
        for (const auto& [kind, reference] : json.at("x-kinds").items())
            tables_.kinds.emplace_back(kind, resolve(reference.get<std::string>()));
    }

    Tables take() { return std::move(tables_); }

  private:
    std::uint32_t resolve(const std::string& reference) const {
        return index_.at(reference.substr(reference.rfind('/') + 1));
    }

    // The shape of an inline schema, or of the definition it refers to.
    std::uint32_t add(const nlohmann::json& schema) {
        if (schema.contains("$ref")) return resolve(schema["$ref"].get<std::string>());
        tables_.shapes.emplace_back();
        tables_.titles.emplace_back();
        const auto at = static_cast<std::uint32_t>(tables_.shapes.size() - 1);
        fill(at, schema);
        return at;
    }

    // Nested schemas are added first, so each shape's rows of a table are contiguous.
    void fill(std::uint32_t at, const nlohmann::json& schema) {
        ArgoShape shape;
        if (const auto type = schema.find("type"); type != schema.end()) shape.types = type_bit(*type);
        shape.int_or_string = schema.value("x-int-or-string", false);
        shape.quantity = schema.value("x-quantity", false);
        shape.any_scalar = schema.value("x-any-scalar", false);
        std::vector<std::pair<std::string, std::uint32_t>> properties;
        if (const auto found = schema.find("properties"); found != schema.end()) {
            for (const auto& [key, value] : found->items())
                properties.emplace_back(key, add(value));
            std::sort(properties.begin(), properties.end());
        }
        if (const auto items = schema.find("items"); items != schema.end()) shape.items = add(*items);
        if (const auto values = schema.find("additionalProperties"); values != schema.end() && values->is_object())
            shape.values = add(*values);
        shape.properties = append(tables_.properties, properties);
        if (const auto required = schema.find("required"); required != schema.end())
            shape.required = append(tables_.required, required->get<std::vector<std::string>>());
        std::vector<std::pair<std::string, std::string>> removed;
        if (const auto found = schema.find("x-removed"); found != schema.end()) {
            for (const auto& [key, replacement] : found->items())
                removed.emplace_back(key, replacement.get<std::string>());
        }
        shape.removed = append(tables_.removed, removed);
        tables_.titles[at] = schema.value("title", std::string());
        tables_.shapes[at] = shape;
    }

    template <typename Row>
    static ArgoRange append(std::vector<Row>& table, const std::vector<Row>& rows) {
        const ArgoRange range{static_cast<std::uint32_t>(table.size()), static_cast<std::uint32_t>(rows.size())};
        table.insert(table.end(), rows.begin(), rows.end());
        return range;
    }

    std::map<std::string, std::uint32_t> index_;
    Tables tables_;
};

// `text` as a C++ string literal.
std::string literal(const std::string& text) {
    std::string out = "\"";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append(1, '\\').append(1, c);
        } else if (byte < 0x20 || byte >= 0x7f) {
            char octal[5];
            std::snprintf(octal, sizeof octal, "\\%03o", byte);
            out += octal;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

std::string range(const ArgoRange& range) {
    return "{" + std::to_string(range.first) + ", " + std::to_string(range.count) + "}";
}

std::string shape_index(std::uint32_t shape) {
    return shape == kNoShape ? "kNoShape" : std::to_string(shape);
}

// One table as a std::array named `name` of `type`, a row per line.
template <typename Rows, typename Row>
void write_array(std::ostream& out, const std::string& type, const std::string& name, const Rows& rows, Row row) {
    out << "constexpr std::array<" << type << ", " << rows.size() << "> " << name << "{{\n";
    for (const auto& each : rows)
        out << "    " << row(each) << ",\n";
    out << "}};\n";
}

void write_version(std::ostream& out, const Tables& tables, const std::string& space) {
    out << "namespace " << space << " {\n";
    std::size_t at = 0;
    write_array(out, "ArgoShape", "kShapes", tables.shapes, [&](const ArgoShape& shape) {
        std::ostringstream row;
        row << std::boolalpha << "{" << int(shape.types) << ", " << shape.int_or_string << ", " << shape.quantity
            << ", " << shape.any_scalar << ", " << range(shape.properties) << ", " << shape_index(shape.items) << ", "
            << shape_index(shape.values) << ", " << range(shape.required) << ", " << range(shape.removed) << ", "
            << literal(tables.titles[at++]) << "}";
        return row.str();
    });
    write_array(out, "ArgoProperty", "kProperties", tables.properties, [](const auto& property) {
        return "{" + literal(property.first) + ", " + std::to_string(property.second) + "}";
    });
    write_array(out, "std::string_view", "kRequired", tables.required, literal);
    write_array(out, "ArgoRemoved", "kRemoved", tables.removed, [](const auto& removed) {
        return "{" + literal(removed.first) + ", " + literal(removed.second) + "}";
    });
    write_array(out, "ArgoKind", "kKinds", tables.kinds,
                [](const auto& kind) { return "{" + literal(kind.first) + ", " + std::to_string(kind.second) + "}"; });
    out << "}  // namespace " << space << "\n\n";
}

void write_source(std::ostream& out, const std::vector<Tables>& versions) {
    out << "// Generated by reclint_compile_argo_schema from schemas/argo-workflows-*.json: do not edit.\n"
           "#include <array>\n\n#include \"schema/argo_shapes.hpp\"\n\nnamespace reclint {\nnamespace {\n\n";
    std::vector<std::string> spaces;
    for (const Tables& tables : versions) {
        std::string space = "v" + tables.version;
        std::replace(space.begin(), space.end(), '.', '_');
        write_version(out, tables, space);
        spaces.push_back(space);
    }
    out << "constexpr ArgoShapes kVersions[] = {\n";
    for (std::size_t i = 0; i < versions.size(); ++i) {
        const std::string& space = spaces[i];
        out << "    {" << literal(versions[i].version) << ", " << space << "::kShapes, " << space << "::kProperties, "
            << space << "::kRequired, " << space << "::kRemoved, " << space << "::kKinds},\n";
    }
    out << "};\n\n}  // namespace\n\n"
           "const ArgoShapes* argo_shapes(std::string_view version) {\n"
           "    for (const ArgoShapes& shapes : kVersions) {\n"
           "        if (shapes.version == version) return &shapes;\n"
           "    }\n"
           "    return nullptr;\n"
           "}\n\n}  // namespace reclint\n";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: reclint_compile_argo_schema OUTPUT SCHEMA.json...\n";
        return 2;
    }
    try {
        std::vector<Tables> versions;
        for (int i = 2; i < argc; ++i) {
            std::ifstream in(argv[i]);
            if (!in) throw std::runtime_error(std::string("cannot read ") + argv[i]);
            versions.push_back(Compiler(nlohmann::json::parse(in)).take());
        }
        // Written beside the output and renamed over it, so a failed run leaves no partial file
        // that the build would take for up to date.
        const std::string written = std::string(argv[1]) + ".tmp";
        std::ofstream out(written);
        write_source(out, versions);
        out.close();
        if (!out || std::rename(written.c_str(), argv[1]) != 0) {
            std::remove(written.c_str());
            throw std::runtime_error(std::string("cannot write ") + argv[1]);
        }
    } catch (const std::exception& error) {
        std::cerr << "reclint_compile_argo_schema: " << error.what() << "\n";
        return 1;
    }
    return 0;
}
