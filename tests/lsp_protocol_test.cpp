// `reclint lsp` driven through pipes: framing, errors, and diagnostics of the workspace.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "test_support.hpp"

using namespace reclint::testing;
using Json = nlohmann::json;

namespace {

std::string framed(const std::string& body) {
    return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

std::string request(int id, const std::string& method, const Json& params = Json::object()) {
    return framed(Json{{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}}.dump());
}

std::string notification(const std::string& method, const Json& params = Json::object()) {
    return framed(Json{{"jsonrpc", "2.0"}, {"method", method}, {"params", params}}.dump());
}

// Runs the server in `root` on `pieces` (each written separately), then closes its input; the
// messages it wrote, and its exit code.
std::pair<std::vector<Json>, int> serve(const std::filesystem::path& root, const std::vector<std::string>& pieces) {
    int to_server[2];
    int from_server[2];
    REQUIRE(::pipe(to_server) == 0);
    REQUIRE(::pipe(from_server) == 0);
    const pid_t child = ::fork();
    if (child == 0) {
        ::dup2(to_server[0], 0);
        ::dup2(from_server[1], 1);
        ::close(to_server[1]);
        ::close(from_server[0]);
        if (::chdir(root.c_str()) != 0) ::_exit(127);
        ::execl(RECLINT_BINARY, RECLINT_BINARY, "lsp", nullptr);
        ::_exit(127);
    }
    ::close(to_server[0]);
    ::close(from_server[1]);
    for (const std::string& piece : pieces) {
        REQUIRE(::write(to_server[1], piece.data(), piece.size()) == static_cast<ssize_t>(piece.size()));
        ::usleep(20000);
    }
    ::close(to_server[1]);
    std::string output;
    char buffer[4096];
    for (ssize_t got; (got = ::read(from_server[0], buffer, sizeof buffer)) > 0;)
        output.append(buffer, static_cast<std::size_t>(got));
    ::close(from_server[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    std::vector<Json> messages;
    while (!output.empty()) {
        const std::size_t header_end = output.find("\r\n\r\n");
        REQUIRE(header_end != std::string::npos);
        const std::size_t length = std::stoul(output.substr(16, header_end - 16));
        messages.push_back(Json::parse(output.substr(header_end + 4, length)));
        output.erase(0, header_end + 4 + length);
    }
    return {messages, WIFEXITED(status) ? WEXITSTATUS(status) : -1};
}

std::vector<Json> responses(const std::vector<Json>& messages) {
    std::vector<Json> found;
    for (const Json& message : messages) {
        if (message.contains("id")) found.push_back(message);
    }
    return found;
}

const std::string kInitialize = request(1, "initialize", {{"capabilities", Json::object()}});

}  // namespace

TEST_CASE("lsp: a message split across reads and two messages in one read are both understood") {
    ScratchFolder folder;
    const std::string shutdown = request(2, "shutdown");
    const auto [messages, code] = serve(folder.path(), {kInitialize.substr(0, 10), kInitialize.substr(10, 30),
                                                        kInitialize.substr(40) + shutdown + notification("exit")});
    const std::vector<Json> answers = responses(messages);
    REQUIRE(answers.size() == 2);
    CHECK(answers[0]["id"] == 1);
    CHECK(answers[0]["result"]["capabilities"]["positionEncoding"] == "utf-16");
    CHECK(answers[1] == Json{{"jsonrpc", "2.0"}, {"id", 2}, {"result", nullptr}});
    CHECK(code == 0);
}

TEST_CASE("lsp: utf-8 positions when the client offers them") {
    ScratchFolder folder;
    const auto [messages, code] = serve(
        folder.path(),
        {request(1, "initialize", {{"capabilities", {{"general", {{"positionEncodings", {"utf-8", "utf-16"}}}}}}})});
    CHECK(responses(messages).at(0)["result"]["capabilities"]["positionEncoding"] == "utf-8");
    CHECK(code == 1);  // the input ended without shutdown
}

TEST_CASE("lsp: a malformed header is logged, invalid JSON and unknown methods get errors, nothing after shutdown") {
    ScratchFolder folder;
    const auto [messages, code] =
        serve(folder.path(), {"Content-Length: x\r\n\r\n", kInitialize, framed("{not json"), request(2, "no/such"),
                              request(3, "shutdown"), request(4, "textDocument/codeAction"), notification("exit")});
    REQUIRE(messages.size() == 6);
    CHECK(messages[0]["method"] == "window/logMessage");
    CHECK(messages[0]["params"]["message"] == "skipped a message: Content-Length is not a number");
    CHECK(messages[1]["id"] == 1);
    CHECK(messages[2]["error"]["code"] == -32700);
    CHECK(messages[2]["id"] == nullptr);
    CHECK(messages[3]["error"]["code"] == -32601);
    CHECK(messages[4]["id"] == 3);
    CHECK(messages[5]["error"]["code"] == -32600);
    CHECK(code == 0);
}

TEST_CASE("lsp: diagnostics of an open buffer, with UTF-16 columns past an astral character, then cleared") {
    ScratchFolder folder;
    folder.write(".git/HEAD", "");
    const std::string uri = "file://" + folder.path().string() + "/dags/feed.yaml";
    const std::string broken = "name: feed\njobs:\n  - {name: a, command: \"\xF0\x9F\x98\x80\", dependencies: [b]}\n";
    const std::string fixed = "name: feed\njobs:\n  - {name: a, command: x}\n";
    const auto [messages, code] = serve(
        folder.path(),
        {kInitialize + notification("initialized"),
         notification("textDocument/didChange", {{"textDocument", {{"uri", uri}}}}),
         notification("textDocument/didOpen",
                      {{"textDocument", {{"uri", uri}, {"languageId", "yaml"}, {"version", 1}, {"text", broken}}}}),
         notification("textDocument/didChange",
                      {{"textDocument", {{"uri", uri}, {"version", 2}}}, {"contentChanges", {{{"text", fixed}}}}})});
    std::vector<Json> published;
    for (const Json& message : messages) {
        if (message.value("method", "") == "textDocument/publishDiagnostics") published.push_back(message["params"]);
    }
    REQUIRE(published.size() == 2);
    CHECK(published[0]["uri"] == uri);
    REQUIRE(published[0]["diagnostics"].size() == 1);
    const Json& diagnostic = published[0]["diagnostics"][0];
    CHECK(diagnostic["code"] == "dag/unknown-dependency");
    CHECK(diagnostic["source"] == "reclint");
    CHECK(diagnostic["severity"] == 1);
    CHECK(diagnostic["range"] ==
          Json{{"start", {{"line", 2}, {"character", 44}}}, {"end", {{"line", 2}, {"character", 45}}}});
    CHECK_FALSE(diagnostic.contains("codeDescription"));  // no docs_url in the config
    CHECK(published[1] == Json{{"uri", uri}, {"diagnostics", Json::array()}});
    CHECK(code == 1);
}

TEST_CASE("lsp: a diagnostic links its rule's page where the config's docs_url publishes it") {
    ScratchFolder folder;
    folder.write(".git/HEAD", "");
    folder.write(".reclint.yaml", "docs_url: https://docs.example.com/reclint/{id}.html\n");
    const std::string uri = "file://" + folder.path().string() + "/dags/feed.yaml";
    const std::string text = "name: feed\njobs:\n  - {name: a, command: x, dependencies: [b]}\n";
    const auto [messages, code] = serve(
        folder.path(),
        {kInitialize + notification("initialized"),
         notification("textDocument/didOpen",
                      {{"textDocument", {{"uri", uri}, {"languageId", "yaml"}, {"version", 1}, {"text", text}}}})});
    const auto published = std::find_if(messages.begin(), messages.end(), [](const Json& message) {
        return message.value("method", "") == "textDocument/publishDiagnostics";
    });
    REQUIRE(published != messages.end());
    REQUIRE((*published)["params"]["diagnostics"].size() == 1);
    const Json& diagnostic = (*published)["params"]["diagnostics"][0];
    CHECK(diagnostic["code"] == "dag/unknown-dependency");
    CHECK(diagnostic["codeDescription"] ==
          Json{{"href", "https://docs.example.com/reclint/dag/unknown-dependency.html"}});
    CHECK(code == 1);
}

TEST_CASE("lsp: a 100 MB message is skipped with a log message, and the next request is answered") {
    ScratchFolder folder;
    const std::string uri = "file://" + folder.path().string() + "/dags/feed.yaml";
    const std::string open = R"({"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":")" +
                             uri + R"(","languageId":"yaml","version":1,"text":"# )";
    const std::string end = R"("}}})";
    const std::string huge = open + std::string(100'000'000 - open.size() - end.size(), 'x') + end;
    const auto [messages, code] =
        serve(folder.path(), {kInitialize, framed(huge), request(2, "shutdown"), notification("exit")});
    REQUIRE(messages.size() == 3);
    CHECK(messages[0]["id"] == 1);
    CHECK(messages[1]["method"] == "window/logMessage");
    CHECK(
        messages[1]["params"] ==
        Json{{"type", 1}, {"message", "skipped a message: a message of 100000000 bytes, over the limit of 67108864"}});
    CHECK(messages[2] == Json{{"jsonrpc", "2.0"}, {"id", 2}, {"result", nullptr}});
    CHECK(code == 0);
}

TEST_CASE("lsp: documents outside the workspace, of other schemes or never opened are logged and not checked") {
    ScratchFolder folder;
    folder.write(".git/HEAD", "");
    const std::string outside = "file:///elsewhere/dags/feed.yaml";
    const std::string inside = "file://" + folder.path().string() + "/dags/feed.yaml";
    const auto open = [](const std::string& uri) {
        return notification(
            "textDocument/didOpen",
            {{"textDocument", {{"uri", uri}, {"languageId", "yaml"}, {"version", 1}, {"text", kBrokenDag}}}});
    };
    const auto [messages, code] = serve(
        folder.path(), {kInitialize + notification("initialized"), open(outside), open("untitled:Untitled-1"),
                        notification("textDocument/didChange", {{"textDocument", {{"uri", inside}, {"version", 2}}},
                                                                {"contentChanges", {{{"text", kBrokenDag}}}}}),
                        notification("textDocument/didClose", {{"textDocument", {{"uri", inside}}}})});
    REQUIRE(messages.size() == 4);
    CHECK(messages[0]["id"] == 1);
    CHECK(messages[1]["params"] ==
          Json{{"type", 2},
               {"message", "outside the workspace " + folder.path().string() + ", not checked: " + outside}});
    CHECK(messages[2]["params"] == Json{{"type", 2}, {"message", "not a file URI, not checked: untitled:Untitled-1"}});
    CHECK(messages[3]["params"] ==
          Json{{"type", 2}, {"message", "didChange for a document that is not open, ignored"}});
    CHECK(code == 1);
}

TEST_CASE("lsp: the end of the input in the middle of a message ends the server") {
    ScratchFolder folder;
    const auto [messages, code] =
        serve(folder.path(), {kInitialize, "Content-Length: 100\r\n\r\n{\"jsonrpc\": \"2.0\", \"id\": 2, \"meth"});
    REQUIRE(messages.size() == 1);
    CHECK(messages[0]["id"] == 1);
    CHECK(code == 1);
}

TEST_CASE("lsp: a code action replaces the misspelled name a finding points at with its one suggestion") {
    ScratchFolder folder;
    folder.write(".git/HEAD", "");
    const std::string uri = "file://" + folder.path().string() + "/dags/feed.yaml";
    const std::string text =
        "name: feed\njobs:\n  - name: extract\n    command: x\n  - {name: b, command: \"\xC3\xA9\", dependencies: "
        "[extrct]}\n";
    const Json document = {{"uri", uri}};
    const auto actions_for = [&document](int id, int line) {
        return request(
            id, "textDocument/codeAction",
            {{"textDocument", document},
             {"range", {{"start", {{"line", line}, {"character", 0}}}, {"end", {{"line", line}, {"character", 99}}}}},
             {"context", {{"diagnostics", Json::array()}}}});
    };
    const auto [messages, code] =
        serve(folder.path(),
              {kInitialize + notification("initialized"),
               notification("textDocument/didOpen",
                            {{"textDocument", {{"uri", uri}, {"languageId", "yaml"}, {"version", 1}, {"text", text}}}}),
               actions_for(2, 4) + actions_for(3, 2) +
                   request(4, "textDocument/codeAction", {{"textDocument", document}, {"range", 7}})});
    const std::vector<Json> answers = responses(messages);
    REQUIRE(answers.size() == 4);
    REQUIRE(answers[1]["result"].size() == 1);
    const Json& action = answers[1]["result"][0];
    CHECK(action["title"] == "replace with \"extract\"");
    CHECK(action["kind"] == "quickfix");
    CHECK(action["diagnostics"][0]["code"] == "dag/unknown-dependency");
    // UTF-16 columns: the "é" before the name is one unit, two bytes.
    const Json range = {{"start", {{"line", 4}, {"character", 43}}}, {"end", {{"line", 4}, {"character", 49}}}};
    CHECK(action["edit"] == Json{{"changes", {{uri, {{{"range", range}, {"newText", "extract"}}}}}}});
    CHECK(answers[2]["result"] == Json::array());  // no finding on that line
    CHECK(answers[3]["result"] == Json::array());  // a range that is not one
    CHECK(code == 1);
}
