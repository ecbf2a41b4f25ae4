// The typed views of one file's documents (DAGs, manifests, experiments, ...), built once when
// the file is loaded so that every rule reads the same model.
#pragma once

#include <vector>

#include "model/experiment.hpp"
#include "model/holdout.hpp"

namespace reclint {

// Each kind of model adds its member here, e.g. `std::vector<Dag> dags;`.
struct FileModels {
    std::vector<Experiment> experiments;  // in document order
    std::vector<Holdout> holdouts;
};

}  // namespace reclint
