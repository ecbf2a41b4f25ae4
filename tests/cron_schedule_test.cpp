// The cron checker: what robfig/cron's standard parser (Argo's) accepts, and for what it rejects,
// which field is wrong, why, and where.
#include <catch2/catch.hpp>

#include "model/cron_schedule.hpp"

using namespace reclint;

namespace {

std::vector<std::string> problems(const std::string& schedule) {
    std::vector<std::string> found;
    for (const CronProblem& problem : check_cron_schedule(schedule)) {
        found.push_back(std::to_string(problem.offset) + "+" + std::to_string(problem.length) + ": " + problem.message);
    }
    return found;
}

using Problems = std::vector<std::string>;

}  // namespace

TEST_CASE("cron accepts what Argo accepts") {
    for (const std::string schedule : {"0 3 * * *",
                                       "*/15 9-17 * * MON-FRI",
                                       "0 0 1,15 * *",
                                       "30 2 * jan,Jul sun",
                                       "5/10 * ? * *",
                                       "0 0-23/2 1-31/3 1-12 0-6",
                                       " 0  3 * * * ",
                                       "59 23 31 12 6",
                                       "0 0 1,,15 * *",
                                       "+5 * * * *",
                                       "CRON_TZ=Asia/Tokyo 0 3 * * *",
                                       "TZ=UTC @daily",
                                       "@yearly",
                                       "@annually",
                                       "@monthly",
                                       "@weekly",
                                       "@daily",
                                       "@midnight",
                                       "@hourly",
                                       "@every 1h30m",
                                       "@every 1.5h",
                                       "@every 90s",
                                       "@every 0",
                                       "@every 500ms",
                                       "@every 2562047h47m16.854775807s",
                                       "@every 2562047h47m16.8547758079999s",
                                       "@every -2562047h47m16.854775808s",
                                       "@every 9223372036854775807ns",
                                       "TZ= 0 3 * * *"}) {
        INFO(schedule);
        CHECK(problems(schedule).empty());
    }
}

TEST_CASE("cron says which field is out of range") {
    CHECK(problems("0 3 * * 8") == Problems{"8+1: day of week 8 is out of range 0-6 or SUN-SAT"});
    CHECK(problems("0 3 * * 7") == Problems{"8+1: day of week 7 is out of range 0-6 or SUN-SAT; Sunday is 0"});
    CHECK(problems("60 * * * *") == Problems{"0+2: minute 60 is out of range 0-59"});
    CHECK(problems("0 24 * * *") == Problems{"2+2: hour 24 is out of range 0-23"});
    CHECK(problems("0 0 0 * *") == Problems{"4+1: day of month 0 is out of range 1-31"});
    CHECK(problems("0 0 1 13 *") == Problems{"6+2: month 13 is out of range 1-12 or JAN-DEC"});
    CHECK(problems("0 0 1-32 * *") == Problems{"6+2: day of month 32 is out of range 1-31"});
    // Each wrong field is reported, the first wrong item of each.
    CHECK(problems("61 25 * * *") ==
          Problems{"0+2: minute 61 is out of range 0-59", "3+2: hour 25 is out of range 0-23"});
}

TEST_CASE("cron explains malformed items") {
    CHECK(problems("*/0 * * * *") == Problems{"2+1: minute step 0 in \"*/0\" must be at least 1"});
    CHECK(problems("0 22-2 * * *") == Problems{"2+4: hour range \"22-2\" goes backwards: a range cannot wrap around"});
    CHECK(problems("0 1-2-3 * * *") == Problems{"2+5: hour \"1-2-3\" has more than one \"-\""});
    CHECK(problems("*/5/2 * * * *") == Problems{"0+5: minute \"*/5/2\" has more than one \"/\""});
    CHECK(problems("*-5 * * * *") == Problems{"0+3: minute \"*-5\": a range cannot start with \"*\""});
    CHECK(problems("1- * * * *") == Problems{"2+0: minute is missing a number"});
    CHECK(problems("0/x * * * *") == Problems{"2+1: minute \"0/x\": the step after \"/\" must be a number"});
    CHECK(problems("a * * * *") == Problems{"0+1: minute \"a\" is not a number"});
    CHECK(problems("0 3 * * MONDAY") ==
          Problems{"8+6: day of week \"MONDAY\" is not a number or a name: use 0-6 or SUN-SAT, did "
                   "you mean \"MON\"?"});
    CHECK(problems("0 3 1 Janu *") == Problems{"6+4: month \"Janu\" is not a number or a name: use "
                                               "1-12 or JAN-DEC, did you mean \"JAN\"?"});
    CHECK(problems("0 3 1 * Sn") == Problems{"8+2: day of week \"Sn\" is not a number or a name: "
                                             "use 0-6 or SUN-SAT, did you mean \"SUN\"?"});
    CHECK(problems("0 3 L * *") ==
          Problems{"4+1: day of month \"L\" is not a number (Argo's cron parser has no L, W or #)"});
    CHECK(problems("0 3 * * 5#2") ==
          Problems{"8+3: day of week \"5#2\" is not a number or a name: use 0-6 or SUN-SAT (Argo's "
                   "cron parser has no L, W or #)"});
}

TEST_CASE("cron counts fields and reads descriptors") {
    CHECK(problems("0 3 * *") ==
          Problems{"0+7: expected 5 fields (minute, hour, day of month, month, day of week), found 4"});
    CHECK(problems("0 0 3 * * *") == Problems{"0+11: expected 5 fields (minute, hour, day of "
                                              "month, month, day of week), found 6: Argo's "
                                              "schedules have no seconds field"});
    CHECK(problems("") == Problems{"0+0: empty schedule"});
    CHECK(problems("@dayly") == Problems{"0+6: unknown descriptor \"@dayly\", did you mean \"@daily\"?"});
    CHECK(problems("@sometimes") == Problems{"0+10: unknown descriptor \"@sometimes\": use one of @yearly, @annually, "
                                             "@monthly, @weekly, "
                                             "@daily, @midnight, @hourly or \"@every <duration>\""});
    CHECK(problems("@every 1d") == Problems{"7+2: \"1d\" is not a duration: write a number and a "
                                            "unit (h, m, s, ms, us, ns), e.g. \"90m\" "
                                            "or \"24h\""});
    const std::string too_long = "\" is longer than Argo accepts: a duration is at most 2562047h47m16.854775807s";
    CHECK(problems("@every 9999999999999999999h") == Problems{"7+20: \"9999999999999999999h" + too_long});
    CHECK(problems("@every 2562048h") == Problems{"7+8: \"2562048h" + too_long});
    CHECK(problems("@every 2562047h47m16.854775808s") == Problems{"7+24: \"2562047h47m16.854775808s" + too_long});
    CHECK(problems("@every 9223372036854775808ns") == Problems{"7+21: \"9223372036854775808ns" + too_long});
    CHECK(problems("@every 2562047h2562047h") == Problems{"7+16: \"2562047h2562047h" + too_long});
    CHECK(problems("@every") == Problems{"0+6: unknown descriptor \"@every\": use one of @yearly, @annually, "
                                         "@monthly, @weekly, @daily, @midnight, @hourly or \"@every <duration>\""});
}

TEST_CASE("cron reads the time zone prefix") {
    CHECK(problems("CRON_TZ=Asia Tokyo 0 3 * * *") ==
          Problems{"8+10: \"Asia Tokyo\" is not a time zone name: a time zone name has no spaces"});
    CHECK(problems("CRON_TZ=Asia/Tok:yo 0 3 * * *") ==
          Problems{"8+11: \"Asia/Tok:yo\" is not a time zone name (e.g. \"Asia/Tokyo\", \"UTC\")"});
    CHECK(problems("TZ=UTC") == Problems{"0+6: the time zone prefix must be followed by a space and a schedule"});
    CHECK(problems("TZ=Asia/Tokyo 0 3 * * 9") == Problems{"22+1: day of week 9 is out of range 0-6 or SUN-SAT"});
    CHECK(is_time_zone_name("Asia/Tokyo"));
    CHECK(is_time_zone_name("Etc/GMT+9"));
    CHECK(is_time_zone_name("America/Argentina/Buenos_Aires"));
    CHECK_FALSE(is_time_zone_name("Asia Tokyo"));
    CHECK_FALSE(is_time_zone_name("/UTC"));
    CHECK_FALSE(is_time_zone_name("Asia//Tokyo"));
    CHECK_FALSE(is_time_zone_name(""));
}
