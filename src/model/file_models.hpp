// The typed views of one file's documents (DAGs, manifests, experiments, ...), built once when
// the file is loaded so that every rule reads the same model.
#pragma once

namespace reclint {

// Each kind of model adds its member here, e.g. `std::vector<Dag> dags;`.
struct FileModels {};

}  // namespace reclint
