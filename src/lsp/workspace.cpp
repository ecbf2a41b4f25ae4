#include "lsp/workspace.hpp"

#include <algorithm>
#include <iterator>

#include "engine/registry.hpp"
#include "engine/suppression.hpp"
#include "pipeline/input_loader.hpp"

namespace reclint::lsp {

namespace fs = std::filesystem;

namespace {

// Stopped by a syntax error or a limit; duplicate keys still give the whole tree.
bool stopped_parsing(const InputFile& file) {
    return std::any_of(file.yaml.problems.begin(), file.yaml.problems.end(),
                       [](const LoadProblem& problem) { return problem.kind != LoadProblem::Kind::duplicate_key; });
}

Workspace::DiskStamp disk_stamp(const fs::path& path) {
    std::error_code error;
    const auto time = fs::last_write_time(path, error);
    const auto size = fs::file_size(path, error);
    return {error ? fs::file_time_type() : time, error ? 0 : size};
}

bool is_config_file(const fs::path& path) {
    return path.filename() == ".reclint.yaml" || path.filename() == ".reclint.yml";
}

}  // namespace

std::string Workspace::rule_page_url(std::string_view rule) const {
    return loaded_.config.config ? loaded_.config.config->rule_page_url(rule) : std::string();
}

void Workspace::load() {
    request_ = CheckRequest();
    request_.cwd = root_;
    request_.texts = buffers_;
    std::erase_if(request_.texts, [](const auto& buffer) { return is_config_file(buffer.first); });
    loaded_ = run_check(request_);
    broken_.clear();
    found_.clear();
    incremental_ = loaded_.repository && !loaded_.config_invalid;
    fresh_ = true;
    if (!incremental_) return;
    severities_ = effective_severities(*loaded_.config.config, request_.rules);
    find_files_again();
    files_parsed_ += found_.size();
    stamps_.clear();
    for (const auto& [path, file] : found_) {
        if (!buffers_.contains(path)) stamps_.emplace(path, disk_stamp(path));
    }
}

void Workspace::find_files_again() {
    const Config& config = *loaded_.config.config;
    found_.clear();
    for (FoundFile& file : find_files({root_}, config.root, config.exclude, buffers_).files) {
        file.text = nullptr;  // points into the buffers: looked up again when read
        found_.emplace(file.path, file);
    }
}

void Workspace::set_buffer(const fs::path& path, std::string text) {
    const auto [buffer, added] = buffers_.try_emplace(path, std::move(text));
    if (added) {
        // Opened as the disk has it: nothing to parse again.
        const InputFile* file = incremental_ ? held(relative_path(path, root_)) : nullptr;
        if (file && file->source.text() == buffer->second && !broken_.contains(file->source.path())) return;
    } else {
        if (buffer->second == text) return;
        buffer->second = std::move(text);
    }
    if (!is_config_file(path)) reparse(path);
}

void Workspace::close_buffer(const fs::path& path) {
    if (buffers_.erase(path) != 0 && !is_config_file(path)) reparse(path);
}

void Workspace::saved(const fs::path& path) {
    if (is_config_file(path) || !incremental_) return load();
    // Other files may have changed on disk too (a checkout, a generator): those are read again.
    find_files_again();
    bool changed = false;
    for (const auto& [on_disk, file] : found_) {
        if (buffers_.contains(on_disk)) continue;
        const auto known = stamps_.find(on_disk);
        if (known != stamps_.end() && known->second == disk_stamp(on_disk)) continue;
        parse(on_disk);
        changed = true;
    }
    for (auto known = stamps_.begin(); known != stamps_.end();) {
        if (found_.contains(known->first)) {
            ++known;
            continue;
        }
        replace(known->first, nullptr);
        known = stamps_.erase(known);
        changed = true;
    }
    if (changed) {
        fresh_ = false;
        loaded_.repository->index();
    }
}

void Workspace::reparse(const fs::path& path) {
    if (!incremental_) return load();
    fresh_ = false;
    if (!found_.contains(path)) find_files_again();  // a new file, or one that is gone
    if (found_.contains(path)) {
        parse(path);
    } else {
        replace(path, nullptr);
        stamps_.erase(path);
    }
    loaded_.repository->index();
}

void Workspace::parse(const fs::path& path) {
    FoundFile file = found_.at(path);
    if (const auto buffer = buffers_.find(path); buffer != buffers_.end()) {
        file.text = &buffer->second;
    } else {
        stamps_[path] = disk_stamp(path);
    }
    LoadedInput input = load_input(file, *loaded_.config.config, root_, request_.max_file_size);
    ++files_parsed_;
    replace(path, std::move(input.file));
}

const InputFile* Workspace::held(const std::string& relative) const {
    const auto& files = loaded_.repository->files();
    const auto at =
        std::lower_bound(files.begin(), files.end(), relative,
                         [](const auto& file, const std::string& key) { return file->source.path() < key; });
    return at != files.end() && (*at)->source.path() == relative ? at->get() : nullptr;
}

void Workspace::replace(const fs::path& path, std::shared_ptr<InputFile> file) {
    const std::string relative = relative_path(path, root_);
    auto& files = loaded_.repository->mutable_files();
    const auto at =
        std::lower_bound(files.begin(), files.end(), relative,
                         [](const auto& held, const std::string& key) { return held->source.path() < key; });
    const bool held = at != files.end() && (*at)->source.path() == relative;
    if (file && stopped_parsing(*file)) {
        if (broken_.contains(relative)) {
            broken_[relative] = std::move(file);
            return;
        }
        if (held && !stopped_parsing(**at)) {
            // The last good version stays the other files' context, reported on no more.
            (*at)->named = false;
            broken_[relative] = std::move(file);
            return;
        }
    }
    broken_.erase(relative);
    if (!file) {
        if (held) files.erase(at);
    } else if (held) {
        *at = std::move(file);
    } else {
        files.insert(at, std::move(file));
    }
}

std::vector<Diagnostic> Workspace::diagnose() {
    if (!incremental_ || fresh_) return loaded_.diagnostics;  // as the load found them
    std::vector<Diagnostic> diagnostics = reclint::diagnose(*loaded_.repository, severities_, request_.jobs);
    for (auto& [path, file] : broken_) {
        std::vector<Diagnostic> found = diagnose_alone(file);
        std::move(found.begin(), found.end(), std::back_inserter(diagnostics));
    }
    std::sort(diagnostics.begin(), diagnostics.end(), diagnostic_order);
    return diagnostics;
}

// Each rule's look at the file alone, against the repository as it was when the file last parsed
// (the findings of a half-written file across files would come and go as one types), then the
// file's suppression comments.
std::vector<Diagnostic> Workspace::diagnose_alone(std::shared_ptr<InputFile>& file) const {
    std::vector<Diagnostic> diagnostics;
    for (const Rule* rule : registered_rules()) {
        const Severity severity = severities_.at(rule->info().id);
        if (severity == Severity::off) continue;
        RuleContext context(rule->info(), severity, diagnostics);
        rule->check_file(*file, *loaded_.repository, context);
    }
    Repository alone(*loaded_.config.config);
    alone.mutable_files().push_back(std::move(file));
    apply_suppressions(alone, severities_, 1, diagnostics);
    file = std::move(alone.mutable_files().back());
    cap_per_rule_and_file(diagnostics);
    return diagnostics;
}

}  // namespace reclint::lsp
