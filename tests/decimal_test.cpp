// Exact percentages: the text of a number becomes basis points without a float in between.
#include <catch2/catch.hpp>

#include "text/decimal.hpp"

using namespace reclint;

namespace {

std::int64_t points(std::string_view text) {
    const ParsedDecimal parsed = parse_basis_points(text);
    REQUIRE(parsed.ok());
    return parsed.basis_points;
}

DecimalError error_of(std::string_view text) {
    return parse_basis_points(text).error;
}

}  // namespace

TEST_CASE("percentages become exact basis points") {
    CHECK(points("50") == 5000);
    CHECK(points("33.33") == 3333);
    CHECK(points("33.3") == 3330);
    CHECK(points("0.01") == 1);
    CHECK(points(".5") == 50);
    CHECK(points("50.") == 5000);
    CHECK(points("+7") == 700);
    CHECK(points("-5") == -500);
    CHECK(points("-0.25") == -25);
    CHECK(points("0") == 0);
    CHECK(points("007.50") == 750);
    CHECK(points("100.00") == 10000);
    CHECK(points("33.330") == 3333);                   // zeros past the second decimal change nothing
    CHECK(points("000000000000000000000001") == 100);  // leading zeros are not magnitude
}

TEST_CASE("splits that look right sum exactly, and ones that do not, do not") {
    CHECK(points("33.33") + points("33.33") + points("33.34") == 10000);
    CHECK(points("33.3") + points("33.5") + points("33.6") == 10040);
    // 0.1 + 0.2 is not 0.3 in binary floating point; here it is.
    CHECK(points("0.1") + points("0.2") == points("0.3"));
}

TEST_CASE("more than two decimals, exponents and non-numbers are errors") {
    CHECK(error_of("33.333") == DecimalError::too_many_decimals);
    CHECK(error_of("0.001") == DecimalError::too_many_decimals);
    CHECK(error_of("33.3301") == DecimalError::too_many_decimals);
    CHECK(error_of("1e2") == DecimalError::not_a_decimal);
    CHECK(error_of(".inf") == DecimalError::not_a_decimal);
    CHECK(error_of(".nan") == DecimalError::not_a_decimal);
    CHECK(error_of("") == DecimalError::not_a_decimal);
    CHECK(error_of("-") == DecimalError::not_a_decimal);
    CHECK(error_of(".") == DecimalError::not_a_decimal);
    CHECK(error_of("1.2.3") == DecimalError::not_a_decimal);
    CHECK(error_of("0x32") == DecimalError::not_a_decimal);
    CHECK(error_of("50%") == DecimalError::not_a_decimal);
    CHECK(error_of("1000000000000000") == DecimalError::too_large);
    CHECK(error_of("99999999999999999999999999") == DecimalError::too_large);
    CHECK(parse_basis_points("999999999999999").ok());
}

TEST_CASE("basis points print as the shortest exact decimal") {
    CHECK(format_basis_points(10000) == "100");
    CHECK(format_basis_points(10040) == "100.4");
    CHECK(format_basis_points(3333) == "33.33");
    CHECK(format_basis_points(5) == "0.05");
    CHECK(format_basis_points(0) == "0");
    CHECK(format_basis_points(-550) == "-5.5");
    CHECK(format_basis_points(std::numeric_limits<std::int64_t>::min()) == "-92233720368547758.08");
}
