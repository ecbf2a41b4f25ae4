// input/unrecognized: a file named on the command line (or passed by pre-commit) that holds no
// document of a kind reclint checks, with what would make it one.
#include <array>

#include "engine/rule.hpp"

namespace reclint {
namespace {

// A document with both keys and no `kind:` is most likely one of ours that lost its marker.
struct LookAlike {
    std::string_view kind_field;
    std::string_view shown_as;  // in the message: "an experiment"
    std::string_view first_key;
    std::string_view second_key;
};

constexpr std::array<LookAlike, 2> kLookAlikes = {{
    {"Experiment", "an experiment", "variants", "surface"},
    {"Holdout", "a holdout", "percent", "surfaces"},
}};

const LookAlike* look_alike_of(const Node& root) {
    for (const LookAlike& look_alike : kLookAlikes) {
        if (root.find(look_alike.first_key) && root.find(look_alike.second_key)) return &look_alike;
    }
    return nullptr;
}

std::string keys_of(const LookAlike& look_alike) {
    return "\"" + std::string(look_alike.first_key) + ":\" and \"" + std::string(look_alike.second_key) + ":\"";
}

// Reports a document that looks like one of ours, at its `kind:` (a kind of someone else's) or
// its first key; false when no document does.
bool report_look_alike(const InputFile& file, RuleContext& context) {
    for (const Document& document : file.documents) {
        const LookAlike* look_alike = document.root->is_mapping() ? look_alike_of(*document.root) : nullptr;
        if (!look_alike) continue;
        const std::string marker = "\"kind: " + std::string(look_alike->kind_field) + "\"";
        const std::string shape = std::string(look_alike->shown_as) + " (" + keys_of(*look_alike) + ")";
        if (const MapEntry* kind = document.root->find_entry("kind")) {
            context.report(file.source, kind->value->span,
                           "\"" + std::string(kind->value->value()) + "\" is not a kind reclint checks, so nothing " +
                               "here was checked; " + shape + " is marked " + marker);
        } else {
            context.report(file.source, document.root->entries().front().key->span,
                           "this looks like " + shape + " but has no \"kind:\", so nothing here was checked: " +
                               "did you mean to add " + marker + "?");
        }
        return true;
    }
    return false;
}

std::string config_name(const Repository& repository) {
    const SourceFile* config = repository.config().file;
    if (!config) return ".reclint.yaml";
    const std::string& path = config->path();
    return path.substr(path.find_last_of('/') + 1);
}

class Unrecognized final : public Rule {
  public:
    Unrecognized()
        : Rule({.id = "input/unrecognized",
                .default_severity = Severity::warning,
                .summary = "a file named on the command line that is not one reclint checks"}) {}
    void check_file(const InputFile& file, const Repository& repository, RuleContext& context) const override {
        if (!file.yaml.problems.empty()) return;  // reported as what they are
        for (const Document& document : file.documents) {
            if (document.kind != DocumentKind::none) return;
        }
        if (file.documents.empty()) {
            context.report(file.source, {0, 0}, "the file holds no YAML document, so nothing was checked");
            return;
        }
        if (report_look_alike(file, context)) return;
        const Node& root = *file.documents.front().root;
        const Span at = root.is_mapping() && !root.entries().empty() ? root.entries().front().key->span : root.span;
        context.report(file.source, at,
                       "not a file reclint recognises, so nothing in it was checked: a document needs \"kind: "
                       "Experiment\", \"Holdout\" or \"Catalog\", an Argo \"apiVersion\" or a \"jobs:\" list, "
                       "or a \"kinds:\" glob in " +
                           config_name(repository) + " must match the file");
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(input_unrecognized, reclint::Unrecognized)
