// Everything the command line can ask for, as plain values.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace reclint {

enum class Command { check, rules, explain, graph, schema, catalog_import, lsp };

struct Options {
    Command command = Command::check;

    // check
    std::vector<std::string> paths;
    std::string format = "text";  // text | github | json | sarif (rules: text | json)
    std::optional<std::string> output;
    std::optional<std::string> summary;
    std::optional<std::string> config_file;
    bool no_config = false;
    std::vector<std::string> select;
    std::vector<std::string> ignore;
    std::optional<std::string> today;      // YYYY-MM-DD
    std::optional<std::string> warehouse;  // postgres:CONNINFO
    std::optional<std::string> base;       // a git revision
    std::optional<std::size_t> max_warnings;
    unsigned jobs = 0;           // 0: all cores
    std::string color = "auto";  // auto | always | never
    bool verbose = false;
    std::uint64_t max_file_size = 10 * 1024 * 1024;
    std::optional<std::string> stdin_filename;  // the path the text on standard input ("-") stands for
    bool fix = false;                           // --fix: apply the safe fixes
    bool diff = false;                          // --diff: print them as a unified diff

    // explain
    std::string rule_id;

    // schema
    std::string schema_kind;

    // graph
    std::string graph_file;
    std::string graph_format = "mermaid";  // mermaid | dot

    // catalog import (writes to `output` when given)
    std::string catalog_from;  // PREFIX:ARGUMENT
    std::optional<std::string> catalog_merge;
    std::vector<std::string> catalog_schemas;
};

}  // namespace reclint
