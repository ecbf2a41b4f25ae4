// argo/missing-template-ref: a templateRef or workflowTemplateRef naming a WorkflowTemplate (or
// ClusterWorkflowTemplate) that none of the loaded files defines. A warning: it may live only in
// the cluster.
#include "argo/argo_rules.hpp"
#include "text/did_you_mean.hpp"

namespace reclint {
namespace {

std::string_view kind_of(bool cluster_scope) {
    return cluster_scope ? "ClusterWorkflowTemplate" : "WorkflowTemplate";
}

class MissingTemplateRef final : public Rule {
  public:
    MissingTemplateRef()
        : Rule({"argo/missing-template-ref", Severity::warning,
                "templateRef/workflowTemplateRef to a WorkflowTemplate not in the checked files"}) {}

    void check_file(const InputFile& file, const Repository& repository, RuleContext& context) const override {
        for (const ArgoManifest& manifest : file.models.argo_manifests) {
            if (manifest.workflow_template_ref)
                check(*manifest.workflow_template_ref, file.source, repository, context);
            for (const ArgoTemplateCall& call : manifest.calls) {
                if (call.template_ref) check(*call.template_ref, file.source, repository, context);
            }
        }
    }

  private:
    static void check(const ArgoTemplateRef& ref, const SourceFile& source, const Repository& repository,
                      RuleContext& context) {
        if (!ref.name || is_templated(ref.name->text)) return;
        const std::string_view name = ref.name->text;
        if (repository.find_workflow_template(name, ref.cluster_scope).manifest) return;
        std::string message =
            std::string(kind_of(ref.cluster_scope)) + " " + quoted(name) + " is not in the checked files";
        if (repository.find_workflow_template(name, !ref.cluster_scope).manifest) {
            message += ", but a " + std::string(kind_of(!ref.cluster_scope)) + " of that name is" +
                       (ref.cluster_scope ? ": remove \"clusterScope: true\"?" : ": add \"clusterScope: true\"?");
        } else {
            message = with_suggestion(message, name, repository.workflow_template_names(ref.cluster_scope),
                                      context.edit_budget());
        }
        context.report(source, ref.name->span, message);
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(argo_missing_template_ref, reclint::MissingTemplateRef)
