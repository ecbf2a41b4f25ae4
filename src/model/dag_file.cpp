#include "model/dag_file.hpp"

#include <unordered_set>

namespace reclint {

namespace {

constexpr std::string_view kDependenciesKey = "dependencies";

// Where the keys that the schema says are a misspelled `dependencies` begin.
using MisspelledKeys = std::unordered_set<std::size_t>;

MisspelledKeys misspelled_dependencies_keys(std::span<const SchemaViolation> violations) {
    MisspelledKeys keys;
    for (const SchemaViolation& violation : violations) {
        if (violation.kind == SchemaViolation::Kind::unknown_key && violation.replacement == kDependenciesKey)
            keys.insert(violation.span.begin);
    }
    return keys;
}

void add_tables(const Node& job, std::uint32_t index, bool output, Dag& dag) {
    const Node* list = job.find(output ? "outputs" : "inputs");
    if (!list || !list->is_sequence()) return;
    for (const Node* entry : list->items()) {
        if (entry->is_string() && !entry->value().empty())
            dag.tables.push_back({index, entry->value(), entry->span, output, entry});
    }
}

bool has_misspelled_key(const Node& job, const MisspelledKeys& misspelled) {
    if (misspelled.empty()) return false;
    for (const MapEntry& entry : job.entries()) {
        if (misspelled.contains(entry.key->span.begin)) return true;
    }
    return false;
}

void add_dependencies(const Node& job, std::uint32_t index, const MisspelledKeys& misspelled, Dag& dag) {
    const Node* dependencies = job.find(kDependenciesKey);
    if (!dependencies) {
        dag.jobs[index].dependencies_unknown = has_misspelled_key(job, misspelled);
        return;
    }
    if (!dependencies->is_sequence()) {
        dag.jobs[index].dependencies_unknown = !dependencies->is_null();
        return;
    }
    for (const Node* entry : dependencies->items()) {
        if (entry->is_string()) {
            dag.dependencies.push_back({index, entry->value(), entry->span});
        } else {
            dag.jobs[index].dependencies_unknown = true;
        }
    }
}

void add_job(const Node& job, const MisspelledKeys& misspelled, Dag& dag) {
    const Node* name = job.is_mapping() ? job.find("name") : nullptr;
    if (!name || !name->is_string() || name->value().empty()) return;
    const auto index = static_cast<std::uint32_t>(dag.jobs.size());
    dag.jobs.push_back({name->value(), name->span, job.span});
    add_tables(job, index, false, dag);
    add_tables(job, index, true, dag);
    add_dependencies(job, index, misspelled, dag);
}

}  // namespace

Dag read_dag_file(const Node& root, std::span<const SchemaViolation> violations) {
    Dag dag;
    if (!root.is_mapping()) return dag;
    if (const Node* name = root.find("name"); name && name->is_string()) {
        dag.name = name->value();
        dag.name_span = name->span;
    }
    if (const Node* schedule = root.find("schedule"); schedule && schedule->is_string()) dag.schedule = schedule;
    if (const Node* jobs = root.find("jobs"); jobs && jobs->is_sequence()) {
        const MisspelledKeys misspelled = misspelled_dependencies_keys(violations);
        dag.jobs.reserve(jobs->items().size());
        for (const Node* job : jobs->items())
            add_job(*job, misspelled, dag);
    }
    dag.link();
    return dag;
}

}  // namespace reclint
