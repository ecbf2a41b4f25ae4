// argo/unknown-template: an entrypoint, onExit, hook, step or task naming no template; a templateRef
// naming a template that its WorkflowTemplate, found among the files, does not have; and a Workflow
// or CronWorkflow that names no template to start with (no entrypoint, here or in the
// WorkflowTemplate it runs).
#include <unordered_set>

#include "argo/argo_rules.hpp"
#include "engine/fixes.hpp"
#include "text/did_you_mean.hpp"

namespace reclint {
namespace {

std::vector<std::string_view> template_names(const ArgoManifest& manifest) {
    std::vector<std::string_view> names;
    for (const ArgoTemplate& tmpl : manifest.templates) {
        if (tmpl.name) names.push_back(tmpl.name->text);
    }
    return names;
}

// The templates a call by plain name may run: the manifest's own, or, when it runs a
// WorkflowTemplate (`workflowTemplateRef`), that one's; null when that one is not found.
const ArgoManifest* templates_in_scope(const ArgoManifest& manifest, const Repository& repository) {
    if (!manifest.workflow_template_ref) return &manifest;
    const ArgoTemplateRef& ref = *manifest.workflow_template_ref;
    if (!ref.name || is_templated(ref.name->text)) return nullptr;
    return repository.find_workflow_template(ref.name->text, ref.cluster_scope).manifest;
}

// The WorkflowTemplate a templateRef names, when it is found and lacks the template.
FoundWorkflowTemplate broken_target(const ArgoTemplateRef& ref, const Repository& repository) {
    if (!ref.name || !ref.template_name || is_templated(ref.name->text) || is_templated(ref.template_name->text)) {
        return {};
    }
    const FoundWorkflowTemplate found = repository.find_workflow_template(ref.name->text, ref.cluster_scope);
    if (!found.manifest || found.manifest->find_template(ref.template_name->text)) return {};
    return found;
}

// A template list this long or shorter is spelled out when no name is close to the one called.
constexpr std::size_t kListedTemplates = 6;

// Reports `message`, then `, did you mean "x"?` (with its fix) when a template's name is close,
// else the templates there are, when they are few: the call may name a template never written.
DiagnosticBuilder report_unknown(RuleContext& context, const SourceFile& source, Span span, const std::string& message,
                                 std::string_view name, const std::vector<std::string_view>& names) {
    if (names.empty() || names.size() > kListedTemplates || closest_name(name, names, context.edit_budget()))
        return report_misspelling(context, source, span, message, name, names);
    return context.report(source, span, message + "; the templates are " + quoted_list(names));
}

std::string kind_and_name(const ArgoTemplateRef& ref) {
    return std::string(ref.cluster_scope ? "ClusterWorkflowTemplate " : "WorkflowTemplate ") + quoted(ref.name->text);
}

class UnknownTemplate final : public Rule {
  public:
    UnknownTemplate()
        : Rule({.id = "argo/unknown-template",
                .default_severity = Severity::error,
                .summary = "entrypoint, onExit, step or task naming no template",
                .fixable = true}) {}

    void check_file(const InputFile& file, const Repository& repository, RuleContext& context) const override {
        for (const ArgoManifest& manifest : file.models.argo_manifests) {
            const ArgoManifest* scope = templates_in_scope(manifest, repository);
            const std::vector<std::string_view> names =
                scope ? template_names(*scope) : std::vector<std::string_view>{};
            const std::unordered_set<std::string_view> known(names.begin(), names.end());
            check_entrypoint(manifest, scope, file.source, repository, context);
            for (const ArgoTemplateCall& call : manifest.calls) {
                if (call.template_name && scope && !is_templated(call.template_name->text) &&
                    !known.contains(call.template_name->text)) {
                    report_unknown(context, file.source, call.template_name->span,
                                   "unknown template " + quoted(call.template_name->text), call.template_name->text,
                                   names);
                }
                if (call.template_ref) check_reference(*call.template_ref, file, repository, context);
            }
        }
    }

    // A WorkflowTemplate in a named file lost a template that an unnamed file still calls (a
    // pre-commit run that names only the WorkflowTemplate): reported on the WorkflowTemplate.
    void check_repository(const Repository& repository, RuleContext& context) const override {
        for (const auto& file : repository.files()) {
            if (file->named) continue;
            for (const ArgoManifest& manifest : file->models.argo_manifests) {
                for (const ArgoTemplateCall& call : manifest.calls) {
                    if (!call.template_ref) continue;
                    const ArgoTemplateRef& ref = *call.template_ref;
                    const FoundWorkflowTemplate target = broken_target(ref, repository);
                    if (!target.file || !target.file->named) continue;
                    context
                        .report(target.file->source, target.manifest->name->span,
                                kind_and_name(ref) + " has no template " + quoted(ref.template_name->text) +
                                    ", which " + file->source.path() + " calls")
                        .note(file->source, ref.template_name->span, "called here");
                }
            }
        }
    }

  private:
    // A WorkflowTemplate may go without an entrypoint (a library of templates, as Argo allows); what
    // runs one must then name it.
    static void check_entrypoint(const ArgoManifest& manifest, const ArgoManifest* scope, const SourceFile& source,
                                 const Repository& repository, RuleContext& context) {
        const bool runs = manifest.kind == ArgoKind::workflow || manifest.kind == ArgoKind::cron_workflow;
        if (!runs || manifest.entrypoint || !manifest.workflow_spec_key) return;
        const std::string kind(argo_kind_name(manifest.kind));
        if (!manifest.workflow_template_ref) {
            context.report(source, *manifest.workflow_spec_key,
                           "the " + kind + " has neither \"entrypoint\" nor \"workflowTemplateRef\": no template " +
                               "to start with");
            return;
        }
        const ArgoTemplateRef& ref = *manifest.workflow_template_ref;
        if (!scope || scope == &manifest || scope->entrypoint || !ref.name) return;
        const FoundWorkflowTemplate target = repository.find_workflow_template(ref.name->text, ref.cluster_scope);
        if (!target.manifest || !target.manifest->name) return;
        context
            .report(source, ref.name->span,
                    "neither the " + kind + " nor " + kind_and_name(ref) +
                        " has an \"entrypoint\": no template to start with")
            .note(target.file->source, target.manifest->name->span, kind_and_name(ref) + " is defined here");
    }

    static void check_reference(const ArgoTemplateRef& ref, const InputFile& file, const Repository& repository,
                                RuleContext& context) {
        const FoundWorkflowTemplate target = broken_target(ref, repository);
        if (!target.manifest) return;
        report_unknown(context, file.source, ref.template_name->span,
                       kind_and_name(ref) + " has no template " + quoted(ref.template_name->text),
                       ref.template_name->text, template_names(*target.manifest))
            .note(target.file->source, target.manifest->name->span, kind_and_name(ref) + " is defined here");
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(argo_unknown_template, reclint::UnknownTemplate)
