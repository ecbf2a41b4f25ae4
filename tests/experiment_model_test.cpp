// The experiment and holdout models: every value a rule points at keeps its span, defaults apply,
// and values of the wrong shape are left out instead of half-read (the schema rules report them).
#include <catch2/catch.hpp>

#include "load/yaml_loader.hpp"
#include "model/experiment.hpp"
#include "model/holdout.hpp"

using namespace reclint;

namespace {

struct Loaded {
    SourceFile source;
    ParsedYaml yaml;
};

Loaded load(const std::string& text) {
    Loaded loaded{SourceFile("x.yaml", text), {}};
    loaded.yaml = parse_yaml(loaded.source);
    REQUIRE(loaded.yaml.documents.size() == 1);
    return loaded;
}

std::string_view text_at(const Loaded& loaded, Span span) {
    return std::string_view(loaded.source.text()).substr(span.begin, span.end - span.begin);
}

}  // namespace

TEST_CASE("an experiment's values keep their spans") {
    const Loaded loaded = load(
        "kind: Experiment\nname: job_feed_graph_v2\nsurface: job_feed\ntype: ab\n"
        "start: 2026-12-01\nend: \"2026-12-15\"\ntraffic: [0, 33.33]\nholdout: global_2026h2\n"
        "variants:\n"
        "  - {name: control, control: true, weight: 50, source: recsys.a, fallback: [recsys.p]}\n"
        "  - name: graph_v2\n    weight: 50.0\n    source: recsys.b\n");
    const Experiment experiment = read_experiment(*loaded.yaml.documents[0].root);
    REQUIRE(experiment.name);
    CHECK(text_at(loaded, experiment.name->span) == "job_feed_graph_v2");
    CHECK(experiment.type == ExperimentType::ab);
    CHECK(text_at(loaded, experiment.end->span) == "\"2026-12-15\"");
    CHECK(experiment.end->text == "2026-12-15");
    REQUIRE(experiment.traffic);
    CHECK(experiment.traffic->to.parsed.basis_points == 3333);
    CHECK(text_at(loaded, experiment.traffic->to.span) == "33.33");
    CHECK(text_at(loaded, experiment.traffic->span) == "[0, 33.33]");
    REQUIRE(experiment.variants.size() == 2);
    CHECK(text_at(loaded, *experiment.variants_key) == "variants");
    const Variant& control = experiment.variants[0];
    CHECK(control.control->value);
    CHECK(text_at(loaded, control.control->key) == "control");
    CHECK(text_at(loaded, control.weight->key) == "weight");
    REQUIRE(control.fallback.size() == 1);
    CHECK(text_at(loaded, control.fallback[0].span) == "recsys.p");
    CHECK(experiment.variants[1].weight->parsed.basis_points == 5000);
    CHECK(text_at(loaded, experiment.variants[1].source->span) == "recsys.b");
}

TEST_CASE("an experiment's defaults: unit, segment, layer, salt") {
    const Loaded loaded = load("kind: Experiment\nname: a\nsurface: search\n");
    const Experiment experiment = read_experiment(*loaded.yaml.documents[0].root);
    CHECK(experiment.unit_name() == "user_id");
    CHECK(experiment.segment_name() == "all");
    CHECK(experiment.layer_or_surface()->text == "search");
    CHECK(experiment.salt_or_name()->text == "a");
    CHECK_FALSE(experiment.period());
    CHECK_FALSE(experiment.traffic);
}

TEST_CASE("values of the wrong shape are absent from the model") {
    const Loaded loaded = load(
        "kind: Experiment\nname: [a, b]\nsurface: 12\ntype: abtest\nstart: 20261201\nend: {}\n"
        "traffic: [0, 20, 40]\ninterleaving: team_draft\nvariants:\n"
        "  - just a string\n  - {name: x, control: yes, weight: \"50\", source: [t], fallback: "
        "recsys.p}\n"
        "  - {name: y, weight: 5e1, fallback: [1, recsys.q]}\n");
    const Experiment experiment = read_experiment(*loaded.yaml.documents[0].root);
    CHECK_FALSE(experiment.name);
    CHECK_FALSE(experiment.surface);
    CHECK_FALSE(experiment.type);
    CHECK_FALSE(experiment.start);
    CHECK_FALSE(experiment.end);
    CHECK_FALSE(experiment.traffic);
    CHECK_FALSE(experiment.interleaving);
    CHECK_FALSE(experiment.layer_or_surface());
    REQUIRE(experiment.variants.size() == 2);  // the string item is not a variant
    const Variant& x = experiment.variants[0];
    CHECK_FALSE(x.control);
    CHECK_FALSE(x.weight);
    CHECK_FALSE(x.source);
    CHECK(x.fallback.empty());
    const Variant& y = experiment.variants[1];
    REQUIRE(y.weight);  // a number, but not a plain decimal: experiment/weights says so
    CHECK(y.weight->parsed.error == DecimalError::not_a_decimal);
    REQUIRE(y.fallback.size() == 1);
    CHECK(y.fallback[0].text == "recsys.q");
}

TEST_CASE("a document that is not a mapping of the expected keys reads as an empty model") {
    const Loaded loaded = load("kind: Experiment\nvariants: {control: true}\n");
    const Experiment experiment = read_experiment(*loaded.yaml.documents[0].root);
    CHECK_FALSE(experiment.variants_key);
    CHECK(experiment.variants.empty());
}

TEST_CASE("a holdout's values, surfaces and period") {
    const Loaded loaded = load(
        "kind: Holdout\nname: global_2026h2\nunit: user_id\npercent: 5\nstart: 2026-07-01\n"
        "end: 2026-12-31\nsurfaces: [job_feed, email]\n");
    const Holdout holdout = read_holdout(*loaded.yaml.documents[0].root);
    CHECK(holdout.salt_or_name()->text == "global_2026h2");
    CHECK(holdout.percent->parsed.basis_points == 500);
    CHECK(text_at(loaded, holdout.surfaces_key) == "surfaces");
    CHECK(holdout.covers_surface("email"));
    CHECK_FALSE(holdout.covers_surface("search"));
    REQUIRE(holdout.period());
    CHECK(holdout.period()->end.seconds - holdout.period()->begin.seconds == 184 * 86400);

    const Loaded everywhere = load("kind: Holdout\nname: h\nsurfaces: email\nstart: 2026-07-01\nend: 2026-06-30\n");
    const Holdout other = read_holdout(*everywhere.yaml.documents[0].root);
    CHECK(other.covers_surface("search"));  // `surfaces` of the wrong type: the default, every surface
    CHECK_FALSE(other.period());            // ends before it starts
}
