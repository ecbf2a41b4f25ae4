#include "engine/suppression.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "engine/parallel.hpp"
#include "engine/registry.hpp"
#include "engine/suppression_comments.hpp"
#include "text/quoted.hpp"

namespace reclint {

namespace {

// The ids under which the comments' own problems are reported, as their rules declare.
std::string_view unused_rule() {
    static const std::string_view id = rule_reporting(EngineFinding::unused_suppression).info().id;
    return id;
}

std::string_view unknown_rule_rule() {
    static const std::string_view id = rule_reporting(EngineFinding::unknown_suppressed_rule).info().id;
    return id;
}

bool is_suppression_rule(std::string_view rule_id) {
    return rule_id == unused_rule() || rule_id == unknown_rule_rule();
}

// The rules that report a file reclint could not read or parse (they are always selected): no
// comment covers them, so such a file never passes (the config and --ignore still can turn them off).
bool is_unsuppressible(std::string_view rule_id) {
    const Rule* rule = find_rule(rule_id);
    return rule && rule->info().always_selected;
}

// The suppressions of one file, and which of their selectors have suppressed something.
class FileSuppressor {
  public:
    FileSuppressor(const InputFile& file, FileSuppressions found, const RuleSeverities& severities)
        : file_(file),
          found_(std::move(found)),
          severities_(severities),
          honoured_(!file.source.path().ends_with(".json")) {
        std::size_t count = 0;
        for (const Suppression& suppression : found_.suppressions)
            count += suppression.selectors.size();
        selectors_.reserve(count);  // coverings_ points into it
        for (const Suppression& suppression : found_.suppressions) {
            for (const SuppressedSelector& selector : suppression.selectors) {
                const SelectorMeaning& meaning = meaning_of(selector.text);
                selectors_.push_back({&suppression, &selector});
                index(selectors_.back(), meaning);
            }
        }
    }

    // Whether `diagnostic` (of this file) is suppressed; marks the selectors that suppress it.
    bool suppress(const Diagnostic& diagnostic) {
        if (!honoured_) return false;
        if (diagnostic.omitted > 0) capped_rules_.insert(diagnostic.rule);
        const std::uint32_t line = file_.source.position(diagnostic.span.begin).line;
        const bool whole_file = mark_used(kWholeFile, diagnostic.rule);
        return mark_used(line, diagnostic.rule) || whole_file;
    }

    // suppression/unknown-rule and suppression/unused findings about this file's comments.
    void report(std::vector<Diagnostic>& out) const {
        const std::string_view unused_id = unused_rule();
        const std::string_view unknown_id = unknown_rule_rule();
        const Severity unknown = severities_.at(unknown_id);
        const Severity unused = severities_.at(unused_id);
        for (const MalformedSuppression& malformed : found_.malformed)
            add(out, unused_id, unused, malformed.span, malformed.message);
        if (!honoured_) {
            for (const Suppression& suppression : found_.suppressions) {
                add(out, unused_id, unused, suppression.comment,
                    "suppression comments are not read in JSON files: use the config's \"rules\" "
                    "or \"exclude\"");
            }
            return;
        }
        std::size_t names_no_rule = 0;
        for (const SelectorState& state : selectors_) {
            const SelectorMeaning& meaning = meanings_.at(state.selector->text);
            if (meaning.names_no_rule) {
                // Only the first findings of a rule in a file are shown: only they need a did-you-mean.
                const bool shown = names_no_rule++ < kMostFindingsPerRuleAndFile;
                const std::string_view text = state.selector->text;
                add(out, unknown_id, unknown, state.selector->span,
                    shown ? selector_problem(text) : "unknown rule " + quoted(text));
            } else if (meaning.rules.empty() && !meaning.unsuppressible.empty()) {
                add(out, unused_id, unused, state.selector->span,
                    "\"" + std::string(state.selector->text) +
                        "\" cannot be suppressed: a file that reclint "
                        "could not read or parse never passes");
            } else if (!state.used && could_have_suppressed(state.selector->text) &&
                       !names_capped_rule(state.selector->text)) {
                report_unused(out, unused, state);
            }
        }
    }

  private:
    struct SelectorState {
        const Suppression* suppression;
        const SuppressedSelector* selector;
        bool used = false;
    };
    // What a selector's text means, worked out once per distinct text.
    struct SelectorMeaning {
        bool names_no_rule = false;
        std::vector<std::string_view> rules;           // the ids it matches
        std::vector<std::string_view> unsuppressible;  // the ids it matches that no comment suppresses
    };
    // The selectors that cover one rule on one line: used together, and marked once.
    struct Covering {
        std::vector<SelectorState*> states;
        bool used = false;
    };
    static constexpr std::uint32_t kWholeFile = 0;  // the line key of disable-file

    const SelectorMeaning& meaning_of(std::string_view text) {
        auto [found, added] = meanings_.try_emplace(text);
        if (added) {
            SelectorMeaning& meaning = found->second;
            const auto add_rule = [&meaning](std::string_view id) {
                (is_unsuppressible(id) ? meaning.unsuppressible : meaning.rules).push_back(id);
            };
            if (!is_glob(text)) {
                if (const auto rule = severities_.find(text); rule != severities_.end()) add_rule(rule->first);
            } else {
                for (const auto& [id, severity] : severities_) {
                    if (selector_matches(text, id)) add_rule(id);
                }
            }
            meaning.names_no_rule = meaning.rules.empty() && meaning.unsuppressible.empty();
        }
        return found->second;
    }

    void index(SelectorState& state, const SelectorMeaning& meaning) {
        const Suppression& suppression = *state.suppression;
        const bool whole_file = suppression.scope == Suppression::Scope::file;
        if (!whole_file && suppression.line == 0) return;  // covers no line
        for (const std::string_view rule : meaning.rules) {
            coverings_[{whole_file ? kWholeFile : suppression.line, rule}].states.push_back(&state);
        }
    }

    bool mark_used(std::uint32_t line, std::string_view rule) {
        const auto covering = coverings_.find({line, rule});
        if (covering == coverings_.end()) return false;
        if (!covering->second.used) {
            for (SelectorState* state : covering->second.states)
                state->used = true;
            covering->second.used = true;
        }
        return true;
    }

    // A rule it names ran; comments about suppression/* findings are judged by those findings.
    bool could_have_suppressed(std::string_view selector) const {
        bool ran = false;
        for (const std::string_view id : meanings_.at(selector).rules) {
            if (is_suppression_rule(id)) return false;
            ran = ran || severities_.at(id) != Severity::off;
        }
        return ran;
    }

    // Findings of a rule past the cap were left out before suppression: a comment naming that
    // rule may have covered one of them, so it is never called unused.
    bool names_capped_rule(std::string_view selector) const {
        for (const std::string_view id : meanings_.at(selector).rules) {
            if (capped_rules_.contains(id)) return true;
        }
        return false;
    }

    void report_unused(std::vector<Diagnostic>& out, Severity severity, const SelectorState& state) const {
        if (severity == Severity::off) return;
        const std::string_view unused_id = unused_rule();
        const Suppression& suppression = *state.suppression;
        const std::string name = "unused suppression: \"" + std::string(state.selector->text) + "\" reports nothing ";
        if (suppression.scope == Suppression::Scope::file) {
            add(out, unused_id, severity, state.selector->span, name + "in this file");
        } else if (suppression.scope == Suppression::Scope::this_line) {
            add(out, unused_id, severity, state.selector->span, name + "on this line");
        } else if (suppression.line == 0) {
            add(out, unused_id, severity, state.selector->span, "unused suppression: no line follows this comment");
        } else {
            const std::string_view covered = file_.source.line_text(suppression.line);
            const auto first = covered.find_first_not_of(" \t");
            const std::string line = std::to_string(suppression.line);
            if (first == std::string_view::npos) {
                add(out, unused_id, severity, state.selector->span,
                    name + "on line " + line + ", the blank line after this comment");
                return;
            }
            const std::uint32_t start = file_.source.offset({suppression.line, 1});
            const Span span{start + static_cast<std::uint32_t>(first),
                            start + static_cast<std::uint32_t>(covered.size())};
            add(out, unused_id, severity, state.selector->span, name + "on line " + line);
            out.back().notes.push_back({&file_.source, span, "the line this comment covers"});
        }
    }

    void add(std::vector<Diagnostic>& out, std::string_view rule, Severity severity, Span span,
             std::string message) const {
        if (severity != Severity::off) out.push_back({rule, severity, &file_.source, span, std::move(message), {}});
    }

    const InputFile& file_;
    FileSuppressions found_;
    const RuleSeverities& severities_;
    bool honoured_;  // JSON has no comments: a `#` line there is reported, never obeyed
    std::vector<SelectorState> selectors_;
    std::unordered_map<std::string_view, SelectorMeaning> meanings_;
    std::map<std::pair<std::uint32_t, std::string_view>, Covering> coverings_;
    std::unordered_set<std::string_view> capped_rules_;
};

}  // namespace

void apply_suppressions(const Repository& repository, const RuleSeverities& severities, unsigned jobs,
                        std::vector<Diagnostic>& diagnostics) {
    std::vector<const InputFile*> reported;
    for (const auto& file : repository.files()) {
        if (file->named) reported.push_back(file.get());
    }
    std::vector<FileSuppressions> found(reported.size());
    parallel_for(reported.size(), jobs, [&](std::size_t i) { found[i] = find_suppressions(reported[i]->source); });

    std::unordered_map<const SourceFile*, FileSuppressor> suppressors;
    for (std::size_t i = 0; i < reported.size(); ++i) {
        if (!found[i].empty())
            suppressors.try_emplace(&reported[i]->source, *reported[i], std::move(found[i]), severities);
    }
    if (suppressors.empty()) return;
    const auto suppressed = [&suppressors](const Diagnostic& diagnostic) {
        const auto suppressor = suppressors.find(diagnostic.file);
        return suppressor != suppressors.end() && suppressor->second.suppress(diagnostic);
    };
    std::erase_if(diagnostics, suppressed);
    // Findings about the comments can themselves be suppressed (`disable=suppression/unknown-rule`
    // for a rule of a newer reclint).
    std::vector<Diagnostic> about_comments;
    for (const auto& [file, suppressor] : suppressors)
        suppressor.report(about_comments);
    std::erase_if(about_comments, suppressed);
    std::move(about_comments.begin(), about_comments.end(), std::back_inserter(diagnostics));
}

}  // namespace reclint
