// table/missing-dependency: a job reading a table that another job of its DAG writes, without
// depending on that job directly or through others. The scheduler may then run the reader first,
// or both at once, and the reader sees yesterday's table or half of today's.
#include <algorithm>
#include <unordered_map>

#include "model/dependency_reachability.hpp"
#include "table/table_messages.hpp"

namespace reclint {
namespace {

// A table written by many jobs of one DAG is table/multiple-producers' error; a reader is checked
// against its first writers only, so that questions stay linear in the number of inputs.
constexpr std::size_t kWritersChecked = 16;

// An input entry and a job writing its table, whose answer decides a finding.
struct ReadOfWrite {
    std::uint32_t input;   // index into dag.tables
    std::uint32_t output;  // the writer's first entry naming the table, index into dag.tables
};

class MissingDependency final : public Rule {
  public:
    MissingDependency()
        : Rule({"table/missing-dependency", Severity::error,
                "a job reading a table that another job of the same DAG writes, without "
                "depending on it (directly or transitively): a race"}) {}

    void check_file(const InputFile& file, const Repository&, RuleContext& context) const override {
        for (const Dag& dag : file.models.dags) {
            if (dag.origin == DagOrigin::dag_file && !dag.tables.empty()) check_dag(dag, file.source, context);
        }
    }

  private:
    // For each table the DAG writes, the first output entry of each job writing it.
    static std::unordered_map<std::string_view, std::vector<std::uint32_t>> writers(const Dag& dag) {
        std::unordered_map<std::string_view, std::vector<std::uint32_t>> written;
        for (std::uint32_t i = 0; i < dag.tables.size(); ++i) {
            const DagTable& entry = dag.tables[i];
            if (!entry.output) continue;
            std::vector<std::uint32_t>& entries = written[entry.name];
            const std::uint32_t job = dag.jobs[entry.job].first;
            const bool known = std::any_of(entries.begin(), entries.end(), [&](std::uint32_t each) {
                return dag.jobs[dag.tables[each].job].first == job;
            });
            if (!known && entries.size() < kWritersChecked) entries.push_back(i);
        }
        return written;
    }

    static void check_dag(const Dag& dag, const SourceFile& source, RuleContext& context) {
        const auto written = writers(dag);
        std::vector<ReadOfWrite> reads;
        std::vector<DependencyQuestion> questions;
        for (std::uint32_t i = 0; i < dag.tables.size(); ++i) {
            const DagTable& entry = dag.tables[i];
            const auto found = entry.output ? written.end() : written.find(entry.name);
            if (found == written.end()) continue;
            const std::uint32_t reader = dag.jobs[entry.job].first;
            // A reader whose dependency list is misspelled may well wait for the writer: that
            // list's own finding is the one to fix.
            if (dag.jobs[reader].dependencies_unknown) continue;
            for (const std::uint32_t output : found->second) {
                const std::uint32_t writer = dag.jobs[dag.tables[output].job].first;
                if (writer == reader) continue;  // a job updating its own table
                reads.push_back({i, output});
                questions.push_back({reader, writer});
            }
        }
        const DependencyGraph graph(dag);
        const std::vector<bool> ordered = depends_transitively(graph, questions);
        for (std::size_t first = 0, last = 0; first < reads.size(); first = last) {
            std::vector<std::uint32_t> racing;
            for (last = first; last < reads.size() && reads[last].input == reads[first].input; ++last) {
                if (!ordered[last]) racing.push_back(reads[last].output);
            }
            if (!racing.empty()) report(dag, reads[first].input, racing, source, context);
        }
    }

    static void report(const Dag& dag, std::uint32_t input, const std::vector<std::uint32_t>& racing,
                       const SourceFile& source, RuleContext& context) {
        const DagTable& read = dag.tables[input];
        std::vector<std::string_view> names;
        names.reserve(racing.size());
        for (const std::uint32_t output : racing)
            names.push_back(dag.jobs[dag.tables[output].job].name);
        const bool one = names.size() == 1;
        DiagnosticBuilder diagnostic =
            context.report(source, read.span,
                           "job " + quoted(dag.jobs[read.job].name) + " reads " + quoted(read.name) + ", which " +
                               (one ? "job " : "jobs ") + quoted_list(names) + (one ? " writes" : " write") +
                               ", but does not depend on " + (one ? quoted(names.front()) : "them") +
                               (one ? ": the two can run in either order" : ": they can run in any order"));
        for (const std::uint32_t output : racing) {
            const DagTable& write = dag.tables[output];
            diagnostic.note(source, write.span, "job " + quoted(dag.jobs[write.job].name) + " writes it here");
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(table_missing_dependency, reclint::MissingDependency)
