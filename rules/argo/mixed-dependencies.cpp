// argo/mixed-dependencies: `depends` and `dependencies` in one DAG template, and `continueOn` in a
// DAG template that uses `depends`.
#include "argo/argo_rules.hpp"

namespace reclint {
namespace {

// The first task whose `depends` is not empty: Argo then reads the whole template by `depends`.
const ArgoTask* first_depends(const ArgoTemplate& tmpl) {
    for (const ArgoTask& task : tmpl.tasks) {
        if (task.depends && !task.depends->text.empty()) return &task;
    }
    return nullptr;
}

class MixedDependencies final : public Rule {
  public:
    MixedDependencies()
        : Rule({"argo/mixed-dependencies", Severity::error,
                "depends and dependencies in one DAG template; continueOn with depends"}) {}

    void check_file(const InputFile& file, const Repository&, RuleContext& context) const override {
        for (const ArgoManifest& manifest : file.models.argo_manifests) {
            for (const ArgoTemplate& tmpl : manifest.templates) {
                if (const ArgoTask* uses_depends = first_depends(tmpl))
                    check(tmpl, *uses_depends, file.source, context);
            }
        }
    }

  private:
    static void check(const ArgoTemplate& tmpl, const ArgoTask& uses_depends, const SourceFile& source,
                      RuleContext& context) {
        const std::string note = "the DAG uses \"depends\" here";
        for (const ArgoTask& task : tmpl.tasks) {
            if (task.dependencies_key) {
                context
                    .report(source, task.dependencies_key->span,
                            "\"dependencies\" and \"depends\" cannot be mixed in one DAG: write these "
                            "dependencies in \"depends\", joined by \"&&\"")
                    .note(source, uses_depends.depends->key, note);
            }
            if (task.continue_on_key) {
                const std::string name(task.name ? task.name->text : "task");
                context
                    .report(source, task.continue_on_key->span,
                            "\"continueOn\" cannot be used in a DAG that uses \"depends\": in the "
                            "tasks that follow, depend on \"" +
                                name + ".Failed\" or \"" + name + ".Errored\" instead")
                    .note(source, uses_depends.depends->key, note);
            }
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(argo_mixed_dependencies, reclint::MixedDependencies)
