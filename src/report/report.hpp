// What every output format renders: the sorted diagnostics of a run, how many files were checked,
// and what the command adds for some formats (rule descriptions, the repository's layout).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "engine/diagnostic.hpp"

namespace reclint {

// A rule as a report describes it (SARIF lists those with results); reporters never see Rule objects.
struct RuleDescription {
    std::string_view id;
    Severity severity = Severity::error;  // under the run's config
    std::string_view summary;
    std::string_view page;  // the rule's Markdown page
    std::string page_url;   // where the page is published (the config's `docs_url`); empty: nowhere
};

struct Report {
    const std::vector<Diagnostic>& diagnostics;
    std::size_t files_checked = 0;
    // The current folder relative to the repository root (e.g. "services/feed"): the github,
    // sarif and summary formats name files from the repository root. Empty: the current folder.
    std::string folder_in_repository;
    std::vector<RuleDescription> rules;  // every rule, in id order
    // A named input (or one under a named folder) could not be read: the run is incomplete, and
    // the count line must not read like a pass.
    bool inputs_unreadable = false;
    // The live warehouse would not show a table's rows (`inputs_unreadable` is set too).
    bool tables_unreadable = false;
};

// New findings by severity; with `--base`, those the base revision already had are only counted
// as existing.
struct SeverityCounts {
    std::size_t errors = 0;
    std::size_t warnings = 0;
    std::size_t infos = 0;
    std::size_t existing = 0;
};

SeverityCounts count_by_severity(const std::vector<Diagnostic>& diagnostics);

// "checked 3 files: 1 error, 0 warnings" (or "...: no problems"), the last line of a text report;
// "..., and a file could not be read" when one could not (or a table, from the warehouse).
std::string count_line(const Report& report);

// Where a span ends, as a position: the column after its last character (exclusive).
Position end_position(const SourceFile& file, Span span);

// The file's path from the repository root, with '/'.
std::string repository_path(const Report& report, const SourceFile& file);

// `text` with each byte for which `encoded` holds written as %XX (upper-case hex).
std::string percent_encode(std::string_view text, bool (*encoded)(unsigned char));

// A relative path as a URI reference: every byte but unreserved characters and '/' percent-encoded.
std::string uri_reference(std::string_view path);

}  // namespace reclint
