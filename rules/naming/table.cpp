// naming/table: a table a DAG job creates whose name does not match the configured pattern.
#include "naming/pattern_check.hpp"

namespace reclint {
namespace {

class TableName final : public Rule {
  public:
    TableName() : Rule({"naming/table", Severity::warning, "a name not matching the configured pattern"}) {}

    // Names are chosen where a job writes a new table. Tables the catalog lists exist already:
    // renaming one is a migration, not something to fix in the file that reads or writes it.
    void check_file(const InputFile& file, const Repository& repository, RuleContext& context) const override {
        for (const Dag& dag : file.models.dags) {
            for (const DagTable& entry : dag.tables) {
                if (!entry.output || repository.tables().in_catalog(entry.name)) continue;
                check_name(entry.name, entry.span, "table", repository.config().naming.table, file.source, context);
            }
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(naming_table, reclint::TableName)
