// The only way a rule reports: it gives a place and a message; the context stamps the rule's id
// and severity.
#pragma once

#include <string>
#include <vector>

#include "engine/diagnostic.hpp"

namespace reclint {

struct RuleInfo;

// Adds notes and a subject to the diagnostic just reported.
class DiagnosticBuilder {
  public:
    explicit DiagnosticBuilder(Diagnostic& diagnostic) : diagnostic_(diagnostic) {}
    DiagnosticBuilder& note(const SourceFile& file, Span span, std::string message) {
        diagnostic_.notes.push_back({&file, span, std::move(message)});
        return *this;
    }
    DiagnosticBuilder& about(DiagnosticSubject subject) {
        diagnostic_.subject = subject;
        return *this;
    }

  private:
    Diagnostic& diagnostic_;
};

class RuleContext {
  public:
    RuleContext(const RuleInfo& rule, Severity severity, std::vector<Diagnostic>& sink)
        : rule_(rule), severity_(severity), sink_(sink) {}

    DiagnosticBuilder report(const SourceFile& file, Span span, std::string message);

  private:
    const RuleInfo& rule_;
    Severity severity_;
    std::vector<Diagnostic>& sink_;
};

}  // namespace reclint
