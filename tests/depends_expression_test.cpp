// The `depends` parser: operands with their results, precedence (! over && over ||), and every
// kind of malformed expression, each at its offset in the text.
#include <catch2/catch.hpp>

#include "model/depends_expression.hpp"

using namespace reclint;

namespace {

// The postfix form as text: "A B C ! && ||".
std::string postfix(const std::string& text) {
    const DependsExpression expression = parse_depends(text);
    REQUIRE(expression.problems.empty());
    std::string out;
    for (const DependsStep& step : expression.postfix) {
        if (!out.empty()) out += ' ';
        switch (step.kind) {
            case DependsStep::Kind::operand: {
                const DependsOperand& operand = expression.operands[step.operand];
                out += std::string(operand.task);
                if (!operand.result.empty()) out += "." + std::string(operand.result);
                break;
            }
            case DependsStep::Kind::negation:
                out += "!";
                break;
            case DependsStep::Kind::conjunction:
                out += "&&";
                break;
            case DependsStep::Kind::disjunction:
                out += "||";
                break;
        }
    }
    return out;
}

// "offset+length: message" of each problem.
std::vector<std::string> problems(const std::string& text) {
    std::vector<std::string> found;
    for (const DependsProblem& problem : parse_depends(text).problems) {
        found.push_back(std::to_string(problem.offset) + "+" + std::to_string(problem.length) + ": " + problem.message);
    }
    return found;
}

}  // namespace

TEST_CASE("depends binds ! tighter than && and && tighter than ||") {
    CHECK(postfix("A || B && !C") == "A B C ! && ||");
    CHECK(postfix("A && B || C") == "A B && C ||");
    CHECK(postfix("(A || B) && C") == "A B || C &&");
    CHECK(postfix("!(A && B.Failed)") == "A B.Failed && !");
    CHECK(postfix("!!A") == "A ! !");
    CHECK(postfix("A && B && C") == "A B && C &&");
    CHECK(postfix("should-execute-2.Succeeded || should-not-execute") ==
          "should-execute-2.Succeeded should-not-execute ||");
}

TEST_CASE("depends operands keep the task name and result offsets") {
    const DependsExpression expression = parse_depends("  train.Succeeded||(eval)");
    REQUIRE(expression.operands.size() == 2);
    CHECK(expression.operands[0].task == "train");
    CHECK(expression.operands[0].task_offset == 2);
    CHECK(expression.operands[0].result == "Succeeded");
    CHECK(expression.operands[0].result_offset == 8);
    CHECK(expression.operands[1].task == "eval");
    CHECK(expression.operands[1].task_offset == 20);
    CHECK(expression.operands[1].result.empty());
}

TEST_CASE("depends accepts every task result Argo knows") {
    for (const std::string result :
         {"Succeeded", "Failed", "Errored", "Skipped", "Omitted", "Daemoned", "AnySucceeded", "AllFailed"}) {
        INFO(result);
        CHECK(problems("a." + result).empty());
    }
}

TEST_CASE("depends reports invalid task results with a suggestion or the valid list") {
    CHECK(problems("train.Succeded") ==
          std::vector<std::string>{"6+8: invalid task result \"Succeded\", did you mean \"Succeeded\"?"});
    CHECK(problems("a.succeeded") ==
          std::vector<std::string>{"2+9: invalid task result \"succeeded\", did you mean \"Succeeded\"?"});
    CHECK(problems("a.Completed") ==
          std::vector<std::string>{"2+9: invalid task result \"Completed\": write one of Succeeded, Failed, "
                                   "Errored, Skipped, Omitted, Daemoned, AnySucceeded, AllFailed"});
    CHECK(problems("a.") == std::vector<std::string>{"1+1: missing task result after \"a.\": write one of "
                                                     "Succeeded, Failed, Errored, Skipped, Omitted, Daemoned, "
                                                     "AnySucceeded, AllFailed"});
    // Every invalid result is reported, not only the first.
    CHECK(problems("a.Sucess || b.Fail").size() == 2);
}

TEST_CASE("depends reports the first syntax error at its offset") {
    using Problems = std::vector<std::string>;
    CHECK(problems("(a && b") == Problems{"0+1: \"(\" is never closed"});
    CHECK(problems("((a) && b") == Problems{"0+1: \"(\" is never closed"});
    CHECK(problems("a &&") == Problems{"2+2: \"&&\" has no task on its right"});
    CHECK(problems("a && )") == Problems{"2+2: \"&&\" has no task on its right"});
    CHECK(problems("&& a") == Problems{"0+2: \"&&\" has no task on its left"});
    CHECK(problems("(|| a)") == Problems{"1+2: \"||\" has no task on its left"});
    CHECK(problems("a || && b") == Problems{"5+2: missing a task between \"||\" and \"&&\""});
    CHECK(problems("a) || b") == Problems{"1+1: unmatched \")\""});
    CHECK(problems(")") == Problems{"0+1: unmatched \")\""});
    CHECK(problems("a && ()") == Problems{"5+2: empty parentheses"});
    CHECK(problems("a b") == Problems{"2+1: missing \"&&\" or \"||\" between \"a\" and \"b\""});
    CHECK(problems("a (b)") == Problems{"2+1: missing \"&&\" or \"||\" between \"a\" and \"(\""});
    CHECK(problems("a !b") == Problems{"2+1: missing \"&&\" or \"||\" between \"a\" and \"!\""});
    CHECK(problems("a & b") == Problems{"2+1: \"&\" is not an operator, did you mean \"&&\"?"});
    CHECK(problems("a | b") == Problems{"2+1: \"|\" is not an operator, did you mean \"||\"?"});
    CHECK(problems("a, b") == Problems{"1+1: \",\" cannot join tasks: use \"&&\" or \"||\""});
    CHECK(problems("a = b") == Problems{"2+1: \"=\" cannot appear in depends"});
    CHECK(problems("a \xC3\xA9") == Problems{"2+2: \"\xC3\xA9\" cannot appear in depends"});
    CHECK(problems("a && !") == Problems{"5+1: \"!\" has no task on its right"});
    CHECK(problems("!") == Problems{"0+1: \"!\" has no task on its right"});
    CHECK(problems("   ") == Problems{"0+3: empty depends expression"});
    CHECK(problems("a and b") == Problems{"2+3: \"and\" is not an operator in depends, did you mean \"&&\"?"});
    CHECK(problems("a OR b") == Problems{"2+2: \"OR\" is not an operator in depends, did you mean \"||\"?"});
    CHECK(problems("not a") == Problems{"0+3: \"not\" is not an operator in depends, did you mean \"!\"?"});
}

TEST_CASE("depends keeps the operands of a malformed expression, but not keywords") {
    const DependsExpression unclosed = parse_depends("(a && b.Faild");
    CHECK(unclosed.postfix.empty());
    REQUIRE(unclosed.operands.size() == 2);
    CHECK(unclosed.operands[1].task == "b");
    REQUIRE(unclosed.problems.size() == 2);  // the syntax error first, then the result
    CHECK(unclosed.problems[0].message == "\"(\" is never closed");
    const DependsExpression keyword = parse_depends("a and b");
    REQUIRE(keyword.operands.size() == 2);
    CHECK(keyword.operands[0].task == "a");
    CHECK(keyword.operands[1].task == "b");
    // A task may be named "and" where a task is expected.
    CHECK(parse_depends("and && or").problems.empty());
}

TEST_CASE("depends parses deep nesting without recursion, in linear time") {
    const std::size_t depth = 200'000;
    const std::string text = std::string(depth, '(') + "a" + std::string(depth, ')');
    const DependsExpression expression = parse_depends(text);
    CHECK(expression.problems.empty());
    CHECK(expression.postfix.size() == 1);
    std::string long_chain;
    for (int i = 0; i < 100'000; ++i)
        long_chain += (i ? " && t" : "t") + std::to_string(i);
    CHECK(parse_depends(long_chain).operands.size() == 100'000);
}
