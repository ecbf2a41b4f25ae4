// argo/duplicate-template: two templates of one manifest with one name.
#include <unordered_map>

#include "argo/argo_rules.hpp"

namespace reclint {
namespace {

class DuplicateTemplate final : public Rule {
  public:
    DuplicateTemplate() : Rule({"argo/duplicate-template", Severity::error, "two templates with one name"}) {}

    void check_file(const InputFile& file, const Repository&, RuleContext& context) const override {
        for (const ArgoManifest& manifest : file.models.argo_manifests) {
            std::unordered_map<std::string_view, Span> first;
            for (const ArgoTemplate& tmpl : manifest.templates) {
                if (!tmpl.name) continue;
                const auto [earlier, added] = first.try_emplace(tmpl.name->text, tmpl.name->span);
                if (added) continue;
                context.report(file.source, tmpl.name->span, "duplicate template " + quoted(tmpl.name->text))
                    .note(file.source, earlier->second, "first defined here");
            }
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(argo_duplicate_template, reclint::DuplicateTemplate)
