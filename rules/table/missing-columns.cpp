// table/missing-columns: an experiment's source table lacking a column the experiment service
// reads (the config's `source_columns`), when the catalog lists the table's columns.
#include <algorithm>

#include "table/table_messages.hpp"

namespace reclint {
namespace {

class MissingColumns final : public Rule {
  public:
    MissingColumns()
        : Rule({"table/missing-columns", Severity::error,
                "an experiment source lacking a column of `source_columns`, when the catalog "
                "lists its columns"}) {}

    void check_file(const InputFile& file, const Repository& repository, RuleContext& context) const override {
        const std::vector<std::string>& required = repository.config().source_columns;
        if (required.empty()) return;
        for (const Experiment& experiment : file.models.experiments) {
            for (const Variant& variant : experiment.variants) {
                if (variant.source) check(*variant.source, required, repository.tables(), file.source, context);
            }
        }
    }

  private:
    // A source no catalog lists with columns (one a DAG job creates, say) has no known columns.
    static void check(const TextValue& source, const std::vector<std::string>& required, const TableIndex& tables,
                      const SourceFile& file, RuleContext& context) {
        const CatalogEntry* entry = tables.in_catalog(source.text);
        if (!entry || (!entry->columns_from && !entry->live)) return;
        std::vector<std::string_view> missing;
        for (const std::string& column : required) {
            if (std::find(entry->columns.begin(), entry->columns.end(), column) == entry->columns.end())
                missing.push_back(column);
        }
        if (missing.empty()) return;
        const std::string where = entry->live ? " in " + tables.source_label() : "";
        DiagnosticBuilder diagnostic = context.report(
            file, source.span,
            "source " + quoted(source.text) + " has no " + (missing.size() == 1 ? "column " : "columns ") +
                quoted_list(missing) + where + ", which the experiment service reads (\"source_columns\")");
        if (entry->live) return;
        const CatalogListing& listing = *entry->columns_from;
        diagnostic.note(listing.file->source, listing.table->name.span,
                        "the catalog lists the columns of " + quoted(source.text) + " here");
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(table_missing_columns, reclint::MissingColumns)
