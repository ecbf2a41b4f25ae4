// Dates and date-times: strict ISO 8601, whole UTC days for dates, offsets applied to instants.
#include <catch2/catch.hpp>

#include "text/iso_time.hpp"

using namespace reclint;

namespace {

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t k2026_12_01 = 1796083200;  // date -u -d 2026-12-01 +%s

TimeInterval parsed(std::string_view text) {
    const ParsedTime time = parse_iso_time(text);
    INFO(text << ": " << time.error);
    REQUIRE(time.interval);
    return *time.interval;
}

std::string error_of(std::string_view text) {
    const ParsedTime time = parse_iso_time(text);
    REQUIRE_FALSE(time.interval);
    return time.error;
}

}  // namespace

TEST_CASE("a date is its whole UTC day") {
    CHECK(parsed("2026-12-01") == TimeInterval{{k2026_12_01, 0}, {k2026_12_01 + kDay, 0}});
    CHECK(parsed("1970-01-01") == TimeInterval{{0, 0}, {kDay, 0}});
    CHECK(parsed("2028-02-29").begin.seconds + kDay == parsed("2028-03-01").begin.seconds);
    CHECK(parsed("1969-12-31").begin.seconds == -kDay);
}

TEST_CASE("a date-time with an offset is an instant") {
    const Instant midnight{k2026_12_01, 0};
    CHECK(parsed("2026-12-01T00:00:00Z") == TimeInterval{midnight, midnight});
    CHECK(parsed("2026-12-01T09:00:00+09:00").begin == midnight);
    CHECK(parsed("2026-11-30T19:00-05:00").begin == midnight);
    CHECK(parsed("2026-12-01T10:30:15Z").begin.seconds == k2026_12_01 + 10 * 3600 + 30 * 60 + 15);
    CHECK(parsed("2026-12-01T00:00:00.25Z").begin == Instant{k2026_12_01, 250000000});
    CHECK(parsed("2026-12-01T00:00:00.123456789123Z").begin == Instant{k2026_12_01, 123456789});
}

TEST_CASE("anything else says what is wrong") {
    const std::string shape = "is not an ISO 8601 date (YYYY-MM-DD) or date-time with an offset (YYYY-MM-DDTHH:MM:SSZ)";
    CHECK(error_of("12/01/2026") == shape);
    CHECK(error_of("2026-12-1") == shape);
    CHECK(error_of("Dec 1, 2026") == shape);
    CHECK(error_of("") == shape);
    CHECK(error_of("2026-12-01t10:00Z") == shape);
    CHECK(error_of("2026-02-30") == "is not a calendar date");
    CHECK(error_of("2026-13-01") == "is not a calendar date");
    CHECK(error_of("2027-02-29") == "is not a calendar date");
    CHECK(error_of("2026-12-01 10:00:00Z") == "has a space between the date and the time: write T instead");
    CHECK(error_of("2026-12-01T25:00:00Z") == "does not have a valid time of day (HH:MM or HH:MM:SS)");
    CHECK(error_of("2026-12-01T10:00:60Z") == "does not have a valid time of day (HH:MM or HH:MM:SS)");
    CHECK(error_of("2026-12-01T10") == "does not have a valid time of day (HH:MM or HH:MM:SS)");
    CHECK(error_of("2026-12-01T10:00:00.Z") == "does not have a valid time of day (HH:MM or HH:MM:SS)");
    CHECK(error_of("2026-12-01T10:00:00") == "has no UTC offset: add Z for UTC or an offset such as +09:00");
    CHECK(error_of("2026-12-01T10:00:00+0900") ==
          "has a malformed UTC offset: write Z for UTC or an offset such as +09:00");
    CHECK(error_of("2026-12-01T10:00:00z") ==
          "has a malformed UTC offset: write Z for UTC or an offset such as +09:00");
    CHECK(error_of("2026-12-01T10:00:00+24:00") ==
          "has a malformed UTC offset: write Z for UTC or an offset such as +09:00");
}

TEST_CASE("the date of --today is a date only") {
    CHECK(parse_calendar_date("2026-12-01").interval == TimeInterval{{k2026_12_01, 0}, {k2026_12_01 + kDay, 0}});
    CHECK(parse_calendar_date("2026-12-01T00:00:00Z").error == "is not a date as YYYY-MM-DD");
    CHECK(parse_calendar_date("tomorrow").error == "is not a date as YYYY-MM-DD");
    CHECK(parse_calendar_date("2026-02-30").error == "is not a calendar date");
}

TEST_CASE("days print as YYYY-MM-DD") {
    CHECK(format_utc_date({k2026_12_01, 0}) == "2026-12-01");
    CHECK(format_utc_date({k2026_12_01 + kDay - 1, 0}) == "2026-12-01");
    CHECK(format_utc_date({-1, 0}) == "1969-12-31");
    CHECK(utc_day_of({k2026_12_01 + kDay / 2, 0}) == TimeInterval{{k2026_12_01, 0}, {k2026_12_01 + kDay, 0}});
    CHECK(utc_day_of({k2026_12_01 - 1, 999'999'999}) == TimeInterval{{k2026_12_01 - kDay, 0}, {k2026_12_01, 0}});
    CHECK(utc_day_of({-1, 0}) == TimeInterval{{-kDay, 0}, {0, 0}});
}
