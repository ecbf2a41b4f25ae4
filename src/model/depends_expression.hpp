// Parses an Argo `depends` expression: task names with optional results (`train.Succeeded`),
// joined by `&&`, `||` and `!`, with parentheses. Offsets point into the expression's text, so
// a diagnostic can sit on the exact task name, result or operator.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reclint {

// The task results Argo accepts after a task name: Succeeded, Failed, Errored, Skipped, Omitted,
// Daemoned, AnySucceeded and AllFailed.
const std::vector<std::string_view>& depends_task_results();
// AnySucceeded and AllFailed: results of a task that runs over items.
bool is_items_result(std::string_view result);

struct DependsOperand {
    std::string_view task;  // a view into the expression
    std::size_t task_offset = 0;
    std::string_view result;  // empty when none is written
    std::size_t result_offset = 0;
    bool result_valid = true;  // empty or one of depends_task_results()
};

// One problem, at `length` bytes from `offset` in the expression.
struct DependsProblem {
    std::size_t offset = 0;
    std::size_t length = 0;
    std::string message;
    // A misspelled name's only close candidate, what the text there surely means; else empty.
    std::string replacement = {};
};

// An element of the expression in postfix order: an operand (by index) or an operator.
struct DependsStep {
    enum class Kind : std::uint8_t { operand, negation, conjunction, disjunction };
    Kind kind = Kind::operand;
    std::uint32_t operand = 0;
};

struct DependsExpression {
    std::vector<DependsOperand> operands;  // in text order, repeats included
    // The first syntax error (what follows it is not trusted), then every invalid result.
    std::vector<DependsProblem> problems;
    // The expression in postfix order with `!` over `&&` over `||`; empty when it is malformed.
    std::vector<DependsStep> postfix;
};

// Linear in the length of the text, without recursion: parentheses may nest to any depth.
DependsExpression parse_depends(std::string_view text);

}  // namespace reclint
