// `reclint catalog import` from export files: the BigQuery export and the dbt manifest, the
// merge with an existing catalog, atomic output, and the errors (exit 2, with positions).
#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace reclint::testing;

namespace {

const std::string kBigQueryExport =
    R"([{"table_catalog":"","table_schema":"recsys","table_name":"job_feed_graph_v2","column_name":"score","ordinal_position":"3"},
 {"table_catalog":"","table_schema":"recsys","table_name":"job_feed_graph_v2","column_name":"user_id","ordinal_position":"1"},
 {"table_schema":"recsys","table_name":"job_feed_graph_v2","column_name":"item_id","ordinal_position":2},
 {"table_catalog":"ads-prod","table_schema":"billing","table_name":"spend","column_name":"day","ordinal_position":"1"},
 {"table_catalog":"","table_schema":"warehouse","table_name":"users","column_name":"user_id","ordinal_position":"1"}]
)";

const std::string kBigQueryCatalog =
    "kind: Catalog\n"
    "tables:\n"
    "  - name: ads-prod.billing.spend\n"
    "    columns: [day]\n"
    "  - name: recsys.job_feed_graph_v2\n"
    "    columns: [user_id, item_id, score]\n"
    "  - name: warehouse.users\n"
    "    columns: [user_id]\n";

const std::string kManifest = R"({
  "metadata": {"dbt_schema_version": "https://schemas.getdbt.com/dbt/manifest/v11.json"},
  "nodes": {
    "model.recsys.graph": {"resource_type": "model", "database": "analytics", "schema": "recsys",
      "name": "graph", "alias": "job_feed_graph_v2", "config": {"materialized": "table"},
      "columns": {"user_id": {"name": "user_id"}, "item_id": {"name": "item_id"}, "score": {"name": "score"}}},
    "model.recsys.staging": {"resource_type": "model", "database": "analytics", "schema": "recsys",
      "name": "staging", "alias": "staging", "config": {"materialized": "ephemeral"}, "columns": {}},
    "seed.recsys.countries": {"resource_type": "seed", "database": null, "schema": "ref",
      "name": "countries", "alias": null, "columns": {}},
    "snapshot.recsys.users": {"resource_type": "snapshot", "database": "analytics", "schema": "snap",
      "name": "users", "alias": "users_history", "columns": {"user_id": {"name": "user_id"}}},
    "test.recsys.not_null": {"resource_type": "test", "schema": "tests", "name": "not_null", "alias": "not_null"}
  },
  "sources": {
    "source.recsys.raw.events": {"resource_type": "source", "database": "analytics", "schema": "raw",
      "name": "events", "identifier": "events_v3", "columns": {"ts": {"name": "ts"}, "user_id": {"name": "user_id"}}}
  }
})";

RunResult import_in(const ScratchFolder& folder, const std::vector<std::string>& arguments) {
    std::vector<std::string> all{"catalog", "import"};
    all.insert(all.end(), arguments.begin(), arguments.end());
    return run_reclint_in(folder.path(), all);
}

}  // namespace

TEST_CASE("a BigQuery export becomes a catalog: tables sorted, columns in ordinal order", "[catalog-import]") {
    const ScratchFolder folder;
    folder.write("export.json", kBigQueryExport);
    const RunResult first = import_in(folder, {"--from", "bigquery:export.json"});
    CHECK(first.err.empty());
    CHECK(first.exit_code == 0);
    CHECK(first.out == kBigQueryCatalog);
    // The same input gives the same bytes.
    CHECK(import_in(folder, {"--from", "bigquery:export.json"}).out == first.out);
    CHECK(import_in(folder, {"--from", "bigquery:export.json", "--schema", "warehouse", "--schema", "billing"}).out ==
          "kind: Catalog\ntables:\n  - name: ads-prod.billing.spend\n    columns: [day]\n"
          "  - name: warehouse.users\n    columns: [user_id]\n");
}

TEST_CASE("an imported catalog is a valid catalog that reclint check accepts", "[catalog-import]") {
    const ScratchFolder folder;
    folder.write("export.json", kBigQueryExport);
    folder.write("manifest.json", kManifest);
    REQUIRE(import_in(folder, {"--from", "bigquery:export.json", "-o", "catalog.yaml"}).exit_code == 0);
    REQUIRE(import_in(folder, {"--from", "dbt:manifest.json", "-o", "dbt-catalog.yaml"}).exit_code == 0);
    const RunResult check = run_reclint_in(folder.path(), {"check", "--no-config", "catalog.yaml", "dbt-catalog.yaml"});
    CHECK(check.out == "checked 2 files: no problems\n");
    CHECK(check.exit_code == 0);
}

TEST_CASE("a dbt manifest gives models, seeds, snapshots and sources, not tests or ephemeral models",
          "[catalog-import]") {
    const ScratchFolder folder;
    folder.write("manifest.json", kManifest);
    const RunResult result = import_in(folder, {"--from", "dbt:manifest.json"});
    CHECK(result.err.empty());
    CHECK(result.exit_code == 0);
    // Columns nobody documented are not known, so they are left out rather than listed empty.
    CHECK(result.out ==
          "kind: Catalog\n"
          "tables:\n"
          "  - name: analytics.raw.events_v3\n"
          "    columns: [ts, user_id]\n"
          "  - name: analytics.recsys.job_feed_graph_v2\n"
          "    columns: [user_id, item_id, score]\n"
          "  - name: analytics.snap.users_history\n"
          "    columns: [user_id]\n"
          "  - name: ref.countries\n");
}

TEST_CASE("a dbt manifest of another schema version is one clear message", "[catalog-import]") {
    const ScratchFolder folder;
    std::string old = kManifest;
    old.replace(old.find("v11.json"), 8, "v9.json");
    folder.write("manifest.json", old);
    const RunResult result = import_in(folder, {"--from", "dbt:manifest.json"});
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(result.err ==
          "reclint: error: manifest.json:2:38: dbt manifest schema "
          "\"https://schemas.getdbt.com/dbt/manifest/v9.json\" is not supported: reclint reads manifest schemas "
          "v10 to v12 (dbt 1.6 and later); regenerate it with a newer dbt (`dbt parse`)\n");
    folder.write("other.json", R"({"nodes": {}})");
    CHECK(import_in(folder, {"--from", "dbt:other.json"}).err ==
          "reclint: error: other.json:1:1: not a dbt manifest: \"metadata.dbt_schema_version\" is missing\n");
}

TEST_CASE("malformed export files are exit 2 with the position in the file", "[catalog-import]") {
    const ScratchFolder folder;
    const std::pair<std::string, std::string> cases[] = {
        {"[{\"table_schema\": \"recsys\",\n  \"table_name\": \"t\" \"column_name\": \"c\"}]",
         "bad.json:2:33: not valid JSON: syntax error while parsing object - unexpected string literal; expected "
         "'}'"},
        {"[\n  {\"table_schema\": \"s\", \"table_name\": \"t\", \"column_name\": \"c\", \"ordinal_position\": "
         "\"x\"}\n]",
         "bad.json:2:84: \"ordinal_position\" must be a whole number"},
        {"[\n  {\"table_schema\": \"s\", \"column_name\": \"c\", \"ordinal_position\": 1}\n]",
         "bad.json:2:3: row 1 has no \"table_name\""},
        {"{\"rows\": []}", "bad.json:1:1: expected an array of rows (the output of `bq query --format=json`)"},
        {"",
         "bad.json:1:1: not valid JSON: syntax error while parsing value - unexpected end of input; expected "
         "'[', '{', or a literal"},
    };
    for (const auto& [text, message] : cases) {
        folder.write("bad.json", text);
        const RunResult result = import_in(folder, {"--from", "bigquery:bad.json", "-o", "catalog.yaml"});
        CHECK(result.exit_code == 2);
        CHECK(result.err == "reclint: error: " + message + "\n");
        CHECK(!std::filesystem::exists(folder.path() / "catalog.yaml"));
    }
    folder.write("manifest.json", "{\"metadata\": {\"dbt_schema_version\": \"https://x/v12.json\"},\n \"nodes\": [1]}");
    CHECK(import_in(folder, {"--from", "dbt:manifest.json"}).err ==
          "reclint: error: manifest.json:2:11: expected an object of nodes\n");
}

TEST_CASE("an unknown source, a missing file and a bad merge file are exit 2", "[catalog-import]") {
    const ScratchFolder folder;
    // What follows the prefix may hold a password: only the prefix is shown.
    const RunResult unknown = import_in(folder, {"--from", "postgresql://ana:s3cret@db/warehouse"});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err ==
          "reclint: error: unknown catalog source \"postgresql:\": use postgres:CONNINFO, "
          "bigquery:FILE or dbt:FILE\n");
    CHECK(import_in(folder, {"--from", "bigquery:missing.json"}).err ==
          "reclint: error: missing.json: cannot read the BigQuery export: no such file or directory\n");
    folder.write("export.json", kBigQueryExport);
    folder.write("catalog.yaml", "kind: Catalog\ntables: [\n");
    const RunResult merge = import_in(folder, {"--from", "bigquery:export.json", "--merge", "catalog.yaml"});
    CHECK(merge.exit_code == 2);
    CHECK(merge.err.rfind("reclint: error: catalog.yaml:3:1: ", 0) == 0);
}

TEST_CASE("catalog import --merge keeps hand-set complete flags, descriptions and comments", "[catalog-import]") {
    const ScratchFolder folder;
    folder.write("export.json", kBigQueryExport);
    folder.write("catalog.yaml",
                 "# the warehouse, exported nightly\n"
                 "kind: Catalog\n"
                 "tables:\n"
                 "  # the old ranker's results\n"
                 "  - name: recsys.job_feed_baseline\n"
                 "    complete: true\n"
                 "  # filled by the graph job\n"
                 "  - name: recsys.job_feed_graph_v2  # owner: ranking\n"
                 "    description: \"graph ranker: results\"\n"
                 "    columns: [user_id]\n"
                 "    complete: true  # checked by hand on 2026-11-30\n"
                 "  - name: warehouse.users\n"
                 "# end of the list\n");
    const RunResult merged =
        import_in(folder, {"--from", "bigquery:export.json", "--merge", "catalog.yaml", "-o", "catalog.yaml"});
    CHECK(merged.exit_code == 0);
    CHECK(merged.err ==
          "reclint: note: table \"recsys.job_feed_baseline\" of catalog.yaml is not in the source any "
          "more: left out\nreclint: wrote 3 tables to catalog.yaml\n");
    CHECK(read_text(folder.path() / "catalog.yaml") ==
          "# the warehouse, exported nightly\n"
          "kind: Catalog\n"
          "tables:\n"
          "  - name: ads-prod.billing.spend\n"
          "    columns: [day]\n"
          "  # filled by the graph job\n"
          "  - name: recsys.job_feed_graph_v2  # owner: ranking\n"
          "    description: \"graph ranker: results\"\n"
          "    columns: [user_id, item_id, score]\n"
          "    complete: true  # checked by hand on 2026-11-30\n"
          "  - name: warehouse.users\n"
          "    columns: [user_id]\n"
          "# end of the list\n");
    // Merging again changes nothing.
    const std::string once = read_text(folder.path() / "catalog.yaml");
    REQUIRE(import_in(folder, {"--from", "bigquery:export.json", "--merge", "catalog.yaml", "-o", "catalog.yaml"})
                .exit_code == 0);
    CHECK(read_text(folder.path() / "catalog.yaml") == once);
}

TEST_CASE("names that YAML would read otherwise are quoted", "[catalog-import]") {
    const ScratchFolder folder;
    folder.write("export.json",
                 R"([{"table_schema":"s","table_name":"true","column_name":"a b","ordinal_position":1},
                     {"table_schema":"s","table_name":"true","column_name":"1st","ordinal_position":2},
                     {"table_schema":"s","table_name":"true","column_name":"x,y","ordinal_position":3},
                     {"table_schema":"s","table_name":"q\"t","column_name":"null","ordinal_position":1}])");
    const RunResult result = import_in(folder, {"--from", "bigquery:export.json", "-o", "catalog.yaml"});
    REQUIRE(result.exit_code == 0);
    CHECK(read_text(folder.path() / "catalog.yaml") ==
          "kind: Catalog\ntables:\n  - name: \"s.q\\\"t\"\n    columns: [\"null\"]\n"
          "  - name: s.true\n    columns: [\"a b\", \"1st\", \"x,y\"]\n");
    CHECK(run_reclint_in(folder.path(), {"check", "--no-config", "catalog.yaml"}).exit_code == 0);
}

TEST_CASE("catalog import -o leaves no temporary file, and a failed write keeps the old file", "[catalog-import]") {
    const ScratchFolder folder;
    folder.write("export.json", kBigQueryExport);
    folder.write("out/catalog.yaml", "old\n");
    REQUIRE(import_in(folder, {"--from", "bigquery:export.json", "-o", "out/catalog.yaml"}).exit_code == 0);
    CHECK(read_text(folder.path() / "out/catalog.yaml") == kBigQueryCatalog);
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(folder.path() / "out"))
        ++files;
    CHECK(files == 1);
    const RunResult missing_folder = import_in(folder, {"--from", "bigquery:export.json", "-o", "nowhere/c.yaml"});
    CHECK(missing_folder.exit_code == 2);
    CHECK(missing_folder.err == "reclint: error: cannot write nowhere/c.yaml: No such file or directory\n");
}
