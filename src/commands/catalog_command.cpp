// `reclint catalog import`: reads a catalog source (a database, an export file) and writes a
// `kind: Catalog` YAML document, optionally merged with the hand-set parts of an existing one.
#include "commands/atomic_file.hpp"
#include "commands/commands.hpp"
#include "load/file_reader.hpp"
#include "warehouse/catalog_yaml.hpp"

namespace reclint {

namespace {

constexpr std::uint64_t kMaxMergedCatalog = 1024ULL * 1024 * 1024;

std::string known_sources() {
    std::string list;
    const auto sources = catalog_sources();
    for (std::size_t i = 0; i < sources.size(); ++i) {
        list += i == 0 ? "" : (i + 1 == sources.size() ? " or " : ", ");
        list += std::string(sources[i].prefix) + std::string(sources[i].argument);
    }
    return list;
}

// Only the prefix is shown: what follows may be a connection string with a password.
std::string unknown_source_message(const std::string& from) {
    const std::size_t colon = from.find(':');
    const std::string prefix = colon == std::string::npos || colon > 20 ? "" : from.substr(0, colon + 1);
    return (prefix.empty() ? std::string("unknown catalog source") : "unknown catalog source \"" + prefix + "\"") +
           ": use " + known_sources();
}

std::optional<SourceFile> read_merged(const Options& options, const Environment& environment, std::string& error) {
    if (!options.catalog_merge) return std::nullopt;
    FileContents contents = read_file(environment.cwd / *options.catalog_merge, kMaxMergedCatalog);
    if (contents.status != FileContents::Status::ok) {
        error = *options.catalog_merge + ": cannot read the catalog to merge with: " +
                (contents.status == FileContents::Status::too_large ? "larger than 1 GiB" : contents.error);
        return std::nullopt;
    }
    return SourceFile(*options.catalog_merge, std::move(contents.text));
}

int fail(Environment& environment, const std::string& message) {
    environment.print_message("error: " + message);
    return kExitUsage;
}

}  // namespace

int run_catalog_import_command(const Options& options, Environment& environment) {
    const CatalogSource* source = find_catalog_source(options.catalog_from);
    if (!source) return fail(environment, unknown_source_message(options.catalog_from));
    std::string error;
    const std::optional<SourceFile> merged = read_merged(options, environment, error);
    if (!error.empty()) return fail(environment, error);
    const ImportRequest request{options.catalog_from.substr(source->prefix.size()), options.catalog_schemas,
                                environment.cwd};
    const ImportResult imported = source->import(request);
    if (!imported.ok()) return fail(environment, imported.error);
    const CatalogText text = write_catalog_yaml(imported.catalog, merged ? &*merged : nullptr);
    if (!text.error.empty()) return fail(environment, text.error);
    for (const std::string& table : text.dropped) {
        environment.print_message("note: table \"" + table + "\" of " + *options.catalog_merge +
                                  " is not in the source any more: left out");
    }
    if (!options.output) {
        environment.out << text.text;
        return kExitClean;
    }
    if (const std::string problem = write_file_atomically(environment.cwd / *options.output, text.text);
        !problem.empty()) {
        return fail(environment, "cannot write " + *options.output + ": " + problem);
    }
    environment.print_message("wrote " + std::to_string(imported.catalog.tables.size()) + " tables to " +
                              *options.output);
    return kExitClean;
}

}  // namespace reclint
