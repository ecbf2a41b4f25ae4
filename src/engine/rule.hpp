// What a rule is: an id, a default severity, a one-line summary, and checks over the model.
// A rule never reads files, prints, or knows the output format: it reports through RuleContext.
#pragma once

#include <string_view>

#include "engine/rule_context.hpp"
#include "model/repository.hpp"
#include "vocabulary/severity.hpp"

namespace reclint {

// A finding the engine makes itself, after the rules ran, and reports under the id of the rule
// that declares it (the rule's class then has no checks of its own).
enum class EngineFinding { none, unknown_suppressed_rule, unused_suppression };

struct RuleInfo {
    std::string_view id;  // category/name: the path of its source under rules/
    Severity default_severity;
    std::string_view summary;  // one line, lowercase, as listed by `reclint rules`
    // Runs even when `--select` names other rules: it reports files that could not be checked.
    bool always_selected = false;
    // Also checks the config file, at error, before anything else (the config's own problems).
    bool checks_config = false;
    EngineFinding engine_finding = EngineFinding::none;
    // Some of its findings carry a safe fix (`reclint check --fix`); its page says what it does.
    bool fixable = false;
};

class Rule {
  public:
    explicit Rule(RuleInfo info) : info_(info) {}
    virtual ~Rule() = default;
    Rule(const Rule&) = delete;
    Rule& operator=(const Rule&) = delete;

    const RuleInfo& info() const { return info_; }

    // Runs once per reported file, possibly on several files at once: must not keep state.
    virtual void check_file(const InputFile& /*file*/, const Repository& /*repository*/,
                            RuleContext& /*context*/) const {}
    // Runs once per run, after every file is loaded: for rules that compare files.
    virtual void check_repository(const Repository& /*repository*/, RuleContext& /*context*/) const {}

  private:
    RuleInfo info_;
};

}  // namespace reclint

// Defines the function through which the generated registry reaches a rule. `symbol` is the
// rule's id with '/' and '-' replaced by '_' (rules/dag/unknown-dependency.cpp: dag_unknown_dependency).
#define RECLINT_REGISTER_RULE(symbol, RuleClass) \
    namespace reclint::rules {                   \
    const Rule& symbol() {                       \
        static const RuleClass rule;             \
        return rule;                             \
    }                                            \
    }
