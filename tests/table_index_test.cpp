// The repository's table index: catalogs merged, tables written by jobs, and the did-you-mean
// for misspelled tables (a wrong dataset, a few edits), bounded on large catalogs; the tables that
// DAG files which do not parse name.
#include <catch2/catch.hpp>

#include <random>

#include "model/build_models.hpp"
#include "model/kind_detection.hpp"
#include "model/repository.hpp"
#include "model/unparsed_mentions.hpp"
#include "text/did_you_mean.hpp"

using namespace reclint;

namespace {

std::shared_ptr<InputFile> make_file(const std::string& path, const std::string& text) {
    auto file = std::make_unique<InputFile>(SourceFile(path, text));
    file->project_path = path;
    file->yaml = parse_yaml(file->source);
    for (const YamlDocument& yaml : file->yaml.documents) {
        file->documents.push_back({yaml.root, yaml.span, detect_kind(*yaml.root), {}});
    }
    build_models(*file);
    return file;
}

std::string catalog_text(const std::vector<std::string>& tables) {
    std::string text = "kind: Catalog\ntables:\n";
    for (const std::string& table : tables)
        text += "  - name: " + table + "\n";
    return text;
}

struct Index {
    std::vector<std::shared_ptr<InputFile>> files;
    TableIndex tables;

    // The first file is the catalog in use; the others are context (DAG files, other catalogs).
    explicit Index(std::vector<std::shared_ptr<InputFile>> given) : files(std::move(given)) {
        const InputFile* catalog = files.front().get();
        tables = TableIndex(files, std::span(&catalog, 1));
    }

    std::string suggest(std::string_view name) const {
        SuggestionBudget budget;
        return std::string(tables.closest_table(name, budget).value_or("(none)"));
    }
};

Index feed_index() {
    std::vector<std::shared_ptr<InputFile>> files;
    files.push_back(make_file(
        "catalog.yaml", catalog_text({"warehouse.users", "warehouse.job_views", "recsys.job_feed_baseline",
                                      "recsys.job_feed_popular", "recsys.job_feed_graph_v2", "recsys.search_popular",
                                      "ads-prod.billing.invoices", "staging.users"})));
    files.push_back(make_file("dags/graph.yaml",
                              "name: graph\njobs:\n"
                              "  - {name: train, command: x, inputs: [warehouse.users],"
                              " outputs: [recsys.job_feed_graph_model]}\n"));
    return Index(std::move(files));
}

}  // namespace

TEST_CASE("the bounded distance is the distance, or one past the limit") {
    std::mt19937 random(3);
    const std::string letters = "abAB._";
    for (int round = 0; round < 5'000; ++round) {
        std::string a, b;
        for (std::size_t i = random() % 9; i > 0; --i)
            a += letters[random() % letters.size()];
        for (std::size_t i = random() % 9; i > 0; --i)
            b += letters[random() % letters.size()];
        const std::size_t limit = random() % 5;
        std::string lower_a = a, lower_b = b;
        for (char& c : lower_a)
            c = static_cast<char>(std::tolower(c));
        for (char& c : lower_b)
            c = static_cast<char>(std::tolower(c));
        INFO(a << " / " << b << " within " << limit);
        CHECK(folded_edit_distance_within(a, b, limit) == std::min(edit_distance(lower_a, lower_b), limit + 1));
    }
}

TEST_CASE("a misspelled table suggests the known one a few edits away") {
    const Index index = feed_index();
    CHECK(index.suggest("recsys.job_feed_graph_v3") == "recsys.job_feed_graph_v2");
    CHECK(index.suggest("recsys.job_feed_grpah_model") == "recsys.job_feed_graph_model");
    CHECK(index.suggest("recsys.Job_Feed_Popular") == "recsys.job_feed_popular");
    CHECK(index.suggest("ads-prod.billing.invoice") == "ads-prod.billing.invoices");
    CHECK(index.suggest("recsys.payments") == "(none)");
}

TEST_CASE("a wrong or misspelled dataset suggests the table where it is") {
    const Index index = feed_index();
    CHECK(index.suggest("warehouse.job_feed_popular") == "recsys.job_feed_popular");
    CHECK(index.suggest("recsy.job_feed_graph_v2") == "recsys.job_feed_graph_v2");
    CHECK(index.suggest("job_feed_baseline") == "recsys.job_feed_baseline");
    // Two datasets hold "users": the one closer to what was written wins.
    CHECK(index.suggest("warehose.users") == "warehouse.users");
    CHECK(index.suggest("stagin.users") == "staging.users");
    // Both a dataset and a table typo.
    CHECK(index.suggest("recsy.job_feed_grahp_v2") == "recsys.job_feed_graph_v2");
}

TEST_CASE("a table of about the same length is not a suggestion: the table part must be close") {
    std::vector<std::shared_ptr<InputFile>> files;
    files.push_back(make_file("catalog.yaml", catalog_text({"warehouse.items", "warehouse.events", "warehouse.sessions",
                                                            "ml.user_embeddings", "recsys.job_feed_popular"})));
    const Index index(std::move(files));
    // Same dataset: a few edits relative to the table part's length, not the whole name's.
    CHECK(index.suggest("warehouse.users") == "(none)");
    CHECK(index.suggest("warehouse.clicks") == "(none)");
    CHECK(index.suggest("warehouse.item") == "warehouse.items");
    CHECK(index.suggest("warehouse.evnets") == "warehouse.events");
    CHECK(index.suggest("warehouse.session") == "warehouse.sessions");
    // Another dataset and another table part: only within two edits of the whole name.
    CHECK(index.suggest("ds.item_embeddings") == "(none)");
    CHECK(index.suggest("m.user_embedding") == "ml.user_embeddings");
    CHECK(index.suggest("recsy.job_feed_populr") == "recsys.job_feed_popular");
    CHECK(index.suggest("recsy.job_feed_pop") == "(none)");
    // The same table part in another dataset is the wrong-dataset mistake.
    CHECK(index.suggest("analytics.items") == "warehouse.items");
}

TEST_CASE("the name's own dataset is tried first") {
    std::vector<std::shared_ptr<InputFile>> files;
    files.push_back(make_file("catalog.yaml", catalog_text({"warehouse.users", "staging.user", "warehouse.user_v2"})));
    const Index index(std::move(files));
    CHECK(index.suggest("warehouse.user") == "warehouse.users");
    CHECK(index.suggest("staging.users") == "staging.user");
}

TEST_CASE("tables written by jobs count as known and as suggestions") {
    const Index index = feed_index();
    CHECK(index.tables.is_known("recsys.job_feed_graph_model"));
    CHECK(!index.tables.is_known("recsys.job_feed_graph_v3"));
    REQUIRE(index.tables.writes("recsys.job_feed_graph_model").size() == 1);
    CHECK(index.tables.writes("recsys.job_feed_graph_model")[0].entry->name == "recsys.job_feed_graph_model");
    CHECK(index.tables.in_catalog("recsys.job_feed_graph_model") == nullptr);
    CHECK(index.tables.dataset_in_catalog("recsys"));
    CHECK(index.tables.dataset_in_catalog("ads-prod.billing"));
    CHECK(!index.tables.dataset_in_catalog("recsy"));
}

TEST_CASE("a table in two catalogs has the columns of both and is complete if either says so") {
    std::vector<std::shared_ptr<InputFile>> files;
    files.push_back(make_file("a.yaml",
                              "kind: Catalog\ntables:\n"
                              "  - {name: recsys.p, columns: [user_id, item_id]}\n"
                              "  - {name: recsys.q}\n"));
    files.push_back(make_file("b.yaml",
                              "kind: Catalog\ntables:\n"
                              "  - {name: recsys.p, columns: [item_id, score], complete: true}\n"
                              "  - {name: recsys.q, complete: false}\n"));
    const std::vector<const InputFile*> catalogs{files[0].get(), files[1].get()};
    const TableIndex tables(files, catalogs);
    const CatalogEntry* p = tables.in_catalog("recsys.p");
    REQUIRE(p != nullptr);
    CHECK(p->first.file == files[0].get());
    CHECK(p->columns == std::vector<std::string_view>{"user_id", "item_id", "score"});
    REQUIRE(p->columns_from);
    CHECK(p->columns_from->file == files[0].get());
    REQUIRE(p->complete_from);
    CHECK(p->complete_from->file == files[1].get());
    const CatalogEntry* q = tables.in_catalog("recsys.q");
    REQUIRE(q != nullptr);
    CHECK(!q->columns_from);
    CHECK(!q->complete_from);
}

TEST_CASE("catalogs not in use do not count") {
    std::vector<std::shared_ptr<InputFile>> files;
    files.push_back(make_file("a.yaml", catalog_text({"recsys.p"})));
    files.push_back(make_file("old.yaml", catalog_text({"recsys.old"})));
    const InputFile* in_use = files[0].get();
    const TableIndex tables(files, std::span(&in_use, 1));
    CHECK(tables.has_catalog());
    CHECK(tables.is_known("recsys.p"));
    CHECK(!tables.is_known("recsys.old"));
    CHECK(!TableIndex(files, {}).has_catalog());
}

TEST_CASE("suggestions stay bounded and exact on a catalog of 20,000 tables") {
    std::vector<std::string> names;
    for (int dataset = 0; dataset < 20; ++dataset) {
        for (int table = 0; table < 1'000; ++table)
            names.push_back("dataset_" + std::to_string(dataset) + ".table_" + std::to_string(table * 7));
    }
    names.push_back("recsys.job_feed_graph_v2");
    std::vector<std::shared_ptr<InputFile>> files;
    files.push_back(make_file("catalog.yaml", catalog_text(names)));
    const Index index(std::move(files));
    CHECK(index.suggest("recsys.job_feed_graph_v3") == "recsys.job_feed_graph_v2");
    CHECK(index.suggest("dataset_7.tabel_6993") == "dataset_7.table_6993");
    CHECK(index.suggest("dataset_7x.table_14") == "dataset_7.table_14");
    // Equally close names: the alphabetically first.
    CHECK(index.suggest("dataset_7.table_7001") == "dataset_7.table_1001");

    SuggestionBudget small{100};
    CHECK(!index.tables.closest_table("dataset_7.tabel_6993", small));
    CHECK(small.comparisons == 0);
    // A spent budget suggests nothing rather than whatever it reached first.
    CHECK(!index.tables.closest_table("recsys.job_feed_graph_v3", small));
}

TEST_CASE("the tables a DAG file that does not parse names are found by their first mention") {
    std::vector<std::shared_ptr<InputFile>> files;
    files.push_back(make_file("dags/broken.yaml",
                              "name: feed\n"
                              "jobs:\n"
                              "  - name: infer  # writes recsys.scores.\n"
                              "     outputs: [recsys.scores, recsys.other]\n"));
    files.push_back(make_file("experiments/broken.yaml", "kind: Experiment\nname: [recsys.elsewhere\n"));
    files.push_back(make_file("dags/clean.yaml", "name: clean\njobs:\n  - {name: a, outputs: [recsys.clean]}\n"));
    const UnparsedMentions mentions = find_unparsed_mentions(files);
    REQUIRE(mentions.contains("recsys.scores"));
    const UnparsedMention& scores = mentions.at("recsys.scores");
    CHECK(scores.file == files[0].get());
    CHECK(files[0]->source.text().substr(scores.span.begin, scores.span.end - scores.span.begin) == "recsys.scores");
    CHECK(scores.span.begin == files[0]->source.text().find("recsys.scores"));  // the comment's, its dot left out
    CHECK(mentions.contains("recsys.other"));
    CHECK_FALSE(mentions.contains("infer"));             // no dot: not a table name
    CHECK_FALSE(mentions.contains("recsys.elsewhere"));  // not a DAG file
    CHECK_FALSE(mentions.contains("recsys.clean"));      // parses: its jobs are known
}

TEST_CASE("the mentions of DAG files that do not parse are bounded") {
    std::string text = "name: big\njobs:\n  - name: a\n     outputs: [\n";
    for (std::size_t i = 0; i < kMostUnparsedMentions + 10; ++i)
        text += "    ds.t" + std::to_string(i) + ",\n";
    std::vector<std::shared_ptr<InputFile>> files;
    files.push_back(make_file("dags/big.yaml", text));
    CHECK(find_unparsed_mentions(files).size() == kMostUnparsedMentions);
}
