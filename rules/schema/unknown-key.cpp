// schema/unknown-key: a key the format does not have, with did-you-mean.
#include "violations.hpp"

namespace reclint {
namespace {

class UnknownKey final : public Rule {
  public:
    UnknownKey()
        : Rule({.id = "schema/unknown-key",
                .default_severity = Severity::error,
                .summary = "a key the format does not have, with did-you-mean (dependency -> dependencies)",
                .checks_config = true,
                .fixable = true}) {}
    void check_file(const InputFile& file, const Repository&, RuleContext& context) const override {
        report_schema_violations(file, SchemaViolation::Kind::unknown_key, context);
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(schema_unknown_key, reclint::UnknownKey)
