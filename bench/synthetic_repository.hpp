// Writes a synthetic repository of a recommendation team for the benchmarks: DAG files, the Argo
// manifests generated from them, experiments, holdouts and one catalog, at realistic sizes.
// Deterministic: the same count gives the same bytes.
#pragma once

#include <cstddef>
#include <filesystem>

namespace reclint::bench {

struct RepositoryShape {
    std::size_t files = 0;  // about: DAGs and manifests 40% each, experiments 16%, holdouts 4%, a catalog
};

// Writes into `root` (created, or reused when a previous run left the same shape there).
void write_synthetic_repository(const std::filesystem::path& root, RepositoryShape shape);

}  // namespace reclint::bench
