// table/empty: a variant's source, or the last table of its fallback chain, that holds no rows
// while its experiment runs or is about to start: the arm would show nothing.
#include "model/readiness.hpp"
#include "table/table_messages.hpp"

namespace reclint {
namespace {

class EmptyTable final : public Rule {
  public:
    EmptyTable()
        : Rule({"table/empty", Severity::error,
                "a variant source or last fallback with no rows, of an experiment running or starting within "
                "`readiness_days`"}) {}

    void check_file(const InputFile& file, const Repository& repository, RuleContext& context) const override {
        const TableIndex& tables = repository.tables();
        for (const Experiment& experiment : file.models.experiments) {
            if (!needs_data_soon(experiment, repository.today(), repository.config().readiness_days)) continue;
            const std::string when = timing(experiment, repository.today());
            for (const ShownTable& shown : first_shown_tables(experiment)) {
                // A table no catalog lists is table/unknown's finding.
                if (const CatalogEntry* entry = tables.in_catalog(shown.table->text))
                    check(experiment, shown, *entry, when, tables, file.source, context);
            }
        }
    }

  private:
    static std::string timing(const Experiment& experiment, const TimeInterval& today) {
        if (experiment.period()->begin < today.end) return "it is running";
        return "it starts on " + std::string(experiment.start->text);
    }

    static void check(const Experiment& experiment, const ShownTable& shown, const CatalogEntry& entry,
                      const std::string& when, const TableIndex& tables, const SourceFile& file, RuleContext& context) {
        std::string message =
            std::string(shown.fallback ? "last fallback " : "source ") + quoted(shown.table->text) + " of " +
            (shown.variant->name ? "variant " + quoted(shown.variant->name->text) : "a variant") + " has no rows";
        const std::string consequence =
            "; " + experiment_label(experiment) + " needs it: " + when + " and the arm would show nothing";
        if (entry.live) {
            // Rows unknown: not asked, or not readable (which the run reports on its own).
            if (entry.live->has_rows.value_or(true)) return;
            context.report(file, shown.table->span, message + " in " + tables.source_label() + consequence);
            return;
        }
        if (!entry.rows_from || entry.rows_from->table->rows->text != "0") return;
        const CatalogListing& listing = *entry.rows_from;
        context.report(file, shown.table->span, message + " (the catalog records \"rows: 0\")" + consequence)
            .note(listing.file->source, listing.table->rows->span,
                  "the catalog records no rows for " + quoted(shown.table->text) + " here");
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(table_empty, reclint::EmptyTable)
