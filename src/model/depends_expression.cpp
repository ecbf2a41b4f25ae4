#include "model/depends_expression.hpp"

#include <algorithm>
#include <array>

#include "text/did_you_mean.hpp"
#include "text/quoted.hpp"
#include "text/utf8.hpp"

namespace reclint {

namespace {

enum class TokenKind : std::uint8_t { name, negation, conjunction, disjunction, open, close, bad };

struct Token {
    TokenKind kind;
    std::size_t offset;
    std::size_t length;
    std::uint32_t operand = 0;  // names: the index in DependsExpression::operands
    std::string_view hint;      // bad tokens: what to say about them
};

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

bool is_result_char(char c) {
    return is_name_char(c) && c != '-';
}

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Turns the text into tokens; names become operands, whose results are checked here.
class Tokenizer {
  public:
    Tokenizer(std::string_view text, DependsExpression& expression) : text_(text), expression_(expression) {}

    std::vector<Token> run() {
        std::vector<Token> tokens;
        std::size_t i = 0;
        while (i < text_.size()) {
            const char c = text_[i];
            if (is_space(c)) {
                ++i;
            } else if (is_name_char(c)) {
                tokens.push_back(read_name(i));
                i = tokens.back().offset + tokens.back().length;
            } else {
                tokens.push_back(read_symbol(i));
                i += tokens.back().length;
            }
        }
        return tokens;
    }

  private:
    Token read_name(std::size_t start) {
        std::size_t end = start;
        while (end < text_.size() && is_name_char(text_[end]))
            ++end;
        DependsOperand operand{text_.substr(start, end - start), start, {}, 0, true};
        if (end < text_.size() && text_[end] == '.') {
            std::size_t result_end = end + 1;
            while (result_end < text_.size() && is_result_char(text_[result_end]))
                ++result_end;
            operand.result_offset = end + 1;
            operand.result = text_.substr(end + 1, result_end - end - 1);
            check_result(operand, end);
            end = result_end;
        }
        const auto index = static_cast<std::uint32_t>(expression_.operands.size());
        expression_.operands.push_back(operand);
        return {TokenKind::name, start, end - start, index, {}};
    }

    void check_result(DependsOperand& operand, std::size_t dot) {
        const auto& valid = depends_task_results();
        if (std::find(valid.begin(), valid.end(), operand.result) != valid.end()) return;
        operand.result_valid = false;
        if (operand.result.empty()) {
            expression_.problems.push_back({dot, 1,
                                            "missing task result after " + quoted(std::string(operand.task) + ".") +
                                                ": write one of " + result_list()});
            return;
        }
        std::string message = "invalid task result " + quoted(operand.result);
        const std::vector<std::string_view> names(valid.begin(), valid.end());
        const std::optional<std::string> closest = closest_name(operand.result, names);
        if (!closest) {
            message += ": write one of " + result_list();
        } else {
            message += ", did you mean " + quoted(*closest) + "?";
        }
        const bool sole = closest && is_sole_closest(operand.result, *closest, names);
        expression_.problems.push_back(
            {operand.result_offset, operand.result.size(), std::move(message), sole ? *closest : std::string()});
    }

    static std::string result_list() {
        std::string list;
        for (const std::string_view result : depends_task_results())
            list += (list.empty() ? "" : ", ") + std::string(result);
        return list;
    }

    Token read_symbol(std::size_t at) const {
        const char c = text_[at];
        const char next = at + 1 < text_.size() ? text_[at + 1] : '\0';
        if (c == '!') return {TokenKind::negation, at, 1};
        if (c == '(') return {TokenKind::open, at, 1};
        if (c == ')') return {TokenKind::close, at, 1};
        if (c == '&' && next == '&') return {TokenKind::conjunction, at, 2};
        if (c == '|' && next == '|') return {TokenKind::disjunction, at, 2};
        if (c == '&') return {TokenKind::bad, at, 1, 0, "is not an operator, did you mean \"&&\"?"};
        if (c == '|') return {TokenKind::bad, at, 1, 0, "is not an operator, did you mean \"||\"?"};
        if (c == ',' || c == ';') return {TokenKind::bad, at, 1, 0, "cannot join tasks: use \"&&\" or \"||\""};
        // The loader checked the text is UTF-8; at least one byte, so that the scan always moves on.
        const std::size_t length = std::max<std::size_t>(1, utf8::sequence_length(static_cast<unsigned char>(c)));
        return {TokenKind::bad, at, length, 0, "cannot appear in depends"};
    }

    std::string_view text_;
    DependsExpression& expression_;
};

int precedence(TokenKind kind) {
    switch (kind) {
        case TokenKind::negation:
            return 3;
        case TokenKind::conjunction:
            return 2;
        case TokenKind::disjunction:
            return 1;
        default:
            return 0;
    }
}

DependsStep::Kind step_kind(TokenKind kind) {
    switch (kind) {
        case TokenKind::negation:
            return DependsStep::Kind::negation;
        case TokenKind::conjunction:
            return DependsStep::Kind::conjunction;
        default:
            return DependsStep::Kind::disjunction;
    }
}

// "and", "or" and "not" read as operators by someone used to other languages.
std::string_view keyword_operator(std::string_view name) {
    std::string lower(name);
    for (char& c : lower)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (lower == "and") return "&&";
    if (lower == "or") return "||";
    if (lower == "not") return "!";
    return {};
}

// Shunting-yard over the tokens: builds the postfix form, or stops at the first syntax error.
class Parser {
  public:
    Parser(std::string_view text, const std::vector<Token>& tokens, DependsExpression& expression)
        : text_(text), tokens_(tokens), expression_(expression) {}

    // The operands that are really keywords used as operators, to drop from the operand list.
    std::vector<std::uint32_t> run() {
        for (std::size_t i = 0; i < tokens_.size() && !failed_; ++i) {
            if (expecting_operand_) {
                on_operand_position(i);
            } else {
                on_operator_position(i);
            }
        }
        if (!failed_) finish();
        if (failed_) expression_.postfix.clear();
        return keywords_;
    }

  private:
    std::string_view text(const Token& token) const { return text_.substr(token.offset, token.length); }

    void fail(const Token& at, std::string message) { fail(at.offset, at.length, std::move(message)); }
    void fail(std::size_t offset, std::size_t length, std::string message) {
        expression_.problems.insert(expression_.problems.begin(), {offset, length, std::move(message)});
        failed_ = true;
    }

    void on_operand_position(std::size_t i) {
        const Token& token = tokens_[i];
        const Token* previous = i > 0 ? &tokens_[i - 1] : nullptr;
        switch (token.kind) {
            case TokenKind::name: {
                const std::string_view operator_text = keyword_operator(text(token));
                const bool operand_follows = i + 1 < tokens_.size() && (tokens_[i + 1].kind == TokenKind::name ||
                                                                        tokens_[i + 1].kind == TokenKind::open);
                if (operator_text == "!" && operand_follows) return keyword(token, operator_text);
                expression_.postfix.push_back({DependsStep::Kind::operand, token.operand});
                expecting_operand_ = false;
                return;
            }
            case TokenKind::negation:
            case TokenKind::open:
                operators_.push_back(i);
                return;
            case TokenKind::bad:
                return fail(token, quoted(text(token)) + " " + std::string(token.hint));
            case TokenKind::close:
                if (previous && previous->kind == TokenKind::open)
                    return fail(previous->offset, token.offset + 1 - previous->offset, "empty parentheses");
                if (!previous) return fail(token, "unmatched \")\"");
                return missing_right_operand(*previous);
            default:
                if (previous &&
                    (previous->kind == TokenKind::conjunction || previous->kind == TokenKind::disjunction)) {
                    return fail(token,
                                "missing a task between " + quoted(text(*previous)) + " and " + quoted(text(token)));
                }
                if (previous && previous->kind == TokenKind::negation) return missing_right_operand(*previous);
                return fail(token, quoted(text(token)) + " has no task on its left");
        }
    }

    void missing_right_operand(const Token& operator_token) {
        if (operator_token.kind == TokenKind::open) return fail(operator_token, "\"(\" is never closed");
        fail(operator_token, quoted(text(operator_token)) + " has no task on its right");
    }

    void keyword(const Token& token, std::string_view operator_text) {
        keywords_.push_back(token.operand);
        fail(token,
             quoted(text(token)) + " is not an operator in depends, did you mean " + quoted(operator_text) + "?");
    }

    void on_operator_position(std::size_t i) {
        const Token& token = tokens_[i];
        switch (token.kind) {
            case TokenKind::conjunction:
            case TokenKind::disjunction:
                pop_while([&](TokenKind top) { return precedence(top) >= precedence(token.kind); });
                operators_.push_back(i);
                expecting_operand_ = true;
                return;
            case TokenKind::close:
                pop_while([](TokenKind top) { return top != TokenKind::open; });
                if (operators_.empty()) return fail(token, "unmatched \")\"");
                operators_.pop_back();
                return;
            case TokenKind::bad:
                return fail(token, quoted(text(token)) + " " + std::string(token.hint));
            case TokenKind::name:
                if (const std::string_view operator_text = keyword_operator(text(token)); !operator_text.empty()) {
                    return keyword(token, operator_text);
                }
                [[fallthrough]];
            default:
                fail(token, "missing \"&&\" or \"||\" between " + quoted(text(tokens_[i - 1])) + " and " +
                                quoted(text(token)));
        }
    }

    template <typename Predicate>
    void pop_while(Predicate keep_popping) {
        while (!operators_.empty()) {
            const TokenKind top = tokens_[operators_.back()].kind;
            if (top == TokenKind::open || !keep_popping(top)) return;
            expression_.postfix.push_back({step_kind(top), 0});
            operators_.pop_back();
        }
    }

    void finish() {
        if (tokens_.empty()) return fail(0, text_.size(), "empty depends expression");
        if (expecting_operand_) return missing_right_operand(tokens_.back());
        pop_while([](TokenKind) { return true; });
        if (!operators_.empty()) fail(tokens_[operators_.back()], "\"(\" is never closed");
    }

    std::string_view text_;
    const std::vector<Token>& tokens_;
    DependsExpression& expression_;
    std::vector<std::size_t> operators_;  // token indices: operators and open parentheses
    std::vector<std::uint32_t> keywords_;
    bool expecting_operand_ = true;
    bool failed_ = false;
};

}  // namespace

const std::vector<std::string_view>& depends_task_results() {
    static const std::vector<std::string_view> results = {"Succeeded", "Failed",   "Errored",      "Skipped",
                                                          "Omitted",   "Daemoned", "AnySucceeded", "AllFailed"};
    return results;
}

bool is_items_result(std::string_view result) {
    return result == "AnySucceeded" || result == "AllFailed";
}

DependsExpression parse_depends(std::string_view text) {
    DependsExpression expression;
    const std::vector<Token> tokens = Tokenizer(text, expression).run();
    std::vector<std::uint32_t> keywords = Parser(text, tokens, expression).run();
    // A keyword used as an operator names no task; the operands keep their indices otherwise.
    for (auto it = keywords.rbegin(); it != keywords.rend(); ++it)
        expression.operands.erase(expression.operands.begin() + *it);
    return expression;
}

}  // namespace reclint
