// table/multiple-producers: a table written by two jobs, of one DAG or of several DAG files. Each
// run overwrites the other's rows, and which one a reader sees depends on the schedule.
#include <set>

#include "table/table_messages.hpp"

namespace reclint {
namespace {

class MultipleProducers final : public Rule {
  public:
    MultipleProducers() : Rule({"table/multiple-producers", Severity::error, "a table written by two jobs"}) {}

    void check_repository(const Repository& repository, RuleContext& context) const override {
        for (const auto& [table, writes] : repository.tables().all_writes()) {
            if (writes.size() < 2) continue;
            const std::vector<TableWrite> producers = first_write_of_each_job(writes);
            if (producers.size() > 1) report(table, producers, context);
        }
    }

  private:
    // A job listing the table twice, or copies of one job (dag/duplicate-job), is one producer.
    static std::vector<TableWrite> first_write_of_each_job(const std::vector<TableWrite>& writes) {
        std::vector<TableWrite> producers;
        std::set<std::pair<const Dag*, std::uint32_t>> seen;
        for (const TableWrite& write : writes) {
            if (seen.emplace(write.dag, write.job()).second) producers.push_back(write);
        }
        return producers;
    }

    static void report(std::string_view table, const std::vector<TableWrite>& producers, RuleContext& context) {
        std::vector<ClashPlace> places;
        for (const TableWrite& write : producers)
            places.push_back({write.file, write.entry->span});
        const std::size_t carrier = clash_carrier(places);
        const std::size_t others = producers.size() - 1;
        const std::string by =
            others == 1 ? writer_label(producers[carrier == 0 ? 1 : 0]) : std::to_string(others) + " other jobs";
        DiagnosticBuilder diagnostic = context.report(
            producers[carrier].file->source, producers[carrier].entry->span,
            "table " + quoted(table) + " is also written by " + by +
                (others == 1 ? ": each run overwrites the other's rows" : ": each run overwrites the others' rows"));
        for (std::size_t i = 0; i < producers.size(); ++i) {
            if (i != carrier)
                diagnostic.note(producers[i].file->source, producers[i].entry->span,
                                writer_label(producers[i]) + " writes it too");
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(table_multiple_producers, reclint::MultipleProducers)
