// The only way a rule reports: it gives a place and a message; the context stamps the rule's id
// and severity.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "engine/diagnostic.hpp"
#include "text/did_you_mean.hpp"

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
    // Adds the edit to the diagnostic's fix (see engine/fixes.hpp for edits that are safe).
    DiagnosticBuilder& fix(Edit edit) {
        diagnostic_.fix.push_back(std::move(edit));
        return *this;
    }
    // The finding only follows from a problem of `file` (see Diagnostic::cause).
    DiagnosticBuilder& follows_from(const SourceFile& file) {
        diagnostic_.cause = &file;
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
    // Gives the diagnostics standing for left-out findings their message.
    ~RuleContext();
    RuleContext(const RuleContext&) = delete;
    RuleContext& operator=(const RuleContext&) = delete;

    // Past kMostFindingsPerRuleAndFile findings in one file, the rest are only counted, on one
    // diagnostic at the first of them; their notes are dropped.
    DiagnosticBuilder report(const SourceFile& file, Span span, std::string message);
    // `findings` that were left out before they were reported (the schema validator counts them
    // once it holds its cap), the first of them at `first`: counted as reports past the cap.
    void count_left_out(const SourceFile& file, Span first, std::size_t findings);

    // What this rule's did-you-mean lookups may still cost here (one file, or the repository).
    EditBudget& edit_budget() { return edit_budget_; }

  private:
    const RuleInfo& rule_;
    Severity severity_;
    std::vector<Diagnostic>& sink_;
    EditBudget edit_budget_;
    struct FileCount {
        std::size_t reported = 0;
        std::size_t omitted_at = 0;  // index in sink_, once findings are left out
    };
    std::unordered_map<const SourceFile*, FileCount> counts_;
    Diagnostic left_out_;  // takes the notes of findings left out
};

}  // namespace reclint
