// A finding: which rule, how serious, where, what, and notes pointing at related places.
#pragma once

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

struct Diagnostic {
    std::string_view rule;  // the rule's id, e.g. "dag/cycle"
    Severity severity = Severity::error;
    const SourceFile* file = nullptr;
    Span span;
    std::string message;
    std::vector<Note> notes;
    // Where the span sits in the file's node tree (`jobs[train].dependencies[1]`), set by the
    // engine after the rules ran; rules never fill it.
    std::string logical_path;
};

// The order of every report: file path, then position, then rule id, then message.
bool diagnostic_order(const Diagnostic& a, const Diagnostic& b);

}  // namespace reclint
