#include "engine/rule_context.hpp"

#include "engine/rule.hpp"

namespace reclint {

RuleContext::~RuleContext() {
    for (const auto& [file, count] : counts_) {
        if (count.reported > kMostFindingsPerRuleAndFile) {
            sink_[count.omitted_at].message = omitted_message(sink_[count.omitted_at].omitted);
        }
    }
}

DiagnosticBuilder RuleContext::report(const SourceFile& file, Span span, std::string message) {
    FileCount& count = counts_[&file];
    ++count.reported;
    if (count.reported <= kMostFindingsPerRuleAndFile) {
        sink_.push_back({rule_.id, severity_, &file, span, std::move(message), {}});
        return DiagnosticBuilder(sink_.back());
    }
    if (count.reported == kMostFindingsPerRuleAndFile + 1) {
        count.omitted_at = sink_.size();
        sink_.push_back({rule_.id, severity_, &file, span, {}, {}});
    }
    ++sink_[count.omitted_at].omitted;
    left_out_.notes.clear();
    left_out_.fix.clear();
    return DiagnosticBuilder(left_out_);
}

void RuleContext::count_left_out(const SourceFile& file, Span first, std::size_t findings) {
    if (findings == 0) return;
    FileCount& count = counts_[&file];
    if (count.reported <= kMostFindingsPerRuleAndFile) {  // no diagnostic stands for left-out findings yet
        count.omitted_at = sink_.size();
        sink_.push_back({rule_.id, severity_, &file, first, {}, {}});
        count.reported = kMostFindingsPerRuleAndFile;
    }
    count.reported += findings;
    sink_[count.omitted_at].omitted += findings;
}

}  // namespace reclint
