// dag/cycle: each cycle once, as its path, at the dependency that closes it, with notes along it.
#include <algorithm>

#include "engine/rule.hpp"
#include "model/dag_cycles.hpp"
#include "text/quoted.hpp"

namespace reclint {
namespace {

// Longer cycles are shown as their first and last jobs around "...": the notes still list every
// edge.
constexpr std::size_t kShownJobs = 12;

std::string path_text(const Dag& dag, const std::vector<std::uint32_t>& path) {
    const auto name_at = [&](std::size_t i) { return quoted(dag.jobs[dag.source(dag.dependencies[path[i]])].name); };
    std::string text;
    for (std::size_t i = 0; i < path.size(); ++i) {
        if (path.size() > kShownJobs && i == kShownJobs / 2) {
            text += "... -> ";
            i = path.size() - kShownJobs / 2;
        }
        text += name_at(i) + " -> ";
    }
    return text + name_at(0);
}

// The jobs of the component that the reported cycle does not go through.
std::string others_text(const Dag& dag, const DagCycle& cycle) {
    const std::size_t others = cycle.jobs.size() - cycle.path.size();
    if (others == 0) return "";
    std::vector<std::uint32_t> on_path;
    for (const std::uint32_t edge : cycle.path)
        on_path.push_back(dag.source(dag.dependencies[edge]));
    std::sort(on_path.begin(), on_path.end());
    std::string names;
    std::size_t listed = 0;
    for (const std::uint32_t job : cycle.jobs) {
        if (std::binary_search(on_path.begin(), on_path.end(), job)) continue;
        if (listed++ == 5) {
            names += ", ...";
            break;
        }
        names += (names.empty() ? "" : ", ") + quoted(dag.jobs[job].name);
    }
    const std::string noun(dag.job_noun());
    return " (" + std::to_string(others) + " more " + noun + (others == 1 ? " is" : "s are") +
           " on cycles with these: " + names + ")";
}

class Cycle final : public Rule {
  public:
    Cycle()
        : Rule({"dag/cycle", Severity::error,
                "each cycle once, as its path a -> b -> c -> a, with a note at every edge of it"}) {}

    void check_file(const InputFile& file, const Repository&, RuleContext& context) const override {
        for (const Dag& dag : file.models.dags) {
            const DependencyGraph graph(dag);
            for (const DagCycle& cycle : find_cycles(graph))
                report(dag, cycle, file.source, context);
        }
    }

  private:
    static void report(const Dag& dag, const DagCycle& cycle, const SourceFile& source, RuleContext& context) {
        const std::string length = cycle.path.size() > kShownJobs ? " of " + std::to_string(cycle.path.size()) + " " +
                                                                        std::string(dag.job_noun()) + "s"
                                                                  : "";
        const DagDependency& closing = dag.dependencies[cycle.path.back()];
        DiagnosticBuilder diagnostic =
            context.report(source, closing.span,
                           "dependency cycle" + length + ": " + path_text(dag, cycle.path) + others_text(dag, cycle));
        diagnostic.about({.dag = &dag});
        for (std::size_t i = 0; i + 1 < cycle.path.size(); ++i) {
            const DagDependency& edge = dag.dependencies[cycle.path[i]];
            diagnostic.note(source, edge.span,
                            quoted(dag.jobs[dag.source(edge)].name) + " depends on " + quoted(edge.name));
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(dag_cycle, reclint::Cycle)
