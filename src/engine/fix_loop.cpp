#include "engine/fix_loop.hpp"

#include <map>
#include <set>
#include <utility>

#include "engine/fix_plan.hpp"

namespace reclint {

namespace {

// A plan of this pass and the index of its file in the loop.
using TakenPlan = std::pair<FileFixPlan, std::size_t>;

// The files of the loop so far.
struct Progress {
    FixLoop loop;
    std::map<std::string, std::size_t> index;  // path -> its place in loop.files
    std::set<std::string> left_alone;          // once left alone, always
};

// The index in the loop of the file that `plan` fixes, added when it is new; none when the file
// is left alone. The plan's edits apply only to the text the loop holds for it.
std::optional<std::size_t> file_of(const FileFixPlan& plan, const FixableText& fixable_text, Progress& progress) {
    const std::string& path = plan.file->path();
    std::vector<FixedFile>& files = progress.loop.files;
    if (const auto known = progress.index.find(path); known != progress.index.end()) {
        if (files[known->second].text != plan.file->text()) return std::nullopt;
        return known->second;
    }
    auto text = fixable_text(*plan.file);
    if (!text || text->second != plan.file->text()) return std::nullopt;
    files.push_back({path, std::move(text->first), text->second, std::move(text->second), {}, 0, true});
    progress.index.emplace(path, files.size() - 1);
    return files.size() - 1;
}

// The plans of one pass with edits to apply, each with its file in the loop.
std::vector<TakenPlan> plans_to_apply(const std::vector<Diagnostic>& diagnostics, const FixableText& fixable_text,
                                      Progress& progress) {
    std::vector<TakenPlan> taken;
    for (FileFixPlan& plan : plan_fixes(diagnostics)) {
        if (plan.edits.empty() || progress.left_alone.contains(plan.file->path())) continue;
        if (const auto index = file_of(plan, fixable_text, progress)) {
            taken.emplace_back(std::move(plan), *index);
        } else {
            progress.left_alone.insert(plan.file->path());
        }
    }
    return taken;
}

void apply(const FileFixPlan& plan, FixedFile& file) {
    file.edits = compose_edits(file.text, file.edits, plan.edits);
    file.text = apply_edits(file.text, plan.edits);
    file.fixes += plan.fixes;
}

}  // namespace

FixLoop fix_until_settled(const std::vector<Diagnostic>& diagnostics, const FixableText& fixable_text,
                          const Recheck& recheck, std::size_t most_passes) {
    Progress progress;
    FixLoop& loop = progress.loop;
    const std::vector<Diagnostic>* current = &diagnostics;
    while (true) {
        const std::vector<TakenPlan> taken = plans_to_apply(*current, fixable_text, progress);
        if (taken.empty()) break;
        if (loop.passes == most_passes) {
            for (const auto& [plan, index] : taken)
                loop.files[index].settled = false;
            break;
        }
        for (const auto& [plan, index] : taken)
            apply(plan, loop.files[index]);
        ++loop.passes;
        FileTexts texts;
        for (const FixedFile& file : loop.files)
            texts.emplace(file.path, file.text);
        current = &recheck(texts);
    }
    return std::move(progress.loop);
}

}  // namespace reclint
