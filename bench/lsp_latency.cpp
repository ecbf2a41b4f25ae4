// What an editor waits for: from a `didChange` to the `publishDiagnostics` it causes, through
// `reclint lsp` run as a child process on the synthetic repository of 1,000 and 10,000 files.
// The targets are 50 ms and 300 ms median (docs/development.md, "Performance"). Each change swaps one DAG file
// between its clean text and one with an unknown dependency, so every change publishes.
#include <benchmark/benchmark.h>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "synthetic_repository.hpp"

namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

// `reclint lsp` in `root`, spoken to through pipes.
class ServerProcess {
  public:
    explicit ServerProcess(const fs::path& root) {
        int to_server[2];
        int from_server[2];
        if (::pipe(to_server) != 0 || ::pipe(from_server) != 0) throw std::runtime_error("pipe");
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, to_server[0], 0);
        posix_spawn_file_actions_adddup2(&actions, from_server[1], 1);
        posix_spawn_file_actions_addclose(&actions, to_server[1]);
        posix_spawn_file_actions_addclose(&actions, from_server[0]);
        posix_spawn_file_actions_addchdir_np(&actions, root.c_str());
        char* argv[] = {const_cast<char*>(RECLINT_BINARY), const_cast<char*>("lsp"), nullptr};
        const int spawned = posix_spawn(&child_, RECLINT_BINARY, &actions, nullptr, argv, environ);
        posix_spawn_file_actions_destroy(&actions);
        ::close(to_server[0]);
        ::close(from_server[1]);
        in_ = to_server[1];
        out_ = from_server[0];
        if (spawned != 0) throw std::runtime_error("cannot start " RECLINT_BINARY);
    }
    ~ServerProcess() {
        ::close(in_);  // end of input: the server exits
        ::close(out_);
        int status = 0;
        ::waitpid(child_, &status, 0);
    }
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    void send(const Json& message) {
        const std::string body = message.dump();
        const std::string framed = "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
        for (std::size_t sent = 0; sent < framed.size();) {
            const ssize_t wrote = ::write(in_, framed.data() + sent, framed.size() - sent);
            if (wrote <= 0) throw std::runtime_error("the server is gone");
            sent += static_cast<std::size_t>(wrote);
        }
    }

    // The next message of the server.
    Json receive() {
        std::size_t header_end;
        while ((header_end = buffer_.find("\r\n\r\n")) == std::string::npos)
            fill();
        const std::size_t length = std::stoul(buffer_.substr(std::string("Content-Length: ").size()));
        while (buffer_.size() < header_end + 4 + length)
            fill();
        Json message = Json::parse(buffer_.substr(header_end + 4, length));
        buffer_.erase(0, header_end + 4 + length);
        return message;
    }

    // Reads until a message satisfies `wanted`, which it returns.
    template <typename Wanted>
    Json receive_until(Wanted wanted) {
        for (;;) {
            Json message = receive();
            if (wanted(message)) return message;
        }
    }

  private:
    void fill() {
        char chunk[65536];
        const ssize_t got = ::read(out_, chunk, sizeof chunk);
        if (got <= 0) throw std::runtime_error("the server closed its output");
        buffer_.append(chunk, static_cast<std::size_t>(got));
    }

    pid_t child_ = -1;
    int in_ = -1;
    int out_ = -1;
    std::string buffer_;
};

Json notification(const std::string& method, Json params) {
    return {{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
}

std::string read_file(const fs::path& path) {
    std::ostringstream text;
    text << std::ifstream(path, std::ios::binary).rdbuf();
    return text.str();
}

double percentile(std::vector<double> values, double fraction) {
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(fraction * static_cast<double>(values.size() - 1))];
}

void lsp_change_to_publish(benchmark::State& state) {
    const auto files = static_cast<std::size_t>(state.range(0));
    const fs::path root = fs::path(RECLINT_BENCH_DATA) / ("lsp-synthetic-" + std::to_string(files));
    reclint::bench::write_synthetic_repository(root, {files});
    // A repository of its own: inside the build folder, the source tree's .gitignore would hide it.
    if (!fs::exists(root / ".git" / "objects") && std::system(("git init -q '" + root.string() + "'").c_str()) != 0)
        return state.SkipWithError("git init failed");
    const fs::path edited = root / "dags" / "team-0" / "feed-0.yaml";
    const std::string uri = "file://" + edited.string();
    const std::string clean = read_file(edited);
    const std::string with_finding = clean + "  - name: late\n    command: x\n    dependencies: [no-such-job]\n";

    ServerProcess server(root);
    server.send({{"jsonrpc", "2.0"},
                 {"id", 1},
                 {"method", "initialize"},
                 {"params", {{"rootUri", "file://" + root.string()}, {"capabilities", Json::object()}}}});
    server.send(notification("initialized", Json::object()));
    server.send(
        notification("textDocument/didOpen",
                     {{"textDocument", {{"uri", uri}, {"languageId", "yaml"}, {"version", 0}, {"text", clean}}}}));
    // The server answers in order: this answer comes once the workspace is loaded and published.
    server.send({{"jsonrpc", "2.0"}, {"id", 2}, {"method", "reclint/loaded"}});
    server.receive_until([](const Json& message) { return message.value("id", 0) == 2; });

    std::vector<double> latencies;
    int version = 0;
    for (auto _ : state) {
        ++version;
        const std::string& text = version % 2 == 1 ? with_finding : clean;
        const auto start = std::chrono::steady_clock::now();
        server.send(notification("textDocument/didChange", {{"textDocument", {{"uri", uri}, {"version", version}}},
                                                            {"contentChanges", {{{"text", text}}}}}));
        const Json published = server.receive_until([&uri](const Json& message) {
            return message.value("method", "") == "textDocument/publishDiagnostics" && message["params"]["uri"] == uri;
        });
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        state.SetIterationTime(seconds);
        latencies.push_back(seconds * 1000);
        if (published["params"]["diagnostics"].empty() == (version % 2 == 1))
            state.SkipWithError("the change did not publish what it should");
    }
    state.counters["median_ms"] = percentile(latencies, 0.5);
    state.counters["p90_ms"] = percentile(latencies, 0.9);
    state.counters["max_ms"] = percentile(latencies, 1.0);
}

}  // namespace

BENCHMARK(lsp_change_to_publish)->Arg(1000)->Iterations(41)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(lsp_change_to_publish)->Arg(10000)->Iterations(21)->UseManualTime()->Unit(benchmark::kMillisecond);
