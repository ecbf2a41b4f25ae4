// The language server's workspace: what a change parses again, and what a file that stops parsing
// leaves to the other files.
#include <catch2/catch.hpp>

#include "lsp/workspace.hpp"
#include "test_support.hpp"

using namespace reclint;
using namespace reclint::testing;

namespace {

const std::string kWriter = "name: a\njobs:\n  - name: write\n    command: w\n    outputs: [recsys.scores]\n";
const std::string kReader = "name: b\njobs:\n  - name: read\n    command: r\n    inputs: [recsys.scores]\n";

// "path:line:column rule" of each finding, in report order.
std::vector<std::string> findings(lsp::Workspace& workspace) {
    std::vector<std::string> found;
    for (const Diagnostic& diagnostic : workspace.diagnose()) {
        const auto [line, column] = diagnostic.file->position(diagnostic.span.begin);
        found.push_back(diagnostic.file->path() + ":" + std::to_string(line) + ":" + std::to_string(column) + " " +
                        std::string(diagnostic.rule));
    }
    return found;
}

// A repository with a catalog (so unknown tables are reported), a DAG writing a table, one reading
// it, and an unrelated DAG.
struct Project {
    ScratchFolder folder;
    std::filesystem::path writer = folder.write("dags/a.yaml", kWriter);
    std::filesystem::path reader = folder.write("dags/b.yaml", kReader);
    Project() {
        folder.write(".git/HEAD", "");
        folder.write("catalog.yaml", "kind: Catalog\ntables:\n  - name: recsys.events\n    columns: [user_id]\n");
        folder.write("dags/c.yaml", "name: c\njobs:\n  - name: other\n    command: o\n");
    }
};

}  // namespace

TEST_CASE("lsp workspace: a change parses only the changed file, and the other files' findings follow it") {
    Project project;
    lsp::Workspace workspace(project.folder.path());
    workspace.load();
    CHECK(workspace.files_parsed() == 4);
    CHECK(findings(workspace).empty());

    // Opened as the disk has it: nothing parsed.
    workspace.set_buffer(project.writer, kWriter);
    CHECK(workspace.files_parsed() == 4);

    std::string renamed = kWriter;
    renamed.replace(renamed.find("scores"), 6, "scores_v2");
    workspace.set_buffer(project.writer, renamed);
    CHECK(workspace.files_parsed() == 5);
    CHECK(findings(workspace) == std::vector<std::string>{"dags/b.yaml:5:14 table/unknown"});

    workspace.set_buffer(project.writer, renamed);  // the same text again
    CHECK(workspace.files_parsed() == 5);

    // Closed: the disk's text again, parsed once.
    workspace.close_buffer(project.writer);
    CHECK(workspace.files_parsed() == 6);
    CHECK(findings(workspace).empty());
}

TEST_CASE("lsp workspace: a file that stops parsing gets its syntax error and keeps its last good version as context") {
    Project project;
    lsp::Workspace workspace(project.folder.path());
    workspace.load();
    const std::string broken = "name: a\njobs:\n  - name: write\n    command: w\n    outputs: [recsys.scores\n";
    workspace.set_buffer(project.writer, broken);
    // Without the last good version, b.yaml's input would be unknown now.
    CHECK(findings(workspace) == std::vector<std::string>{"dags/a.yaml:6:1 yaml/syntax"});

    // Still broken, differently: the context is still the version that parsed.
    workspace.set_buffer(project.writer, broken + "  - [\n");
    CHECK(findings(workspace) == std::vector<std::string>{"dags/a.yaml:6:5 yaml/syntax"});

    // Parses again, without the output: now b.yaml's input is unknown.
    workspace.set_buffer(project.writer, "name: a\njobs:\n  - name: write\n    command: w\n");
    CHECK(findings(workspace) == std::vector<std::string>{"dags/b.yaml:5:14 table/unknown"});
    CHECK(workspace.files_parsed() == 4 + 3);
}

TEST_CASE("lsp workspace: a file that only the editor has joins the repository, and leaves it when closed") {
    Project project;
    lsp::Workspace workspace(project.folder.path());
    workspace.load();
    const std::filesystem::path copy = project.folder.path() / "dags/d.yaml";
    std::string copied = kWriter;
    copied.replace(copied.find("name: a"), 7, "name: d");
    workspace.set_buffer(copy, copied);
    CHECK(workspace.files_parsed() == 5);
    CHECK(findings(workspace) == std::vector<std::string>{"dags/d.yaml:5:15 table/multiple-producers"});
    workspace.close_buffer(copy);
    CHECK(findings(workspace).empty());
}

TEST_CASE("lsp workspace: a file the config excludes stays out when opened") {
    Project project;
    project.folder.write(".reclint.yaml", "exclude: [drafts/]\n");
    lsp::Workspace workspace(project.folder.path());
    workspace.load();
    workspace.set_buffer(project.folder.path() / "drafts/x.yaml", "name: x\njobs:\n  - name: j\n    comand: c\n");
    CHECK(findings(workspace).empty());
}

TEST_CASE("lsp workspace: a save reads again the files that changed on disk and are not open, and only those") {
    Project project;
    lsp::Workspace workspace(project.folder.path());
    workspace.load();
    workspace.set_buffer(project.writer, kWriter);
    workspace.saved(project.writer);  // nothing changed on disk
    CHECK(workspace.files_parsed() == 4);

    // Behind the editor's back: c.yaml now writes a.yaml's table, b.yaml is gone, d.yaml is new.
    project.folder.write("dags/c.yaml",
                         "name: c\njobs:\n  - name: other\n    command: o\n    outputs: [recsys.scores]\n");
    std::filesystem::remove(project.reader);
    project.folder.write("dags/d.yaml", "name: d\njobs:\n  - name: d\n    command: d\n    dependencies: [x]\n");
    workspace.saved(project.writer);
    CHECK(workspace.files_parsed() == 6);
    CHECK(findings(workspace) == std::vector<std::string>{"dags/c.yaml:5:15 table/multiple-producers",
                                                          "dags/d.yaml:5:20 dag/unknown-dependency"});
}
