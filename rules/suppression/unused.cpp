// suppression/unused: a suppression comment that suppressed nothing. The engine reports it
// (engine/suppression.cpp), after every other rule has run: only then is it known what a comment
// suppressed. This class gives the rule its id, severity and summary.
#include "engine/rule.hpp"

namespace reclint {
namespace {

class Unused final : public Rule {
  public:
    Unused()
        : Rule({.id = "suppression/unused",
                .default_severity = Severity::warning,
                .summary = "a suppression comment that suppressed nothing",
                .engine_finding = EngineFinding::unused_suppression}) {}
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(suppression_unused, reclint::Unused)
