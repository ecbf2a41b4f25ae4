// The language server's workspace: the repository loaded once and kept between changes, open
// buffers standing for the disk. A change re-parses only the changed file, and a file that stops
// parsing keeps its last good version as the other files' context while it gets its own findings.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/diagnostic.hpp"
#include "engine/rule_selection.hpp"
#include "load/walk.hpp"
#include "pipeline/check_run.hpp"

namespace reclint::lsp {

class Workspace {
  public:
    using DiskStamp = std::pair<std::filesystem::file_time_type, std::uintmax_t>;  // modified, size

    explicit Workspace(std::filesystem::path root) : root_(std::move(root)) {}

    // Reads the config and every file again (the buffers still stand for the disk).
    void load();
    // An open buffer's text, new or changed, for an absolute path under the root.
    void set_buffer(const std::filesystem::path& path, std::string text);
    // The buffer is closed: the file is what the disk has again (or nothing).
    void close_buffer(const std::filesystem::path& path);
    // Saved: a saved config is read again, with every file (a config buffer is not read before);
    // else the files that are not open and changed on disk since they were read are read again.
    void saved(const std::filesystem::path& path);
    bool has_buffer(const std::filesystem::path& path) const { return buffers_.contains(path); }

    // The findings of the files under the root, sorted. They point into the workspace: use them
    // before the next change.
    std::vector<Diagnostic> diagnose();
    // What the last load had to say (unreadable files, ...), for the client's log; then forgotten.
    std::vector<std::string> take_messages() { return std::exchange(loaded_.messages, {}); }
    // Where the rule's page is published (the config's `docs_url`); empty when nowhere.
    std::string rule_page_url(std::string_view rule) const;
    // How many times a file was read and parsed since the start, the first load included (for tests).
    std::size_t files_parsed() const { return files_parsed_; }

  private:
    void reparse(const std::filesystem::path& path);
    void parse(const std::filesystem::path& path);  // a found file, from its buffer or the disk
    void find_files_again();
    void replace(const std::filesystem::path& path, std::shared_ptr<InputFile> file);
    const InputFile* held(const std::string& relative) const;
    std::vector<Diagnostic> diagnose_alone(std::shared_ptr<InputFile>& file) const;

    std::filesystem::path root_;
    FileTexts buffers_;
    CheckRequest request_;
    CheckResult loaded_;        // the config and the repository
    bool incremental_ = false;  // else (the config has problems) each change loads everything again
    bool fresh_ = false;        // nothing changed since the load
    RuleSeverities severities_;
    std::map<std::filesystem::path, FoundFile> found_;   // what the walk found, by absolute path
    std::map<std::filesystem::path, DiskStamp> stamps_;  // of the files last read from the disk
    // Files that stopped parsing, by path; the repository keeps their last good version, not reported on.
    std::map<std::string, std::shared_ptr<InputFile>> broken_;
    std::size_t files_parsed_ = 0;
};

}  // namespace reclint::lsp
