// yaml/syntax: a file that is not valid YAML or JSON, at the parser's position.
#include "load_problems.hpp"

namespace reclint {
namespace {

class Syntax final : public Rule {
  public:
    Syntax()
        : Rule({.id = "yaml/syntax",
                .default_severity = Severity::error,
                .summary = "a file that does not parse; at the parser's position",
                .always_selected = true,
                .checks_config = true}) {}
    void check_file(const InputFile& file, const Repository&, RuleContext& context) const override {
        report_load_problems(file, LoadProblem::Kind::syntax, context);
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(yaml_syntax, reclint::Syntax)
