// The step of a check run that asks the live warehouse (`--warehouse`, or the config's
// `warehouse:`) before the rules run, so that no rule talks to a database.
#include <algorithm>

#include "model/readiness.hpp"
#include "pipeline/check_run.hpp"
#include "warehouse/live_warehouse.hpp"

namespace reclint {

namespace {

// The connection comes from `--warehouse`, else from the variable the config names; "" when
// that variable is not set.
std::optional<std::string> warehouse_source(const CheckRequest& request, const Config& config, CheckResult& result) {
    if (request.warehouse) return request.warehouse;
    if (!config.warehouse) return std::nullopt;
    const std::string& name = config.warehouse->conninfo_env;
    const auto found = request.variables.find(name);
    if (found == request.variables.end() || found->second.empty()) {
        result.messages.push_back("error: the config's warehouse.conninfo_env names \"" + name +
                                  "\", which is not set: set it to the warehouse's connection string");
        result.stopped = true;
        return std::string();  // named but unset: the run stops
    }
    return "postgres:" + found->second;
}

// What table/empty will ask about: the first tables shown by experiments that start soon.
std::vector<std::string> tables_needing_rows(const Repository& repository) {
    std::vector<std::string> names;
    for (const auto& file : repository.files()) {
        for (const Experiment& experiment : file->models.experiments) {
            if (!needs_data_soon(experiment, repository.today(), repository.config().readiness_days)) continue;
            for (const ShownTable& shown : first_shown_tables(experiment))
                names.emplace_back(shown.table->text);
        }
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

}  // namespace

bool attach_warehouse(const CheckRequest& request, Repository& repository, CheckResult& result) {
    const std::optional<std::string> source = warehouse_source(request, repository.config(), result);
    if (!source) return true;
    if (source->empty()) return false;
    LiveWarehouseResult live = read_live_warehouse(*source, tables_needing_rows(repository));
    if (!live.warehouse) {
        result.messages.push_back("error: " + live.error);
        result.stopped = true;
        return false;
    }
    for (const std::string& table : live.unreadable) {
        result.messages.push_back("error: table \"" + table + "\" is unreadable on " + live.warehouse->server +
                                  ": no SELECT privilege, so whether it holds rows is unknown");
        result.failed_to_read = true;
        result.tables_unreadable = true;
    }
    if (request.verbose) result.messages.push_back("tables checked against " + live.warehouse->server);
    repository.set_warehouse(std::move(*live.warehouse));
    return true;
}

}  // namespace reclint
