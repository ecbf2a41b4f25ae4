#include "commands/job_summary.hpp"

#include <fstream>

#include "commands/output_formats.hpp"
#include "report/summary_reporter.hpp"

namespace reclint {

namespace fs = std::filesystem;

namespace {

// Links to the checked-out commit on GitHub, when the runner says where that is.
std::string link_base(const Environment& environment) {
    const auto server = environment.variable("GITHUB_SERVER_URL");
    const auto repository = environment.variable("GITHUB_REPOSITORY");
    const auto sha = environment.variable("GITHUB_SHA");
    if (!server || !repository || !sha) return "";
    const std::string base = *server + "/" + *repository + "/blob/" + *sha + "/";
    const bool plain = base.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/") ==
                       std::string::npos;
    return plain && server->starts_with("https://") ? base : "";
}

}  // namespace

std::optional<std::string> summary_path(const Options& options, const Environment& environment) {
    if (options.summary) return options.summary;
    const auto step_summary = environment.variable("GITHUB_STEP_SUMMARY");
    if (output_format(options.format).writes_step_summary && step_summary && !step_summary->empty())
        return step_summary;
    return std::nullopt;
}

// Appends, as GitHub expects of $GITHUB_STEP_SUMMARY (earlier steps' text stays), and keeps the
// whole file under GitHub's limit.
bool append_summary(const fs::path& path, const Report& report, std::vector<SummaryDiagram> diagrams,
                    const Environment& environment) {
    std::error_code error;
    const std::uintmax_t existing = fs::exists(path, error) ? fs::file_size(path, error) : 0;
    SummaryOptions options;
    options.link_base = link_base(environment);
    options.diagrams = std::move(diagrams);
    options.max_bytes = kGithubSummaryLimit - std::min<std::uintmax_t>(error ? 0 : existing, kGithubSummaryLimit);
    std::ofstream file(path, std::ios::binary | std::ios::app);
    if (!file) return false;
    write_summary(file, report, options);
    return static_cast<bool>(file.flush());
}

}  // namespace reclint
