// schema/invalid: a value of the wrong type, a missing required key, a value outside an enum.
#include "violations.hpp"

namespace reclint {
namespace {

class Invalid final : public Rule {
  public:
    Invalid()
        : Rule({.id = "schema/invalid",
                .default_severity = Severity::error,
                .summary = "a value of the wrong type, a missing required key, a value outside an enum or pattern",
                .checks_config = true}) {}
    void check_file(const InputFile& file, const Repository&, RuleContext& context) const override {
        report_schema_violations(file, SchemaViolation::Kind::invalid, context);
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(schema_invalid, reclint::Invalid)
