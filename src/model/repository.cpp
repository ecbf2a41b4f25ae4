#include "model/repository.hpp"

namespace reclint {

void Repository::index() {
    by_project_path_.clear();
    for (const auto& file : files_) by_project_path_.emplace(file->project_path, file.get());
    CatalogSelection catalogs = select_catalogs(*this);
    catalog_setting_problems_ = std::move(catalogs.problems);
    tables_ = TableIndex(files_, catalogs.files);
}

const InputFile* Repository::find(std::string_view project_path) const {
    const auto found = by_project_path_.find(project_path);
    return found == by_project_path_.end() ? nullptr : found->second;
}

}  // namespace reclint
