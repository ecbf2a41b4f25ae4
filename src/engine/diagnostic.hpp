// A finding: which rule, how serious, where, what, and notes pointing at related places.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "load/source_file.hpp"
#include "vocabulary/severity.hpp"

namespace reclint {

struct Note {
    const SourceFile* file;
    Span span;
    std::string message;
};

struct Dag;

// What a finding is about beyond its place, for the outputs that draw it (the job summary's
// graphs): the DAG with a cycle, or a manifest's DAG and the DAG file's DAG it drifted from.
struct DiagnosticSubject {
    const Dag* dag = nullptr;
    const Dag* expected = nullptr;              // a drift: what `dag` should match
    const SourceFile* expected_file = nullptr;  // the file holding `expected`
};

// One replacement of a fix: the bytes of `span` in `file` (offsets into its text, which has no BOM)
// become `text`.
struct Edit {
    const SourceFile* file = nullptr;
    Span span;
    std::string text;
};

// With `--base`: whether the base revision has the same finding (same rule, file, logical path).
enum class Baseline : std::uint8_t { none, added, existing };

struct Diagnostic {
    std::string_view rule;  // the id of the rule that reported it
    Severity severity = Severity::error;
    const SourceFile* file = nullptr;
    Span span;
    std::string message;
    std::vector<Note> notes;
    // Where the span sits in the file's node tree (`jobs[train].dependencies[1]`), set by the
    // engine after the rules ran; rules never fill it.
    std::string logical_path;
    DiagnosticSubject subject;
    Baseline baseline = Baseline::none;  // set by the engine with `--base`
    // More than 0: this diagnostic stands for that many findings of its rule in its file that were
    // left out, at the first of them (see kMostFindingsPerRuleAndFile).
    std::size_t omitted = 0;
    // A safe fix from the rule, when it has one: its edits apply together or not at all.
    std::vector<Edit> fix;
    // A finding that only follows from a problem of this file (it does not parse). When that file
    // has an error in the report, the finding is printed after that file's findings, at info (the
    // error fails the run); otherwise it is an ordinary finding (settle_consequences()).
    const SourceFile* cause = nullptr;
};

// Past this many findings of one rule in one file, the rest are counted, not kept: one hostile
// file could otherwise hold millions of diagnostics in memory and in the report.
constexpr std::size_t kMostFindingsPerRuleAndFile = 1000;

// "N more findings of this rule in this file are left out (...)", the message of a diagnostic
// that stands for `omitted` findings.
std::string omitted_message(std::size_t omitted);

// Keeps the first kMostFindingsPerRuleAndFile diagnostics of each rule and file, in their order,
// and turns the rest into one diagnostic that says how many were left out (merged with any that
// already does), then gives each such diagnostic its message.
void cap_per_rule_and_file(std::vector<Diagnostic>& diagnostics);

// The order of every report: file path, then position, then rule id, then message; a finding
// with a cause comes right after the findings of the cause's file, root causes first.
bool diagnostic_order(const Diagnostic& a, const Diagnostic& b);

// Lowers to info each finding with a cause whose file has an error among `diagnostics`; the
// others lose their cause.
void settle_consequences(std::vector<Diagnostic>& diagnostics);

}  // namespace reclint
