#include "engine/base_comparison.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "engine/fingerprint.hpp"

namespace reclint {

namespace {

// The names that identify a file across a rename: its experiments', holdouts' and DAGs'.
std::vector<std::string> identities(const InputFile& file) {
    std::vector<std::string> names;
    for (const Experiment& experiment : file.models.experiments) {
        if (experiment.name) names.push_back("experiment\n" + std::string(experiment.name->text));
    }
    for (const Holdout& holdout : file.models.holdouts) {
        if (holdout.name) names.push_back("holdout\n" + std::string(holdout.name->text));
    }
    for (const Dag& dag : file.models.dags) {
        if (dag.origin == DagOrigin::dag_file && !dag.name.empty()) names.push_back("dag\n" + std::string(dag.name));
    }
    return names;
}

bool shares_identity(const std::vector<std::string>& names, const InputFile& other) {
    const std::vector<std::string> others = identities(other);
    if (names.empty() && others.empty()) return true;
    return std::any_of(names.begin(), names.end(),
                       [&others](const std::string& name) { return std::ranges::count(others, name) > 0; });
}

void link(InputFile& base_file, InputFile& working_file) {
    base_file.counterpart = &working_file;
    working_file.counterpart = &base_file;
}

}  // namespace

// Three passes, so that a file that kept its path and its names is never taken by a namesake:
// same path and a name in common, then a name in common, then the same path.
void pair_revisions(Repository& working, Repository& base) {
    std::unordered_map<std::string_view, InputFile*> by_path;
    std::unordered_map<std::string, std::vector<InputFile*>> by_identity;  // in path order
    for (const auto& file : working.files()) {
        by_path.emplace(file->project_path, file.get());
        for (std::string& identity : identities(*file))
            by_identity[std::move(identity)].push_back(file.get());
    }
    const auto at_path = [&by_path](const InputFile& file) {
        const auto found = by_path.find(file.project_path);
        return found == by_path.end() || found->second->counterpart ? nullptr : found->second;
    };
    for (const auto& file : base.files()) {
        InputFile* same = at_path(*file);
        if (same && shares_identity(identities(*file), *same)) link(*file, *same);
    }
    for (const auto& file : base.files()) {
        for (const std::string& identity : file->counterpart ? std::vector<std::string>{} : identities(*file)) {
            const auto found = by_identity.find(identity);
            if (found == by_identity.end()) continue;
            const auto free =
                std::ranges::find_if(found->second, [](const InputFile* each) { return !each->counterpart; });
            if (free == found->second.end()) continue;
            link(*file, **free);
            break;
        }
    }
    for (const auto& file : base.files()) {
        if (InputFile* same = file->counterpart ? nullptr : at_path(*file)) link(*file, *same);
    }
    for (const auto& file : working.files()) {
        const InputFile* before = file->counterpart;
        file->changed =
            !before || before->project_path != file->project_path || before->source.text() != file->source.text();
    }
    // The base places each clash as the working tree does, so that the same finding matches.
    for (const auto& file : base.files())
        file->changed = !file->counterpart || file->counterpart->changed;
}

void mark_baseline(std::vector<Diagnostic>& diagnostics, const std::vector<Diagnostic>& base_diagnostics,
                   const Repository& base) {
    std::unordered_map<const SourceFile*, const InputFile*> base_files;
    for (const auto& file : base.files())
        base_files.emplace(&file->source, file.get());
    std::unordered_set<std::string> before;
    // Findings the base left out past the cap (per rule and file) have no fingerprint to match:
    // they are a count. A finding with no match, or the diagnostic standing for those left out now,
    // is existing while that count lasts (the base cannot say which findings they were).
    std::unordered_map<std::string, std::size_t> left_out_before;
    const auto left_out_key = [](const Diagnostic& diagnostic, std::string_view path) {
        return std::string(diagnostic.rule) + '\0' + std::string(path);
    };
    Fingerprints base_fingerprints;
    for (const Diagnostic& diagnostic : base_diagnostics) {
        const auto file = base_files.find(diagnostic.file);
        if (file == base_files.end() || !file->second->counterpart) continue;  // a deleted file
        const std::string_view path = file->second->counterpart->source.path();
        if (diagnostic.omitted > 0) {
            left_out_before[left_out_key(diagnostic, path)] = diagnostic.omitted;
        } else {
            before.insert(base_fingerprints.next(diagnostic, path));
        }
    }
    Fingerprints fingerprints;
    std::vector<Diagnostic> marked;
    marked.reserve(diagnostics.size());
    for (Diagnostic& diagnostic : diagnostics) {
        const bool matched =
            diagnostic.omitted == 0 && before.contains(fingerprints.next(diagnostic, diagnostic.file->path()));
        std::size_t covered = 0;  // of the findings this diagnostic stands for, those the base left out
        if (!matched && !left_out_before.empty()) {
            const auto base = left_out_before.find(left_out_key(diagnostic, diagnostic.file->path()));
            if (base != left_out_before.end()) {
                covered = std::min(base->second, std::max<std::size_t>(diagnostic.omitted, 1));
                base->second -= covered;
            }
        }
        if (covered > 0 && covered < diagnostic.omitted) {  // more left out than before: split the count
            Diagnostic existing = diagnostic;
            existing.omitted = covered;
            existing.message = omitted_message(covered);
            existing.baseline = Baseline::existing;
            marked.push_back(std::move(existing));
            diagnostic.omitted -= covered;
            diagnostic.message = omitted_message(diagnostic.omitted);
            covered = 0;
        }
        diagnostic.baseline = matched || covered > 0 ? Baseline::existing : Baseline::added;
        marked.push_back(std::move(diagnostic));
    }
    diagnostics = std::move(marked);
}

}  // namespace reclint
