#include "lsp/server.hpp"

#include "lsp/quick_fixes.hpp"
#include "lsp/transport.hpp"

namespace reclint::lsp {

namespace fs = std::filesystem;

namespace {

// JSON-RPC and LSP error codes.
constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInternalError = -32603;
constexpr int kServerNotInitialized = -32002;

// Larger messages are skipped (and logged): a 100 MB buffer is far past any YAML file worth checking.
constexpr std::size_t kMaxMessage = 64 * 1024 * 1024;

int lsp_severity(Severity severity) {
    return severity == Severity::error ? 1 : severity == Severity::warning ? 2 : 3;
}

const nlohmann::json* member(const nlohmann::json& object, const char* key) {
    if (!object.is_object()) return nullptr;
    const auto found = object.find(key);
    return found == object.end() ? nullptr : &*found;
}

std::string string_member(const nlohmann::json& object, const char* key) {
    const nlohmann::json* value = member(object, key);
    return value && value->is_string() ? value->get<std::string>() : "";
}

bool before(const nlohmann::json& a, const nlohmann::json& b) {
    return std::pair(a.value("line", 0), a.value("character", 0)) <
           std::pair(b.value("line", 0), b.value("character", 0));
}

bool ranges_meet(const nlohmann::json& a, const nlohmann::json& b) {
    return !before(a["end"], b["start"]) && !before(b["end"], a["start"]);
}

}  // namespace

int Server::run() {
    MessageReader reader(in_, kMaxMessage);
    while (!exit_ && !client_gone_) {
        Incoming incoming = reader.next();
        if (incoming.kind == Incoming::Kind::end) break;
        if (incoming.kind != Incoming::Kind::message) {
            log("skipped a message: " + incoming.error, 1);
            continue;
        }
        Json message = Json::parse(incoming.body, nullptr, false);
        if (message.is_discarded()) {
            respond_error(nullptr, kParseError, "the message is not valid JSON");
            continue;
        }
        try {
            handle(message);
        } catch (const std::exception& error) {
            const Json* id = member(message, "id");
            if (id && member(message, "method")) respond_error(*id, kInternalError, error.what());
            log(std::string("internal error: ") + error.what(), 1);
        }
    }
    return shut_down_ ? 0 : 1;
}

void Server::handle(const Json& message) {
    const Json* method = member(message, "method");
    const Json* id = member(message, "id");
    if (!method || !method->is_string()) {
        // A response to a request of ours (none are sent), or not JSON-RPC at all.
        if (!id) respond_error(nullptr, kInvalidRequest, "not a JSON-RPC request or notification");
        return;
    }
    const Json* given = member(message, "params");
    const Json params = given ? *given : Json::object();
    if (id) {
        handle_request(*id, method->get<std::string>(), params);
    } else {
        handle_notification(method->get<std::string>(), params);
    }
}

void Server::handle_request(const Json& id, const std::string& method, const Json& params) {
    if (shut_down_) return respond_error(id, kInvalidRequest, "the server is shut down");
    if (method == "initialize") return respond(id, initialize(params));
    if (!initialized_) return respond_error(id, kServerNotInitialized, "initialize first");
    if (method == "shutdown") {
        shut_down_ = true;
        return respond(id, nullptr);
    }
    if (method == "textDocument/codeAction") return respond(id, code_actions(params));
    respond_error(id, kMethodNotFound, "unknown method \"" + method + "\"");
}

void Server::handle_notification(const std::string& method, const Json& params) {
    if (method == "exit") {
        exit_ = true;
        return;
    }
    if (!initialized_ || shut_down_) return;
    if (method == "initialized") {
        workspace_->load();
        check_and_publish();
    } else if (method == "textDocument/didOpen") {
        open(params);
    } else if (method == "textDocument/didChange") {
        change(params);
    } else if (method == "textDocument/didClose") {
        close(params);
    } else if (method == "textDocument/didSave") {
        save(params);
    }
}

Server::Json Server::initialize(const Json& params) {
    const std::string root_uri = string_member(params, "rootUri");
    if (const auto root = uri_path(root_uri)) {
        root_ = *root;
    } else if (const Json* folders = member(params, "workspaceFolders");
               folders && folders->is_array() && !folders->empty()) {
        if (const auto folder = uri_path(string_member((*folders)[0], "uri"))) root_ = *folder;
    }
    std::error_code error;
    if (fs::path resolved = fs::weakly_canonical(root_, error); !error) root_ = resolved;
    const Json* capabilities = member(params, "capabilities");
    const Json* general = capabilities ? member(*capabilities, "general") : nullptr;
    const Json* encodings = general ? member(*general, "positionEncodings") : nullptr;
    if (encodings && encodings->is_array()) {
        for (const Json& offered : *encodings) {
            if (offered == "utf-8") encoding_ = Encoding::utf8;
        }
    }
    initialized_ = true;
    workspace_ = std::make_unique<Workspace>(root_);
    return {{"capabilities",
             {{"positionEncoding", encoding_ == Encoding::utf8 ? "utf-8" : "utf-16"},
              {"textDocumentSync", {{"openClose", true}, {"change", 1}, {"save", {{"includeText", false}}}}},
              {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}}}},
            {"serverInfo", {{"name", "reclint"}, {"version", RECLINT_VERSION}}}};
}

std::optional<fs::path> Server::workspace_path(const Json& params, bool log_outside) {
    const std::string uri = string_member(member(params, "textDocument") ? params["textDocument"] : Json(), "uri");
    auto path = uri_path(uri);
    if (!path) {
        if (log_outside) log("not a file URI, not checked: " + uri, 2);
        return std::nullopt;
    }
    const fs::path relative = path->lexically_relative(root_);
    if (relative.empty() || *relative.begin() == "..") {
        if (log_outside) log("outside the workspace " + root_.string() + ", not checked: " + uri, 2);
        return std::nullopt;
    }
    return path;
}

void Server::open(const Json& params) {
    const auto path = workspace_path(params, true);
    if (!path) return;
    workspace_->set_buffer(*path, string_member(params["textDocument"], "text"));
    check_and_publish();
}

void Server::change(const Json& params) {
    const auto path = workspace_path(params, false);
    if (!path || !workspace_->has_buffer(*path)) {
        log("didChange for a document that is not open, ignored", 2);
        return;
    }
    const Json* changes = member(params, "contentChanges");
    if (!changes || !changes->is_array() || changes->empty()) return;
    // Full-text sync: the last change holds the whole text.
    workspace_->set_buffer(*path, string_member(changes->back(), "text"));
    check_and_publish();
}

void Server::close(const Json& params) {
    const auto path = workspace_path(params, false);
    if (!path || !workspace_->has_buffer(*path)) return;
    workspace_->close_buffer(*path);
    check_and_publish();
}

void Server::save(const Json& params) {
    if (const auto path = workspace_path(params, false)) {
        workspace_->saved(*path);
        check_and_publish();
    }
}

std::string Server::uri_of(const SourceFile& file) const {
    return file_uri((root_ / file.path()).lexically_normal());
}

Server::Json Server::diagnostic_json(const Diagnostic& diagnostic) const {
    Json related = Json::array();
    for (const Note& note : diagnostic.notes) {
        related.push_back(
            {{"location", {{"uri", uri_of(*note.file)}, {"range", lsp_range(*note.file, note.span, encoding_)}}},
             {"message", note.message}});
    }
    Json json = {{"range", lsp_range(*diagnostic.file, diagnostic.span, encoding_)},
                 {"severity", lsp_severity(diagnostic.severity)},
                 {"code", std::string(diagnostic.rule)},
                 {"source", "reclint"},
                 {"message", diagnostic.message}};
    if (!related.empty()) json["relatedInformation"] = std::move(related);
    // Editors link the code to it (VS Code underlines the rule id; Neovim shows it on demand).
    if (std::string page = workspace_->rule_page_url(diagnostic.rule); !page.empty())
        json["codeDescription"] = {{"href", std::move(page)}};
    return json;
}

void Server::check_and_publish() {
    for (const std::string& message : workspace_->take_messages())
        log(message);
    std::map<std::string, Json> current;
    std::map<std::string, std::vector<QuickFix>> fixes;
    for (const Diagnostic& diagnostic : workspace_->diagnose()) {
        const std::string uri = uri_of(*diagnostic.file);
        Json json = diagnostic_json(diagnostic);
        if (!diagnostic.fix.empty()) {
            Json edits = Json::array();
            for (const Edit& edit : diagnostic.fix)
                edits.push_back({{"range", lsp_range(*edit.file, edit.span, encoding_)}, {"newText", edit.text}});
            fixes[uri].push_back({quick_fix_title(diagnostic), json, std::move(edits)});
        }
        auto& list = current.try_emplace(uri, Json::array()).first->second;
        list.push_back(std::move(json));
    }
    for (const auto& [uri, list] : published_) {
        if (!current.contains(uri)) current[uri] = Json::array();
    }
    for (auto& [uri, list] : current) {
        const auto last = published_.find(uri);
        if (last != published_.end() && last->second == list) continue;
        send({{"jsonrpc", "2.0"},
              {"method", "textDocument/publishDiagnostics"},
              {"params", {{"uri", uri}, {"diagnostics", list}}}});
    }
    std::erase_if(current, [](const auto& entry) { return entry.second.empty(); });
    published_ = std::move(current);
    fixes_ = std::move(fixes);
}

Server::Json Server::code_actions(const Json& params) const {
    Json actions = Json::array();
    const std::string uri = string_member(member(params, "textDocument") ? params["textDocument"] : Json(), "uri");
    const Json* range = member(params, "range");
    const auto found = fixes_.find(uri);
    if (found == fixes_.end() || !range || !range->contains("start") || !range->contains("end")) return actions;
    for (const QuickFix& fix : found->second) {
        if (!ranges_meet(fix.diagnostic["range"], *range)) continue;
        actions.push_back({{"title", fix.title},
                           {"kind", "quickfix"},
                           {"diagnostics", Json::array({fix.diagnostic})},
                           {"isPreferred", true},
                           {"edit", {{"changes", {{uri, fix.edits}}}}}});
    }
    return actions;
}

void Server::send(const Json& message) {
    if (!client_gone_ && !write_message(out_, message.dump(-1, ' ', false, Json::error_handler_t::replace)))
        client_gone_ = true;
}

void Server::respond(const Json& id, Json result) {
    send({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
}

void Server::respond_error(const Json& id, int code, const std::string& message) {
    send({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
}

void Server::log(const std::string& message, int type) {
    send({{"jsonrpc", "2.0"}, {"method", "window/logMessage"}, {"params", {{"type", type}, {"message", message}}}});
}

}  // namespace reclint::lsp
