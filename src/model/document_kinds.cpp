#include "model/document_kinds.hpp"

#include "model/dag_file.hpp"
#include "model/repository.hpp"

namespace reclint {

namespace {

void build_dag(const Document& document, InputFile& file) {
    file.models.dags.push_back(read_dag_file(*document.root, document.schema_violations));
}

void build_argo(const Document& document, InputFile& file) {
    auto manifest = read_argo_manifest(*document.root, file.source, file.models.dags);
    if (manifest) file.models.argo_manifests.push_back(std::move(*manifest));
}

void build_experiment(const Document& document, InputFile& file) {
    file.models.experiments.push_back(read_experiment(*document.root));
}

void build_holdout(const Document& document, InputFile& file) {
    file.models.holdouts.push_back(read_holdout(*document.root));
}

void build_catalog(const Document& document, InputFile& file) {
    file.models.catalogs.push_back(read_catalog(*document.root));
}

}  // namespace

const std::vector<DocumentKindInfo>& document_kinds() {
    static const std::vector<DocumentKindInfo> kinds = {
        {DocumentKind::none, "none", "", "", nullptr},
        {DocumentKind::dag, "dag", "", "dag", build_dag},
        {DocumentKind::argo, "argo", "", "argo", build_argo},
        {DocumentKind::experiment, "experiment", "Experiment", "experiment", build_experiment},
        {DocumentKind::holdout, "holdout", "Holdout", "holdout", build_holdout},
        {DocumentKind::catalog, "catalog", "Catalog", "catalog", build_catalog},
        {DocumentKind::config, "config", "", "config", nullptr},  // read by the config loader
    };
    return kinds;
}

const DocumentKindInfo& document_kind_info(DocumentKind kind) {
    for (const DocumentKindInfo& info : document_kinds()) {
        if (info.kind == kind) return info;
    }
    return document_kinds().front();
}

std::string_view kind_name(DocumentKind kind) {
    return document_kind_info(kind).name;
}

std::optional<DocumentKind> kind_from_name(std::string_view name) {
    for (const DocumentKindInfo& info : document_kinds()) {
        if (info.name == name) return info.kind;
    }
    return std::nullopt;
}

}  // namespace reclint
