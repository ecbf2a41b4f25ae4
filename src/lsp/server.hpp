// The language server: the protocol's requests and notifications turned into checks of the
// workspace, whose diagnostics and safe fixes go back to the editor. The transport is separate
// (transport.hpp), and so is the workspace kept between changes (workspace.hpp).
#pragma once

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "lsp/positions.hpp"
#include "lsp/workspace.hpp"

namespace reclint::lsp {

class Server {
  public:
    Server(int in, int out, std::filesystem::path cwd) : in_(in), out_(out), root_(std::move(cwd)) {}
    // Serves until `exit` or the end of the input; the process's exit code.
    int run();

  private:
    using Json = nlohmann::json;
    struct QuickFix {
        std::string title;
        Json diagnostic;
        Json edits;  // TextEdit[] of the diagnostic's document
    };

    void handle(const Json& message);
    void handle_request(const Json& id, const std::string& method, const Json& params);
    void handle_notification(const std::string& method, const Json& params);
    Json initialize(const Json& params);
    Json code_actions(const Json& params) const;
    void open(const Json& params);
    void change(const Json& params);
    void close(const Json& params);
    void save(const Json& params);
    // Checks the workspace and publishes every document whose diagnostics changed.
    void check_and_publish();
    Json diagnostic_json(const Diagnostic& diagnostic) const;
    std::string uri_of(const SourceFile& file) const;
    std::optional<std::filesystem::path> workspace_path(const Json& params, bool log_outside);

    void send(const Json& message);
    void respond(const Json& id, Json result);
    void respond_error(const Json& id, int code, const std::string& message);
    void log(const std::string& message, int type = 3);

    int in_;
    int out_;
    std::filesystem::path root_;
    Encoding encoding_ = Encoding::utf16;
    bool initialized_ = false;
    bool shut_down_ = false;
    bool exit_ = false;
    bool client_gone_ = false;
    std::unique_ptr<Workspace> workspace_;                // from `initialize` on
    std::map<std::string, Json> published_;               // uri -> the diagnostics last published
    std::map<std::string, std::vector<QuickFix>> fixes_;  // uri -> the quick fixes of those
};

}  // namespace reclint::lsp
