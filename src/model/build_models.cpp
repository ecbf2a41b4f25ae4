#include "model/build_models.hpp"

#include "model/dag_file.hpp"
#include "model/repository.hpp"

namespace reclint {

void build_models(InputFile& file) {
    // Each kind of model adds its builder call here.
    for (const Document& document : file.documents) {
        if (!document.root->is_mapping()) continue;
        if (document.kind == DocumentKind::experiment) {
            file.models.experiments.push_back(read_experiment(*document.root));
        } else if (document.kind == DocumentKind::holdout) {
            file.models.holdouts.push_back(read_holdout(*document.root));
        } else if (document.kind == DocumentKind::dag) {
            file.models.dags.push_back(read_dag_file(*document.root));
        } else if (document.kind == DocumentKind::catalog) {
            file.models.catalogs.push_back(read_catalog(*document.root));
        } else if (document.kind == DocumentKind::argo) {
            auto manifest = read_argo_manifest(*document.root, file.source, file.models.dags);
            if (manifest) file.models.argo_manifests.push_back(std::move(*manifest));
        }
    }
}

}  // namespace reclint
