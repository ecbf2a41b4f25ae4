#include "commands/output_formats.hpp"

#include "report/github_reporter.hpp"
#include "report/json_reporter.hpp"
#include "report/sarif_reporter.hpp"
#include "report/text_reporter.hpp"

namespace reclint {

namespace {

void text(std::ostream& out, const Report& report, const OutputSettings& settings) {
    write_text_report(out, report, settings.color);
}

void github(std::ostream& out, const Report& report, const OutputSettings& settings) {
    write_github_report(out, report, settings.summary_written);
}

void json(std::ostream& out, const Report& report, const OutputSettings&) {
    write_json_report(out, report);
}

void sarif(std::ostream& out, const Report& report, const OutputSettings&) {
    write_sarif_report(out, report);
}

}  // namespace

const std::vector<OutputFormat>& output_formats() {
    static const std::vector<OutputFormat> formats = {
        {"text", text},
        {"github", github, true},
        {"json", json},
        {"sarif", sarif},
    };
    return formats;
}

const OutputFormat& output_format(std::string_view name) {
    for (const OutputFormat& format : output_formats()) {
        if (format.name == name) return format;
    }
    return output_formats().front();
}

std::vector<std::string> output_format_names() {
    std::vector<std::string> names;
    for (const OutputFormat& format : output_formats())
        names.emplace_back(format.name);
    return names;
}

}  // namespace reclint
