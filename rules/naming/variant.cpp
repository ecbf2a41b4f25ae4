// naming/variant: a variant name that does not match `naming.variant` of the config.
#include "naming/pattern_check.hpp"

namespace reclint {
namespace {

class VariantName final : public Rule {
  public:
    VariantName() : Rule({"naming/variant", Severity::warning, "a name not matching the configured pattern"}) {}

    void check_file(const InputFile& file, const Repository& repository, RuleContext& context) const override {
        for (const Experiment& experiment : file.models.experiments) {
            for (const Variant& variant : experiment.variants) {
                if (variant.name) {
                    check_name(*variant.name, "variant", repository.config().naming.variant, file.source, context);
                }
            }
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(naming_variant, reclint::VariantName)
