// yaml/duplicate-key: a key given twice in one mapping; the second is reported, the first noted.
#include "load_problems.hpp"

namespace reclint {
namespace {

class DuplicateKey final : public Rule {
  public:
    DuplicateKey()
        : Rule({.id = "yaml/duplicate-key",
                .default_severity = Severity::error,
                .summary = "a key given twice in one mapping (the second one; a note points at the first)",
                .checks_config = true}) {}
    void check_file(const InputFile& file, const Repository&, RuleContext& context) const override {
        report_load_problems(file, LoadProblem::Kind::duplicate_key, context);
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(yaml_duplicate_key, reclint::DuplicateKey)
