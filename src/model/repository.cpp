#include "model/repository.hpp"

#include <algorithm>

namespace reclint {

void Repository::index() {
    by_project_path_.clear();
    for (auto& templates : workflow_templates_)
        templates.clear();
    for (const auto& file : files_) {
        by_project_path_.emplace(file->project_path, file.get());
        for (const ArgoManifest& manifest : file->models.argo_manifests) {
            const bool cluster = manifest.kind == ArgoKind::cluster_workflow_template;
            if (!manifest.name || (!cluster && manifest.kind != ArgoKind::workflow_template)) continue;
            workflow_templates_[cluster ? 1 : 0].try_emplace(manifest.name->text,
                                                             FoundWorkflowTemplate{file.get(), &manifest});
        }
    }
    CatalogSelection catalogs = select_catalogs(*this);
    catalog_setting_problems_ = std::move(catalogs.problems);
    catalog_files_ = std::move(catalogs.files);
    tables_ = TableIndex(files_, catalog_files_, warehouse_.get());
}

void Repository::set_warehouse(LiveWarehouse warehouse) {
    warehouse_ = std::make_unique<LiveWarehouse>(std::move(warehouse));
    tables_ = TableIndex(files_, catalog_files_, warehouse_.get());
}

FoundWorkflowTemplate Repository::find_workflow_template(std::string_view name, bool cluster_scope) const {
    const auto& templates = workflow_templates_[cluster_scope ? 1 : 0];
    const auto found = templates.find(name);
    return found == templates.end() ? FoundWorkflowTemplate{} : found->second;
}

std::vector<std::string_view> Repository::workflow_template_names(bool cluster_scope) const {
    std::vector<std::string_view> names;
    for (const auto& [name, found] : workflow_templates_[cluster_scope ? 1 : 0])
        names.push_back(name);
    std::sort(names.begin(), names.end());
    return names;
}

const InputFile* Repository::find(std::string_view project_path) const {
    const auto found = by_project_path_.find(project_path);
    return found == by_project_path_.end() ? nullptr : found->second;
}

}  // namespace reclint
