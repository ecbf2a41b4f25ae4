#include "model/argo_manifest.hpp"

#include <algorithm>
#include <array>

#include "model/argo_templates.hpp"
#include "model/value_readers.hpp"

namespace reclint {

namespace {

constexpr std::array<std::pair<std::string_view, ArgoKind>, 4> kKinds = {{
    {"Workflow", ArgoKind::workflow},
    {"WorkflowTemplate", ArgoKind::workflow_template},
    {"ClusterWorkflowTemplate", ArgoKind::cluster_workflow_template},
    {"CronWorkflow", ArgoKind::cron_workflow},
}};

constexpr std::string_view kSourceAnnotation = "reclint/source";

void read_metadata(const Node& root, ArgoManifest& manifest) {
    const MapEntry* entry = root.find_entry("metadata");
    if (!entry) return;
    manifest.metadata_key = entry->key->span;
    const Node& metadata = *entry->value;
    if (!metadata.is_mapping()) return;
    manifest.metadata = &metadata;
    manifest.name = read_text(metadata, "name");
    manifest.generate_name = read_text(metadata, "generateName");
    if (const Node* annotations = metadata.find("annotations"); annotations && annotations->is_mapping())
        manifest.source = read_text(*annotations, kSourceAnnotation);
}

void read_cron(const Node& spec, ArgoManifest& manifest) {
    // `schedule:` with nothing after it is absent, as for the Kubernetes API server.
    if (const MapEntry* entry = spec.find_entry("schedule");
        entry && !entry->value->is_null() && entry->value->scalar_type() != ScalarType::null) {
        if (entry->value->is_string()) {
            manifest.schedule_key = read_key(*entry);
            manifest.schedule = entry->value;
        } else {
            manifest.schedule_mistyped = true;
        }
    }
    if (const MapEntry* entry = spec.find_entry("schedules")) {
        if (entry->value->is_sequence()) manifest.schedules_key = read_key(*entry);
        for (const Node* item : entry->value->items()) {
            if (item->is_string()) manifest.schedules.push_back(item);
        }
        manifest.schedule_mistyped = manifest.schedule_mistyped || !entry->value->is_sequence() ||
                                     manifest.schedules.size() != entry->value->items().size();
    }
    manifest.timezone = read_text(spec, "timezone");
}

// The part shared by every kind: `spec` itself, or a CronWorkflow's `spec.workflowSpec`.
void read_workflow_spec(const MapEntry& entry, const SourceFile& source, ArgoManifest& manifest,
                        std::vector<Dag>& dags) {
    manifest.workflow_spec_key = entry.key->span;
    const Node& spec = *entry.value;
    manifest.entrypoint = read_text(spec, "entrypoint");
    if (manifest.entrypoint) manifest.calls.push_back({ArgoTemplateCall::Site::entrypoint, manifest.entrypoint, {}});
    if (auto on_exit = read_text(spec, "onExit"))
        manifest.calls.push_back({ArgoTemplateCall::Site::on_exit, on_exit, {}});
    read_hook_calls(spec, manifest);
    manifest.workflow_template_ref = read_template_ref(spec.find("workflowTemplateRef"));
    read_name_lists(spec.find("arguments"), "argument", false, manifest);
    if (const Node* templates = spec.find("templates"); templates && templates->is_sequence())
        read_argo_templates(*templates, source, manifest, dags);
}

}  // namespace

std::string_view argo_kind_name(ArgoKind kind) {
    for (const auto& [name, each] : kKinds) {
        if (each == kind) return name;
    }
    return "";
}

const ArgoTemplate* ArgoManifest::find_template(std::string_view wanted) const {
    for (const ArgoTemplate& tmpl : templates) {
        if (tmpl.name && tmpl.name->text == wanted) return &tmpl;
    }
    return nullptr;
}

const ArgoTemplate* ArgoManifest::entrypoint_template() const {
    return entrypoint ? find_template(entrypoint->text) : nullptr;
}

std::optional<ArgoManifest> read_argo_manifest(const Node& root, const SourceFile& source, std::vector<Dag>& dags) {
    const std::optional<TextValue> kind = read_text(root, "kind");
    if (!kind) return std::nullopt;
    ArgoManifest manifest;
    const auto known =
        std::find_if(kKinds.begin(), kKinds.end(), [&](const auto& pair) { return pair.first == kind->text; });
    if (known == kKinds.end()) return std::nullopt;  // a misspelled kind: the schema reports it
    manifest.span = root.span;
    manifest.kind = known->second;
    manifest.kind_text = *kind;
    read_metadata(root, manifest);
    const MapEntry* spec = root.find_entry("spec");
    if (!spec) return manifest;
    manifest.spec_key = spec->key->span;
    if (!spec->value->is_mapping()) return manifest;
    if (manifest.kind != ArgoKind::cron_workflow) {
        read_workflow_spec(*spec, source, manifest, dags);
        return manifest;
    }
    read_cron(*spec->value, manifest);
    if (const MapEntry* workflow_spec = spec->value->find_entry("workflowSpec");
        workflow_spec && workflow_spec->value->is_mapping())
        read_workflow_spec(*workflow_spec, source, manifest, dags);
    return manifest;
}

}  // namespace reclint
