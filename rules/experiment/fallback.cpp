// experiment/fallback: a variant's chain of tables (its source, then its fallbacks, shown in that
// order as each runs out) that repeats a table, or whose last table is not known to have a row
// for every user: those users would see an empty list.
#include <unordered_map>

#include "table/table_messages.hpp"

namespace reclint {
namespace {

constexpr std::string_view kEmptyList = ": users it has no rows for would see an empty list";

class Fallback final : public Rule {
  public:
    Fallback()
        : Rule({"experiment/fallback", Severity::warning,
                "a fallback chain that repeats a table or whose last table is not `complete` in "
                "the catalog"}) {}

    void check_file(const InputFile& file, const Repository& repository, RuleContext& context) const override {
        for (const Experiment& experiment : file.models.experiments) {
            for (const Variant& variant : experiment.variants) {
                check_repeats(variant, file.source, context);
                check_last(variant, repository.tables(), file.source, context);
            }
        }
    }

  private:
    static void check_repeats(const Variant& variant, const SourceFile& source, RuleContext& context) {
        std::unordered_map<std::string_view, const TextValue*> first_place;
        if (variant.source) first_place.emplace(variant.source->text, &*variant.source);
        for (const TextValue& fallback : variant.fallback) {
            const auto [first, added] = first_place.emplace(fallback.text, &fallback);
            if (added) continue;
            const bool is_source = variant.source && first->second == &*variant.source;
            context
                .report(source, fallback.span,
                        "fallback " + quoted(fallback.text) +
                            (is_source ? " is the source" : " is already earlier in the chain") + " of " +
                            variant_label(variant) + ": its rows were shown already")
                .note(source, first->second->span,
                      quoted(fallback.text) + (is_source ? " is the source here" : " is first here"));
        }
    }

    // Whether the last table is complete is known only from a catalog. An unknown last table is
    // table/unknown's finding.
    static void check_last(const Variant& variant, const TableIndex& tables, const SourceFile& source,
                           RuleContext& context) {
        const TextValue* last = !variant.fallback.empty() ? &variant.fallback.back()
                                : variant.source          ? &*variant.source
                                                          : nullptr;
        if (!last || !tables.has_catalog()) return;
        const std::string start =
            variant.fallback.empty()
                ? variant_label(variant) + " has no fallback and its source " + quoted(last->text)
                : "the fallback chain of " + variant_label(variant) + " ends in " + quoted(last->text) + ", which";
        if (const CatalogEntry* entry = tables.in_catalog(last->text)) {
            if (entry->complete_from) return;
            DiagnosticBuilder diagnostic =
                context.report(source, last->span, start + " is not complete in the catalog" + std::string(kEmptyList));
            // A table only the live warehouse has is listed in no catalog file.
            if (entry->first.file)
                diagnostic.note(entry->first.file->source, entry->first.table->name.span,
                                "the catalog lists " + quoted(last->text) + " here without \"complete: true\"");
            return;
        }
        const std::span<const TableWrite> writes = tables.writes(last->text);
        if (writes.empty()) return;
        context
            .report(source, last->span,
                    start + " is in no catalog, so it is not known to be complete" + std::string(kEmptyList))
            .note(writes.front().file->source, writes.front().entry->span,
                  writer_label(writes.front()) + " writes it here");
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(experiment_fallback, reclint::Fallback)
