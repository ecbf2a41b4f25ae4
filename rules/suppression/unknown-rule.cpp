// suppression/unknown-rule: a suppression comment naming no rule. The engine reports it
// (engine/suppression.cpp), together with suppression/unused; this class gives the rule its id,
// severity and summary.
#include "engine/rule.hpp"

namespace reclint {
namespace {

class UnknownRule final : public Rule {
  public:
    UnknownRule()
        : Rule({.id = "suppression/unknown-rule",
                .default_severity = Severity::error,
                .summary = "a suppression comment naming no rule",
                .engine_finding = EngineFinding::unknown_suppressed_rule}) {}
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(suppression_unknown_rule, reclint::UnknownRule)
