#include "text/glob.hpp"

#include <string>
#include <vector>

namespace reclint {

namespace {

enum class TokenType { literal, any_char, star, any_dirs, any_path, char_class };

struct Token {
    TokenType type;
    char literal = 0;
    std::string_view char_class;  // the text between the brackets
};

std::vector<Token> tokenize(std::string_view pattern) {
    std::vector<Token> tokens;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '*' && i + 1 < pattern.size() && pattern[i + 1] == '*') {
            const bool dirs = i + 2 < pattern.size() && pattern[i + 2] == '/';
            tokens.push_back({dirs ? TokenType::any_dirs : TokenType::any_path});
            i += dirs ? 2 : 1;
        } else if (c == '*') {
            tokens.push_back({TokenType::star});
        } else if (c == '?') {
            tokens.push_back({TokenType::any_char});
        } else if (c == '[' && pattern.find(']', i + 2) != std::string_view::npos) {
            const std::size_t close = pattern.find(']', i + 2);
            tokens.push_back({TokenType::char_class, 0, pattern.substr(i + 1, close - i - 1)});
            i = close;
        } else if (c == '\\' && i + 1 < pattern.size()) {
            tokens.push_back({TokenType::literal, pattern[++i]});
        } else {
            tokens.push_back({TokenType::literal, c});
        }
    }
    return tokens;
}

bool class_matches(std::string_view spec, char c) {
    bool negated = !spec.empty() && (spec[0] == '!' || spec[0] == '^');
    if (negated) spec.remove_prefix(1);
    bool found = false;
    for (std::size_t i = 0; i < spec.size(); ++i) {
        if (i + 2 < spec.size() && spec[i + 1] == '-') {
            found = found || (c >= spec[i] && c <= spec[i + 2]);
            i += 2;
        } else {
            found = found || c == spec[i];
        }
    }
    return found != negated && c != '/';
}

bool single_matches(const Token& token, char c) {
    switch (token.type) {
        case TokenType::literal:
            return token.literal == c;
        case TokenType::any_char:
            return c != '/';
        case TokenType::char_class:
            return class_matches(token.char_class, c);
        default:
            return false;
    }
}

bool tokens_match(const std::vector<Token>& tokens, std::string_view path) {
    const std::size_t n = path.size();
    // matches[j]: tokens[i..] match path[j..], computed from the last token backwards.
    std::vector<char> next(n + 2, 0), current(n + 2, 0);
    next[n] = 1;
    for (std::size_t i = tokens.size(); i-- > 0;) {
        const Token& token = tokens[i];
        bool segments_follow = false;  // any_dirs: some k >= j with path[k] == '/' && next[k + 1]
        for (std::size_t j = n + 1; j-- > 0;) {
            bool result = false;
            switch (token.type) {
                case TokenType::star:  // empty, or one more non-slash character
                    result = next[j] || (j < n && path[j] != '/' && current[j + 1]);
                    break;
                case TokenType::any_path:
                    result = next[j] || (j < n && current[j + 1]);
                    break;
                case TokenType::any_dirs:  // empty, or a run of whole segments ending in '/'
                    segments_follow = segments_follow || (j < n && path[j] == '/' && next[j + 1]);
                    result = next[j] || segments_follow;
                    break;
                default:
                    result = j < n && single_matches(token, path[j]) && next[j + 1];
            }
            current[j] = result ? 1 : 0;
        }
        std::swap(next, current);
    }
    return next[0] != 0;
}

}  // namespace

bool glob_matches(std::string_view pattern, std::string_view path) {
    return tokens_match(tokenize(pattern), path);
}

namespace {

// A gitignore pattern as a glob over the path or one of its folders: a leading slash anchors it,
// a trailing one is dropped, and an unanchored pattern gets `**/` in front.
struct GitignorePattern {
    std::string glob;
    bool anchored = false;
    bool valid = false;
};

GitignorePattern as_glob(std::string_view pattern) {
    if (pattern.empty() || pattern[0] == '#') return {};
    bool anchored = false;
    if (pattern.front() == '/') {
        pattern.remove_prefix(1);
        anchored = true;
    }
    if (!pattern.empty() && pattern.back() == '/') pattern.remove_suffix(1);
    anchored = anchored || pattern.find('/') != std::string_view::npos;
    return {anchored ? std::string(pattern) : "**/" + std::string(pattern), anchored, true};
}

// Whether the glob matches the path itself or any folder above it.
template <typename Matches>
bool matches_path_or_folder(std::string_view relative_path, Matches matches) {
    for (std::size_t end = 0; end <= relative_path.size(); ++end) {
        if (end == relative_path.size() || relative_path[end] == '/') {
            if (matches(relative_path.substr(0, end))) return true;
        }
    }
    return false;
}

bool has_wildcard(std::string_view pattern) {
    return pattern.find_first_of("*?[\\") != std::string_view::npos;
}

}  // namespace

bool gitignore_matches(std::string_view pattern, std::string_view relative_path) {
    const GitignorePattern glob = as_glob(pattern);
    if (!glob.valid) return false;
    const std::vector<Token> tokens = tokenize(glob.glob);
    return matches_path_or_folder(relative_path, [&](std::string_view part) { return tokens_match(tokens, part); });
}

bool gitignore_matches_any(const std::vector<std::string>& patterns, std::string_view relative_path) {
    for (const std::string& pattern : patterns) {
        if (gitignore_matches(pattern, relative_path)) return true;
    }
    return false;
}

struct GlobSet::Compiled {
    std::string glob;  // the tokens point into it
    std::vector<Token> tokens;
    std::vector<std::string> literal_runs;  // what a matching path must hold, in this order

    explicit Compiled(std::string text) : glob(std::move(text)) {}
    void compile() {
        tokens = tokenize(glob);
        std::string run;
        for (const Token& token : tokens) {
            if (token.type == TokenType::literal) {
                run += token.literal;
            } else if (!run.empty()) {
                literal_runs.push_back(std::move(run));
                run.clear();
            }
        }
        if (!run.empty()) literal_runs.push_back(std::move(run));
    }
    bool may_match(std::string_view path) const {
        std::size_t from = 0;
        for (const std::string& run : literal_runs) {
            from = path.find(run, from);
            if (from == std::string_view::npos) return false;
            from += run.size();
        }
        return true;
    }
};

GlobSet::GlobSet(const std::vector<std::string>& patterns) {
    for (const std::string& pattern : patterns) {
        const GitignorePattern glob = as_glob(pattern);
        if (!glob.valid) continue;
        const std::string_view literal =
            glob.anchored ? std::string_view(glob.glob) : std::string_view(glob.glob).substr(3);
        if (!literal.empty() && !has_wildcard(literal)) {
            (glob.anchored ? anchored_literals_ : name_literals_).emplace(literal);
        } else {
            wildcards_.emplace_back(glob.glob);
        }
    }
    // Tokens point into each Compiled's own string: tokenized once the vector no longer moves.
    for (Compiled& compiled : wildcards_)
        compiled.compile();
}

GlobSet::~GlobSet() = default;

bool GlobSet::matches(std::string_view relative_path) const {
    const bool literal = matches_path_or_folder(relative_path, [&](std::string_view part) {
        const std::string_view name = part.substr(part.rfind('/') + 1);
        return anchored_literals_.contains(std::string(part)) || name_literals_.contains(std::string(name));
    });
    if (literal) return true;
    for (const Compiled& compiled : wildcards_) {
        if (!compiled.may_match(relative_path)) continue;
        if (matches_path_or_folder(relative_path,
                                   [&](std::string_view part) { return tokens_match(compiled.tokens, part); }))
            return true;
    }
    return false;
}

}  // namespace reclint
