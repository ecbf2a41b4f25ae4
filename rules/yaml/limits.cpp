// yaml/limits: a file too large, nested too deep, or whose aliases expand too far.
#include "load_problems.hpp"

namespace reclint {
namespace {

class Limits final : public Rule {
  public:
    Limits()
        : Rule({.id = "yaml/limits",
                .default_severity = Severity::error,
                .summary = "a file over the size limit, nested too deep, or whose aliases expand too far",
                .always_selected = true,
                .checks_config = true}) {}
    void check_file(const InputFile& file, const Repository&, RuleContext& context) const override {
        report_load_problems(file, LoadProblem::Kind::limits, context);
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(yaml_limits, reclint::Limits)
