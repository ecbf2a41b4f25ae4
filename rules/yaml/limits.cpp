// yaml/limits: a file too large, nested too deep, or whose aliases expand too far.
#include "load_problems.hpp"

namespace reclint {
namespace {

class Limits final : public Rule {
  public:
    Limits()
        : Rule({"yaml/limits", Severity::error,
                "a file over the size limit, nested too deep, or whose aliases expand too far"}) {}
    void check_file(const InputFile& file, const Repository&, RuleContext& context) const override {
        report_load_problems(file, LoadProblem::Kind::limits, context);
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(yaml_limits, reclint::Limits)
