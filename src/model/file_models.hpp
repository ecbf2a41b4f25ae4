// The typed views of one file's documents (DAGs, manifests, experiments, ...), built once when
// the file is loaded so that every rule reads the same model.
#pragma once

#include <vector>

#include "model/argo_manifest.hpp"
#include "model/catalog.hpp"
#include "model/dag.hpp"
#include "model/experiment.hpp"
#include "model/holdout.hpp"

namespace reclint {

// Each kind of model adds its member here.
struct FileModels {
    // Every dependency graph of the file, in document order: a DAG file's jobs (and an Argo
    // manifest's DAG templates, with origin argo_template). The dag/* rules check each of them.
    std::vector<Dag> dags;
    std::vector<Experiment> experiments;  // in document order
    std::vector<Holdout> holdouts;
    std::vector<Catalog> catalogs;
    std::vector<ArgoManifest> argo_manifests;  // in document order
};

}  // namespace reclint
