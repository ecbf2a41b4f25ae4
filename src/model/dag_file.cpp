#include "model/dag_file.hpp"

namespace reclint {

namespace {

void add_tables(const Node& job, std::uint32_t index, bool output, Dag& dag) {
    const Node* list = job.find(output ? "outputs" : "inputs");
    if (!list || !list->is_sequence()) return;
    for (const Node* entry : list->items()) {
        if (entry->is_string() && !entry->value().empty())
            dag.tables.push_back({index, entry->value(), entry->span, output, entry});
    }
}

void add_job(const Node& job, Dag& dag) {
    const Node* name = job.is_mapping() ? job.find("name") : nullptr;
    if (!name || !name->is_string() || name->value().empty()) return;
    const auto index = static_cast<std::uint32_t>(dag.jobs.size());
    dag.jobs.push_back({name->value(), name->span, job.span});
    add_tables(job, index, false, dag);
    add_tables(job, index, true, dag);
    const Node* dependencies = job.find("dependencies");
    if (!dependencies || !dependencies->is_sequence()) return;
    for (const Node* entry : dependencies->items()) {
        if (entry->is_string()) dag.dependencies.push_back({index, entry->value(), entry->span});
    }
}

}  // namespace

Dag read_dag_file(const Node& root) {
    Dag dag;
    if (!root.is_mapping()) return dag;
    if (const Node* name = root.find("name"); name && name->is_string()) {
        dag.name = name->value();
        dag.name_span = name->span;
    }
    if (const Node* jobs = root.find("jobs"); jobs && jobs->is_sequence()) {
        dag.jobs.reserve(jobs->items().size());
        for (const Node* job : jobs->items())
            add_job(*job, dag);
    }
    dag.link();
    return dag;
}

}  // namespace reclint
