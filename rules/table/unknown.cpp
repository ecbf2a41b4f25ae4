// table/unknown: a table that a job reads or an experiment shows which is not in the catalog and
// which no job writes; and a job writing into a dataset the catalog does not have.
#include "engine/fixes.hpp"
#include "table/table_messages.hpp"
#include "text/did_you_mean.hpp"

namespace reclint {
namespace {

class UnknownTable final : public Rule {
  public:
    UnknownTable()
        : Rule({.id = "table/unknown",
                .default_severity = Severity::error,
                .summary = "a table (job input/output, experiment source/fallback) not in the catalog and "
                           "written by no job",
                .fixable = true}) {}

    void check_file(const InputFile& file, const Repository& repository, RuleContext& context) const override {
        const TableIndex& tables = repository.tables();
        // Without a catalog, what exists in the warehouse is not known.
        if (!tables.has_catalog()) return;
        SuggestionBudget budget;
        for (const Dag& dag : file.models.dags) {
            for (const DagTable& entry : dag.tables) {
                if (entry.output) {
                    check_output(entry, tables, budget, file.source, context);
                } else {
                    check_read(entry.name, entry.span, tables, budget, file.source, context);
                }
            }
        }
        for (const Experiment& experiment : file.models.experiments) {
            for (const Variant& variant : experiment.variants) {
                if (variant.source)
                    check_read(variant.source->text, variant.source->span, tables, budget, file.source, context);
                for (const TextValue& fallback : variant.fallback)
                    check_read(fallback.text, fallback.span, tables, budget, file.source, context);
            }
        }
    }

  private:
    static void check_read(std::string_view name, Span span, const TableIndex& tables, SuggestionBudget& budget,
                           const SourceFile& source, RuleContext& context) {
        // An empty name is schema/invalid's finding.
        if (name.empty() || tables.is_known(name)) return;
        if (const UnparsedMention* mention = tables.unparsed_mention(name)) {
            const SourceFile& unparsed = mention->file->source;
            context
                .report(source, span,
                        "table " + quoted(name) + " is not in " + tables.source_label() + ", and " +
                            quoted(unparsed.path()) + ", which names it, does not parse: a job there may write it")
                .note(unparsed, mention->span, "named here; fix the file's syntax error first")
                .follows_from(unparsed);
            return;
        }
        std::string message = "table " + quoted(name) + " is not in " + tables.source_label() + " and no job writes it";
        bool sole = false;
        const auto suggestion = tables.closest_table(name, budget, sole);
        if (suggestion) message += ", did you mean " + quoted(*suggestion) + "?";
        DiagnosticBuilder reported = context.report(source, span, std::move(message));
        if (!suggestion || !sole) return;
        if (auto edit = rename_edit(source, span, name, *suggestion)) reported.fix(std::move(*edit));
    }

    // A job creates the tables it writes, so an output is never unknown itself; but the warehouse
    // creates a table only in a dataset that exists.
    static void check_output(const DagTable& entry, const TableIndex& tables, SuggestionBudget& budget,
                             const SourceFile& source, RuleContext& context) {
        const std::string_view dataset = dataset_of(entry.name);
        if (dataset.empty()) {
            context.report(
                source, entry.span,
                "output " + quoted(entry.name) + " names no dataset: tables are written as \"dataset.table\"");
            return;
        }
        if (tables.dataset_in_catalog(dataset)) return;
        std::string message =
            "dataset " + quoted(dataset) + " of output " + quoted(entry.name) + " is not in " + tables.source_label();
        const auto suggestion = tables.closest_dataset(dataset, budget);
        if (suggestion) message += ", did you mean " + quoted(std::string_view(*suggestion)) + "?";
        const Span at = value_subspan(*entry.node, source, 0, dataset.size());
        DiagnosticBuilder reported = context.report(source, at, std::move(message));
        if (!suggestion || !tables.is_sole_dataset(dataset, *suggestion)) return;
        if (auto edit = rename_edit(source, at, dataset, *suggestion)) reported.fix(std::move(*edit));
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(table_unknown, reclint::UnknownTable)
