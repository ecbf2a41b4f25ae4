// suppression/unknown-rule: a suppression comment naming no rule. The engine reports it
// (engine/suppression.cpp), together with suppression/unused; this class gives the rule its id,
// severity and summary.
#include "engine/rule.hpp"

namespace reclint {
namespace {

class UnknownRule final : public Rule {
  public:
    UnknownRule() : Rule({"suppression/unknown-rule", Severity::error, "a suppression comment naming no rule"}) {}
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(suppression_unknown_rule, reclint::UnknownRule)
