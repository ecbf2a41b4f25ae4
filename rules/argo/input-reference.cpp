// argo/input-reference: `{{inputs.parameters.X}}` or `{{inputs.artifacts.X}}` in a template that
// declares no input parameter (artifact) X: Argo cannot resolve it and refuses the workflow.
#include <unordered_set>

#include "argo/argo_rules.hpp"
#include "model/argo_variables.hpp"
#include "text/did_you_mean.hpp"

namespace reclint {
namespace {

// The names under `inputs.<list>`; nullopt when one of them is computed (`{{...}}`), so that
// nothing can be said.
std::optional<std::vector<std::string_view>> declared(const Node& tmpl, std::string_view list) {
    std::vector<std::string_view> names;
    const Node* inputs = tmpl.find("inputs");
    const Node* items = inputs && inputs->is_mapping() ? inputs->find(list) : nullptr;
    if (!items || !items->is_sequence()) return names;
    for (const Node* item : items->items()) {
        const Node* name = item->is_mapping() ? item->find("name") : nullptr;
        if (!name || !name->is_string()) continue;
        if (is_templated(name->value())) return std::nullopt;
        names.push_back(name->value());
    }
    return names;
}

class InputReference final : public Rule {
  public:
    InputReference()
        : Rule({"argo/input-reference", Severity::error,
                "{{inputs.parameters.X}} or {{inputs.artifacts.X}} where the template declares no input X"}) {}

    void check_file(const InputFile& file, const Repository&, RuleContext& context) const override {
        for (const ArgoManifest& manifest : file.models.argo_manifests) {
            for (const ArgoTemplate& tmpl : manifest.templates) {
                check(tmpl, "parameters", "parameter", file.source, context);
                check(tmpl, "artifacts", "artifact", file.source, context);
            }
        }
    }

  private:
    static void check(const ArgoTemplate& tmpl, std::string_view list, std::string_view noun, const SourceFile& source,
                      RuleContext& context) {
        const auto names = declared(*tmpl.node, list);
        if (!names) return;
        const std::unordered_set<std::string_view> known(names->begin(), names->end());
        const std::string prefix = "inputs." + std::string(list) + ".";
        const std::string owner =
            tmpl.name ? "template " + quoted(tmpl.name->text) : std::string("the inline template");
        for (const TemplateReference& reference : references_under(*tmpl.node, source, prefix)) {
            if (known.contains(reference.name)) continue;
            context.report(source, reference.span,
                           with_suggestion(owner + " has no input " + std::string(noun) + " " + quoted(reference.name),
                                           reference.name, *names, context.edit_budget()));
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(argo_input_reference, reclint::InputReference)
