// Everything loaded for one run: the files, their documents and the settings, which rules query.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "load/yaml_loader.hpp"
#include "model/catalog_selection.hpp"
#include "model/config.hpp"
#include "model/file_models.hpp"
#include "model/table_index.hpp"
#include "schema/schema_validator.hpp"
#include "text/iso_time.hpp"
#include "vocabulary/document_kind.hpp"

namespace reclint {

struct Document {
    const Node* root;
    Span span;
    DocumentKind kind = DocumentKind::none;
    std::vector<SchemaViolation> schema_violations;
};

struct InputFile {
    explicit InputFile(SourceFile source_file) : source(std::move(source_file)) {}

    SourceFile source;
    std::string project_path;  // relative to the config's root, with '/'
    bool named = false;        // reported on: named on the command line or found under a named path
    ParsedYaml yaml;
    std::vector<Document> documents;  // every document that parsed, ours or not
    FileModels models;                // typed views of the documents of our kinds

    // Holds at least one document of ours, or is worth reporting for its load problems.
    bool checked = false;
    // With `--base`: the same file in the other revision (matched by the name of an experiment,
    // holdout or DAG in it, else by path), and whether the pull request changed it.
    const InputFile* counterpart = nullptr;
    bool changed = false;
};

// A WorkflowTemplate or ClusterWorkflowTemplate and the file it is in.
struct FoundWorkflowTemplate {
    const InputFile* file = nullptr;
    const ArgoManifest* manifest = nullptr;
};

class Repository {
  public:
    explicit Repository(const Config& config) : config_(config), today_(utc_day_of(current_instant())) {}

    const Config& config() const { return config_; }
    // The day the date rules take as today: `--today`, else the current UTC day.
    const TimeInterval& today() const { return today_; }
    void set_today(const TimeInterval& day) { today_ = day; }
    // Sorted by path; files that are not ours are not kept.
    const std::vector<std::shared_ptr<InputFile>>& files() const { return files_; }
    std::vector<std::shared_ptr<InputFile>>& mutable_files() { return files_; }
    // Builds the lookup tables once the files are in place.
    void index();
    const InputFile* find(std::string_view project_path) const;
    // The tables of the catalogs in use and of the DAG files' outputs (empty before index()).
    const TableIndex& tables() const { return tables_; }
    // After index(): the live warehouse replaces the catalogs as the record of what exists.
    void set_warehouse(LiveWarehouse warehouse);
    // `catalogs:` entries that name no usable catalog: the run must stop (exit 2).
    const std::vector<CatalogSettingProblem>& catalog_setting_problems() const { return catalog_setting_problems_; }
    // The WorkflowTemplate (or, with `cluster_scope`, ClusterWorkflowTemplate) with this
    // metadata.name, the first by path; null when none of the loaded files has it.
    FoundWorkflowTemplate find_workflow_template(std::string_view name, bool cluster_scope) const;
    // The names of every WorkflowTemplate (or ClusterWorkflowTemplate), for suggestions.
    std::vector<std::string_view> workflow_template_names(bool cluster_scope) const;
    // With `--base`: the base revision's repository and the revision as the user named it.
    const Repository* base() const { return base_; }
    const std::string& base_name() const { return base_name_; }
    void set_base(const Repository& base, std::string name) {
        base_ = &base;
        base_name_ = std::move(name);
    }

  private:
    const Config& config_;
    TimeInterval today_;
    std::vector<std::shared_ptr<InputFile>> files_;
    std::unordered_map<std::string_view, const InputFile*> by_project_path_;
    TableIndex tables_;
    std::vector<const InputFile*> catalog_files_;
    std::unique_ptr<LiveWarehouse> warehouse_;  // stable: the table index points into it
    std::vector<CatalogSettingProblem> catalog_setting_problems_;
    std::unordered_map<std::string_view, FoundWorkflowTemplate> workflow_templates_[2];
    const Repository* base_ = nullptr;
    std::string base_name_;
};

}  // namespace reclint
