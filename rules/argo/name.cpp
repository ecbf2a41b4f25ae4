// argo/name: a name that breaks Argo's or Kubernetes' rules: metadata.name (a DNS-1123 subdomain
// of at most 63 characters, 52 for a CronWorkflow) and generateName; template, step and task names
// (letters, digits and "-", at most 128, no leading digit in a DAG with dependencies); parameter
// and artifact names (letters, digits, "-" and "_"); a step, parameter or artifact named twice.
// Where Argo checks a name after substituting `{{...}}` (steps, tasks, outputs, a call's arguments)
// only its literal parts are checked; where it checks the name as written, `{{...}}` is an error.
#include <unordered_map>

#include "argo/argo_rules.hpp"
#include "model/kubernetes_names.hpp"

namespace reclint {
namespace {

class Name final : public Rule {
  public:
    Name()
        : Rule({"argo/name", Severity::error,
                "a name that breaks Argo's or Kubernetes' rules (pattern, length, leading digit)"}) {}

    void check_file(const InputFile& file, const Repository&, RuleContext& context) const override {
        for (const ArgoManifest& manifest : file.models.argo_manifests) {
            check_metadata(manifest, file.source, context);
            for (const ArgoTemplate& tmpl : manifest.templates) {
                if (tmpl.name) check_field_name(*tmpl.name, "template", false, file.source, context);
                check_steps(tmpl, file.source, context);
                check_tasks(tmpl, file.source, context);
            }
            for (const ArgoNameList& list : manifest.name_lists)
                check_list(list, file.source, context);
        }
    }

  private:
    static void check_metadata(const ArgoManifest& manifest, const SourceFile& source, RuleContext& context) {
        if (!manifest.metadata) return;
        if (!manifest.metadata->find("name") && !manifest.metadata->find("generateName")) {
            context.report(source, *manifest.metadata_key,
                           "the " + std::string(argo_kind_name(manifest.kind)) +
                               " has neither \"name\" nor \"generateName\" in its metadata");
        }
        if (manifest.name) {
            if (const auto problem = object_name_problem(manifest.name->text, manifest.kind))
                context.report(source, manifest.name->span, "name " + quoted(manifest.name->text) + " " + *problem);
        }
        if (manifest.generate_name) {
            if (const auto problem = generate_name_problem(manifest.generate_name->text)) {
                context.report(source, manifest.generate_name->span,
                               "generateName " + quoted(manifest.generate_name->text) + " " + *problem);
            }
        }
    }

    using NameCheck = std::optional<std::string> (*)(std::string_view);

    // Why `name` is invalid: checked with its `{{...}}` filled in when Argo substitutes them first,
    // else as written.
    static std::optional<std::string> name_problem(std::string_view name, bool substituted, NameCheck check) {
        if (substituted) return check(with_placeholders_filled(name));
        if (is_templated(name)) return "cannot hold \"{{...}}\": Argo checks it before substituting parameters";
        return check(name);
    }

    static void check_field_name(const TextValue& name, std::string_view what, bool substituted,
                                 const SourceFile& source, RuleContext& context) {
        if (const auto found = name_problem(name.text, substituted, field_name_problem))
            context.report(source, name.span, std::string(what) + " name " + quoted(name.text) + " " + *found);
    }

    static void check_steps(const ArgoTemplate& tmpl, const SourceFile& source, RuleContext& context) {
        std::unordered_map<std::string_view, Span> first;
        for (const ArgoTask& step : tmpl.steps) {
            if (!step.name) continue;
            check_field_name(*step.name, "step", true, source, context);
            const auto [earlier, added] = first.try_emplace(step.name->text, step.name->span);
            if (!added) {
                context.report(source, step.name->span, "duplicate step name " + quoted(step.name->text))
                    .note(source, earlier->second, "first used here");
            }
        }
    }

    // Argo reads `depends` as an expression, where a name cannot start with a digit.
    static void check_tasks(const ArgoTemplate& tmpl, const SourceFile& source, RuleContext& context) {
        bool uses_depends = false;
        for (const ArgoTask& task : tmpl.tasks)
            uses_depends = uses_depends || (task.depends && !task.depends->text.empty());
        for (const ArgoTask& task : tmpl.tasks) {
            if (!task.name) continue;
            if (name_problem(task.name->text, true, field_name_problem)) {
                check_field_name(*task.name, "task", true, source, context);
            } else if (starts_with_digit(with_placeholders_filled(task.name->text)) &&
                       (uses_depends || task.dependencies_key)) {
                context.report(source, task.name->span,
                               "task name " + quoted(task.name->text) +
                                   " cannot start with a digit in a DAG that uses \"depends\" or "
                                   "\"dependencies\"");
            }
        }
    }

    static void check_list(const ArgoNameList& list, const SourceFile& source, RuleContext& context) {
        const std::string what = std::string(list.prefix) + " " + std::string(list.what);
        std::unordered_map<std::string_view, Span> first;
        for (const TextValue& name : list.names) {
            if (const auto found = name_problem(name.text, list.substituted, parameter_name_problem)) {
                context.report(source, name.span, what + " name " + quoted(name.text) + " " + *found);
                continue;
            }
            const auto [earlier, added] = first.try_emplace(name.text, name.span);
            if (!added) {
                context.report(source, name.span, "duplicate " + what + " " + quoted(name.text))
                    .note(source, earlier->second, "first defined here");
            }
        }
    }

    static bool starts_with_digit(std::string_view name) { return !name.empty() && name[0] >= '0' && name[0] <= '9'; }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(argo_name, reclint::Name)
