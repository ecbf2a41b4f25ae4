#include "lsp/quick_fixes.hpp"

#include <algorithm>
#include <string_view>

namespace reclint::lsp {

namespace {

bool plain_name(std::string_view name) {
    return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               std::string_view("_-./:").find(c) != std::string_view::npos;
    });
}

// The last `"name"` of `text`, without its quotes; empty when there is none.
std::string_view last_quoted(std::string_view text) {
    const std::size_t close = text.rfind('"');
    if (close == std::string_view::npos || close == 0) return {};
    const std::size_t open = text.rfind('"', close - 1);
    if (open == std::string_view::npos) return {};
    return text.substr(open + 1, close - open - 1);
}

}  // namespace

std::optional<Replacement> did_you_mean_fix(const Diagnostic& diagnostic) {
    constexpr std::string_view kAsk = "did you mean \"";
    const std::string_view message = diagnostic.message;
    const std::size_t ask = message.rfind(kAsk);
    if (ask == std::string_view::npos || !message.ends_with("\"?")) return std::nullopt;
    const std::string_view suggestion =
        message.substr(ask + kAsk.size(), message.size() - ask - kAsk.size() - 2);  // one name, no list
    const std::string_view named = last_quoted(message.substr(0, ask));
    if (!plain_name(suggestion) || !plain_name(named) || suggestion == named) return std::nullopt;
    const std::string& text = diagnostic.file->text();
    Span span = diagnostic.span;
    if (span.end > text.size() || span.begin >= span.end) return std::nullopt;
    const std::string_view spanned = std::string_view(text).substr(span.begin, span.end - span.begin);
    // A quoted scalar's span holds its quotes: the plain name inside them means the same quoted.
    if (spanned.size() == named.size() + 2 && (spanned.front() == '"' || spanned.front() == '\'') &&
        spanned.back() == spanned.front() && spanned.substr(1, named.size()) == named) {
        span = {span.begin + 1, span.end - 1};
    } else if (spanned != named) {
        return std::nullopt;
    }
    return Replacement{span, std::string(suggestion)};
}

}  // namespace reclint::lsp
