// The commands of the CLI: each turns Options into output and an exit code.
#pragma once

#include "commands/environment.hpp"
#include "commands/options.hpp"

namespace reclint {

// Exit codes (README, "Using it").
inline constexpr int kExitClean = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitInternal = 3;

int run_check_command(const Options& options, Environment& environment);
int run_lsp_command(const Options& options, Environment& environment);
int run_rules_command(const Options& options, Environment& environment);
int run_explain_command(const Options& options, Environment& environment);
int run_graph_command(const Options& options, Environment& environment);
int run_schema_command(const Options& options, Environment& environment);
int run_catalog_import_command(const Options& options, Environment& environment);

}  // namespace reclint
