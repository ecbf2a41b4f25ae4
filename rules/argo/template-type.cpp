// argo/template-type: a template with no type, or with several.
#include "argo/argo_rules.hpp"

namespace reclint {
namespace {

constexpr std::string_view kTypes =
    "container, containerSet, dag, steps, script, resource, suspend, data, http or plugin";

// "template \"build\"", or "inline template" for a template written inside a task or step.
std::string described(const ArgoTemplate& tmpl) {
    return tmpl.name ? "template " + quoted(tmpl.name->text) : "inline template";
}

// Where a diagnostic about the whole template goes: its name, or an inline template's first key.
Span anchor(const ArgoTemplate& tmpl) {
    if (tmpl.name) return tmpl.name->span;
    if (!tmpl.node->entries().empty()) return tmpl.node->entries().front().key->span;
    return tmpl.node->span;
}

class TemplateType final : public Rule {
  public:
    TemplateType() : Rule({"argo/template-type", Severity::error, "a template with no type or several"}) {}

    void check_file(const InputFile& file, const Repository&, RuleContext& context) const override {
        for (const ArgoManifest& manifest : file.models.argo_manifests) {
            for (const ArgoTemplate& tmpl : manifest.templates)
                check(tmpl, file.source, context);
        }
    }

  private:
    static void check(const ArgoTemplate& tmpl, const SourceFile& source, RuleContext& context) {
        std::vector<const ArgoTemplateType*> given;
        const ArgoTemplateType* empty = nullptr;
        for (const ArgoTemplateType& type : tmpl.types) {
            if (!type.empty) {
                given.push_back(&type);
            } else if (!empty) {
                empty = &type;
            }
        }
        if (given.empty()) {
            std::string message = described(tmpl) + " has no type: give it one of " + std::string(kTypes);
            if (empty) {
                message = described(tmpl) + " has no type: " + quoted(empty->key.text) + " is empty (write \"" +
                          std::string(empty->key.text) + ": {}\")";
            }
            context.report(source, empty ? empty->key.span : anchor(tmpl), message);
            return;
        }
        for (std::size_t i = 1; i < given.size(); ++i) {
            context
                .report(source, given[i]->key.span,
                        described(tmpl) + " has two types, " + quoted(given[0]->key.text) + " and " +
                            quoted(given[i]->key.text) + ": keep one")
                .note(source, given[0]->key.span, quoted(given[0]->key.text) + " is given here");
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(argo_template_type, reclint::TemplateType)
