// The settings of `.reclint.yaml` (docs/formats.md), with the defaults of a missing key.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/source_file.hpp"
#include "vocabulary/document_kind.hpp"
#include "vocabulary/severity.hpp"

namespace reclint {

// A `naming:` pattern as written; RE2 compiles and runs it (model/naming_pattern.hpp).
struct NamingPattern {
    std::string source;
};

struct NamingPatterns {
    NamingPattern dag{"^[a-z][a-z0-9-]*$"};
    NamingPattern job{"^[A-Za-z0-9][A-Za-z0-9-]*$"};  // what Argo accepts for a task name
    NamingPattern experiment{"^[a-z][a-z0-9_]*$"};
    NamingPattern variant{"^[a-z][a-z0-9_]*$"};
    NamingPattern table{"^([a-z][a-z0-9-]*\\.)?[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*$"};
};

// A `rules:` entry: a rule id or a `category/*` glob, and the severity it gets.
struct RuleSetting {
    std::string pattern;
    Severity severity;
    Span span;  // of the key in the config file
};

// A `catalogs:` entry: the path of a catalog file, relative to the project root.
struct CatalogSetting {
    std::string path;
    Span span;  // of the entry in the config file
};

// `warehouse:`: the environment variable that holds the live database's connection string (the
// string itself never sits in the config, which is committed).
struct WarehouseSetting {
    std::string conninfo_env;
    Span span;  // of the variable's name in the config file
};

struct KindGlob {
    std::string pattern;
    DocumentKind kind;
};

// What stands for the rule id in `docs_url`.
inline constexpr std::string_view kRuleIdPlaceholder = "{id}";

struct Config {
    const SourceFile* file = nullptr;  // the config file that was read, if any
    // The absolute path of the project folder: globs and `reclint/source` paths are relative to it.
    // A string, so that the rules, which never touch the disk, do not compile <filesystem>.
    std::string root;
    std::vector<std::string> exclude;
    std::vector<KindGlob> kinds;
    std::optional<std::vector<CatalogSetting>> catalogs;  // default: every Catalog file
    std::optional<std::vector<std::string>> surfaces;     // default: any surface
    std::vector<std::string> single_item_surfaces;
    std::vector<std::string> segments{"all", "new_users", "existing_users"};
    std::vector<std::string> units{"user_id"};
    std::vector<std::string> source_columns;
    NamingPatterns naming;
    std::string argo_version = "4.1";  // the Argo Workflows schema manifests are checked against
    std::vector<RuleSetting> rules;
    std::optional<WarehouseSetting> warehouse;
    int readiness_days = 1;  // table/empty: experiments running or starting within this many days
    // `docs_url`: where a rule's page is published, "{id}" standing for the rule id. Empty: nowhere.
    std::string docs_url;

    // `docs_url` with the rule id in place of "{id}"; empty when no docs_url is set.
    std::string rule_page_url(std::string_view rule_id) const;

    bool is_excluded(std::string_view project_path) const;
    std::optional<DocumentKind> forced_kind(std::string_view project_path) const;
};

}  // namespace reclint
