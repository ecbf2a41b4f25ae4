#include "model/catalog_selection.hpp"

#include <algorithm>
#include <filesystem>
#include <unordered_set>

#include "load/walk.hpp"
#include "model/repository.hpp"
#include "text/did_you_mean.hpp"
#include "text/quoted.hpp"

namespace reclint {

namespace {

namespace fs = std::filesystem;

bool does_not_parse(const InputFile& file) {
    return std::any_of(file.yaml.problems.begin(), file.yaml.problems.end(),
                       [](const LoadProblem& problem) { return problem.kind != LoadProblem::Kind::duplicate_key; });
}

// Why the file at `project_path` (not loaded as a catalog) cannot serve as one.
std::string why_unusable(const Repository& repository, const std::string& project_path) {
    const Config& config = repository.config();
    if (const InputFile* file = repository.find(project_path)) {
        return does_not_parse(*file) ? "does not parse" : "holds no catalog (a document with \"kind: Catalog\")";
    }
    std::error_code error;
    const fs::file_status status = fs::status(fs::path(config.root) / project_path, error);
    if (error || !fs::exists(status)) return "does not exist";
    if (fs::is_directory(status)) return "is a folder, not a catalog file";
    if (project_path.starts_with("../")) return "is outside the project folder, which reclint reads";
    if (config.is_excluded(project_path)) return "is excluded by the config's \"exclude\"";
    return "holds no catalog (a document with \"kind: Catalog\")";
}

std::vector<std::string_view> catalog_paths(const Repository& repository) {
    std::vector<std::string_view> paths;
    for (const auto& file : repository.files()) {
        if (!file->models.catalogs.empty()) paths.push_back(file->project_path);
    }
    return paths;
}

void select_named(const Repository& repository, const std::vector<CatalogSetting>& settings,
                  CatalogSelection& selection) {
    std::unordered_set<const InputFile*> selected;
    for (const CatalogSetting& setting : settings) {
        const fs::path absolute = (fs::path(repository.config().root) / setting.path).lexically_normal();
        const std::string project_path = relative_path(absolute, repository.config().root);
        const InputFile* file = repository.find(project_path);
        const std::string entry = reclint::quoted(setting.path);
        if (file && !file->models.catalogs.empty()) {
            if (selected.insert(file).second) {
                selection.files.push_back(file);
            } else {
                selection.problems.push_back({setting.span, entry + " is listed twice in \"catalogs\""});
            }
            continue;
        }
        const std::string why = why_unusable(repository, project_path);
        std::string message = entry;
        message += " in \"catalogs\" ";
        message += why;
        if (why == "does not exist")
            message = with_suggestion(std::move(message), setting.path, catalog_paths(repository));
        selection.problems.push_back({setting.span, std::move(message)});
    }
}

}  // namespace

CatalogSelection select_catalogs(const Repository& repository) {
    CatalogSelection selection;
    if (const auto& settings = repository.config().catalogs) {
        select_named(repository, *settings, selection);
        return selection;
    }
    for (const auto& file : repository.files()) {
        if (!file->models.catalogs.empty()) selection.files.push_back(file.get());
    }
    return selection;
}

}  // namespace reclint
