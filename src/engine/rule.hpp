// What a rule is: an id, a default severity, a one-line summary, and checks over the model.
// A rule never reads files, prints, or knows the output format: it reports through RuleContext.
#pragma once

#include <string_view>

#include "engine/rule_context.hpp"
#include "model/repository.hpp"
#include "vocabulary/severity.hpp"

namespace reclint {

struct RuleInfo {
    std::string_view id;  // "category/name", the path of its source under rules/
    Severity default_severity;
    std::string_view summary;  // one line, lowercase, as listed by `reclint rules`
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
