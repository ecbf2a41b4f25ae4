// A dependency graph of named jobs as written in a file: a DAG file's jobs, or the tasks of an
// Argo DAG template. The graph rules and `reclint graph` work on this model only.
#pragma once

#include <cstdint>
#include <limits>
#include <string_view>
#include <vector>

#include "load/node.hpp"

namespace reclint {

inline constexpr std::uint32_t kNoJob = std::numeric_limits<std::uint32_t>::max();

struct DagJob {
    std::string_view name;
    Span name_span;  // the name's value
    Span span;       // the whole job (its mapping)
    // The first job with this name: the job itself unless it is a later duplicate. A name is one
    // node of the graph: the dependencies of every job with that name leave that first job.
    std::uint32_t first = kNoJob;
    // Its dependency list cannot be trusted: an entry names no job, the list is not a list of
    // names, or its key is misspelled (`dependency:`). Rules that compare or order jobs by their
    // dependencies skip it: the finding would only follow from that one. Set on the first job of
    // the name when any job of that name has it (after link()).
    bool dependencies_unknown = false;
};

struct DagDependency {
    std::uint32_t job = 0;          // the job whose list holds it
    std::string_view name;          // the job it names
    Span span;                      // the entry in the list, or the name inside a `depends` expression
    std::uint32_t target = kNoJob;  // the first job with that name; kNoJob when no job has it

    bool resolved() const { return target != kNoJob; }
};

// A table a DAG file's job lists in `inputs` (reads) or `outputs` (writes).
struct DagTable {
    std::uint32_t job = 0;  // the job whose list holds it
    std::string_view name;
    Span span;  // the entry in the list
    bool output = false;
    const Node* node = nullptr;  // the entry, to point inside its text (value_subspan)
};

enum class DagOrigin : std::uint8_t { dag_file, argo_template };

struct Dag {
    DagOrigin origin = DagOrigin::dag_file;
    std::string_view name;  // the DAG file's `name`, or the template's; empty when missing
    Span name_span;
    const Node* schedule = nullptr;           // a DAG file's `schedule:`, when it is a string
    std::vector<DagJob> jobs;                 // in document order
    std::vector<DagDependency> dependencies;  // in document order: each job's entries together
    std::vector<DagTable> tables;             // in document order: each job's inputs, then its outputs

    // How messages call a job: "job", or "task" in an Argo manifest.
    std::string_view job_noun() const { return origin == DagOrigin::dag_file ? "job" : "task"; }
    // The job a dependency leaves in the graph: the first job with the lister's name.
    std::uint32_t source(const DagDependency& dependency) const { return jobs[dependency.job].first; }
    bool is_first(std::uint32_t job) const { return jobs[job].first == job; }

    // Fills `first` of every job and `target` of every dependency, and marks the dependency list of
    // a job with an unresolved entry, or of a job a later namesake marks, as unknown; call once all
    // are added.
    void link();
};

}  // namespace reclint
