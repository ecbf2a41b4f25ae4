#include "engine/rule_context.hpp"

#include "engine/rule.hpp"

namespace reclint {

DiagnosticBuilder RuleContext::report(const SourceFile& file, Span span, std::string message) {
    sink_.push_back({rule_.id, severity_, &file, span, std::move(message), {}});
    return DiagnosticBuilder(sink_.back());
}

}  // namespace reclint
