#include "report/sarif_reporter.hpp"

#include <map>
#include <set>
#include <vector>

#include "engine/fingerprint.hpp"
#include "report/json_pieces.hpp"
#include "text/printable.hpp"

namespace reclint {

namespace {

constexpr std::string_view kSarifSchema = "https://json.schemastore.org/sarif-2.1.0.json";
constexpr std::string_view kFingerprintKey = "reclint/logicalPath/v1";

std::string_view sarif_level(Severity severity) {
    switch (severity) {
        case Severity::error:
            return "error";
        case Severity::warning:
            return "warning";
        case Severity::info:
            return "note";
        default:
            return "none";
    }
}

// The paragraphs between a page's `Severity:` line and its first section, as plain text.
std::string page_description(std::string_view page) {
    std::string description;
    bool after_severity = false;
    bool new_paragraph = false;
    while (!page.empty()) {
        const std::size_t end = page.find('\n');
        const std::string_view line = page.substr(0, end);
        page.remove_prefix(end == std::string_view::npos ? page.size() : end + 1);
        if (!after_severity) {
            after_severity = line.starts_with("Severity:");
        } else if (line.starts_with("#") || line.starts_with("```")) {
            break;
        } else if (line.empty()) {
            new_paragraph = !description.empty();
        } else {
            description += description.empty() ? "" : new_paragraph ? "\n\n" : " ";
            description += line;
            new_paragraph = false;
        }
    }
    return description;
}

Json rule_json(const RuleDescription& rule) {
    const std::string description = page_description(rule.page);
    Json configuration =
        rule.severity == Severity::off ? Json{{"enabled", false}} : Json{{"level", sarif_level(rule.severity)}};
    const std::string_view category = rule.id.substr(0, rule.id.find('/'));
    Json json{{"id", rule.id},
              {"shortDescription", {{"text", rule.summary}}},
              {"fullDescription", {{"text", description.empty() ? std::string(rule.summary) : description}}}};
    if (!rule.page_url.empty()) json["helpUri"] = rule.page_url;
    // The page as written: Markdown for viewers that render it, its plain lines for the others.
    json["help"] = {{"text", rule.page}, {"markdown", rule.page}};
    json["defaultConfiguration"] = std::move(configuration);
    json["properties"] = {{"tags", Json::array({category})}};
    return json;
}

// The rules the results name, in id order: every rule's page would make a report of a few
// findings weigh hundreds of kilobytes.
std::vector<const RuleDescription*> reported_rules(const Report& report) {
    std::set<std::string_view> named;
    for (const Diagnostic& diagnostic : report.diagnostics)
        named.insert(diagnostic.rule);
    std::vector<const RuleDescription*> rules;
    for (const RuleDescription& rule : report.rules) {
        if (named.contains(rule.id)) rules.push_back(&rule);
    }
    return rules;
}

Json physical_location(const Report& report, const SourceFile& file, Span span) {
    const Position begin = file.position(span.begin);
    const Position end = end_position(file, span);
    return Json{
        {"artifactLocation", {{"uri", uri_reference(repository_path(report, file))}, {"uriBaseId", "%SRCROOT%"}}},
        {"region",
         {{"startLine", begin.line}, {"startColumn", begin.column}, {"endLine", end.line}, {"endColumn", end.column}}}};
}

Json result_json(const Report& report, const Diagnostic& diagnostic,
                 const std::map<std::string_view, std::size_t>& rule_index, Fingerprints& fingerprints) {
    Json location{{"physicalLocation", physical_location(report, *diagnostic.file, diagnostic.span)}};
    if (!diagnostic.logical_path.empty()) {
        location["logicalLocations"] = Json::array({{{"fullyQualifiedName", diagnostic.logical_path}}});
    }
    Json result{{"ruleId", diagnostic.rule}};
    if (const auto found = rule_index.find(diagnostic.rule); found != rule_index.end())
        result["ruleIndex"] = found->second;
    result["level"] = sarif_level(diagnostic.severity);
    result["message"] = {{"text", printable(diagnostic.message)}};
    result["locations"] = Json::array({std::move(location)});
    result["partialFingerprints"] = {
        {kFingerprintKey, fingerprints.next(diagnostic, repository_path(report, *diagnostic.file))}};
    if (diagnostic.baseline != Baseline::none)
        result["baselineState"] = diagnostic.baseline == Baseline::existing ? "unchanged" : "new";
    if (!diagnostic.notes.empty()) {
        Json related = Json::array();
        for (const Note& note : diagnostic.notes) {
            related.push_back({{"id", related.size() + 1},
                               {"physicalLocation", physical_location(report, *note.file, note.span)},
                               {"message", {{"text", printable(note.message)}}}});
        }
        result["relatedLocations"] = std::move(related);
    }
    return result;
}

}  // namespace

// The same text as one nlohmann::json document dumped with an indent of 2, written one result
// at a time.
void write_sarif_report(std::ostream& out, const Report& report) {
    Json rules = Json::array();
    std::map<std::string_view, std::size_t> rule_index;
    for (const RuleDescription* rule : reported_rules(report)) {
        rule_index.emplace(rule->id, rules.size());
        rules.push_back(rule_json(*rule));
    }
    const Json tool{{"driver",
                     {{"name", "reclint"},
                      {"version", RECLINT_VERSION},
                      {"semanticVersion", RECLINT_VERSION},
                      {"rules", std::move(rules)}}}};
    out << "{\n  \"$schema\": " << Json(kSarifSchema).dump() << ",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n"
        << "      \"tool\": ";
    write_indented(out, tool, "      ");
    out << ",\n      \"columnKind\": \"unicodeCodePoints\",\n      \"results\": [";
    Fingerprints fingerprints;
    for (std::size_t i = 0; i < report.diagnostics.size(); ++i) {
        out << (i == 0 ? "\n        " : ",\n        ");
        write_indented(out, result_json(report, report.diagnostics[i], rule_index, fingerprints), "        ");
    }
    out << (report.diagnostics.empty() ? "]" : "\n      ]") << "\n    }\n  ]\n}\n";
}

}  // namespace reclint
