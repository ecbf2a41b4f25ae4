#include "text/iso_time.hpp"

#include <chrono>
#include <cstdio>

#include "text/digits.hpp"

namespace reclint {

namespace {

constexpr std::int64_t kSecondsPerDay = 24 * 60 * 60;
constexpr std::string_view kExpectedShape =
    "is not an ISO 8601 date (YYYY-MM-DD) or date-time with an offset (YYYY-MM-DDTHH:MM:SSZ)";

// Reads `count` digits at `at` into `value`; false when they are not all digits.
bool read_digits(std::string_view text, std::size_t at, std::size_t count, int& value) {
    if (at + count > text.size()) return false;
    value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (!is_digit(text[i])) return false;
        value = value * 10 + (text[i] - '0');
    }
    return true;
}

ParsedTime failure(std::string_view error) {
    return {std::nullopt, std::string(error)};
}

// The first second of the day "YYYY-MM-DD" at the start of `text`.
std::optional<std::int64_t> day_start(std::string_view text, std::string& error) {
    int year = 0, month = 0, day = 0;
    const bool shaped = read_digits(text, 0, 4, year) && text.size() >= 10 && text[4] == '-' &&
                        read_digits(text, 5, 2, month) && text[7] == '-' && read_digits(text, 8, 2, day);
    if (!shaped) {
        error = kExpectedShape;
        return std::nullopt;
    }
    const std::chrono::year_month_day date{std::chrono::year(year), std::chrono::month(static_cast<unsigned>(month)),
                                           std::chrono::day(static_cast<unsigned>(day))};
    if (!date.ok()) {
        error = "is not a calendar date";
        return std::nullopt;
    }
    return std::chrono::sys_days(date).time_since_epoch().count() * kSecondsPerDay;
}

// Parses "HH:MM[:SS[.fraction]]" from `at`, advancing it; the seconds into the day.
std::optional<std::int64_t> time_of_day(std::string_view text, std::size_t& at, std::int32_t& nanoseconds) {
    int hour = 0, minute = 0, second = 0;
    if (!read_digits(text, at, 2, hour) || at + 2 >= text.size() || text[at + 2] != ':' ||
        !read_digits(text, at + 3, 2, minute)) {
        return std::nullopt;
    }
    at += 5;
    if (at < text.size() && text[at] == ':') {
        if (!read_digits(text, at + 1, 2, second)) return std::nullopt;
        at += 3;
        if (at < text.size() && text[at] == '.') {
            std::size_t digits = 0;
            std::int32_t fraction = 0;
            for (++at; at < text.size() && is_digit(text[at]); ++at, ++digits) {
                if (digits < 9) fraction = fraction * 10 + (text[at] - '0');
            }
            if (digits == 0) return std::nullopt;
            for (std::size_t i = digits; i < 9; ++i)
                fraction *= 10;
            nanoseconds = fraction;
        }
    }
    if (hour > 23 || minute > 59 || second > 59) return std::nullopt;
    return hour * 3600 + minute * 60 + second;
}

// Parses "Z" or "+HH:MM" / "-HH:MM" that must end `text`; the offset in seconds east of UTC.
std::optional<std::int64_t> utc_offset(std::string_view offset) {
    if (offset == "Z") return 0;
    int hours = 0, minutes = 0;
    if (offset.size() != 6 || (offset[0] != '+' && offset[0] != '-') || !read_digits(offset, 1, 2, hours) ||
        offset[3] != ':' || !read_digits(offset, 4, 2, minutes) || hours > 23 || minutes > 59) {
        return std::nullopt;
    }
    const std::int64_t seconds = hours * 3600 + minutes * 60;
    return offset[0] == '-' ? -seconds : seconds;
}

// A date alone, "YYYY-MM-DD": its whole UTC day.
ParsedTime whole_day(std::string_view text, std::string_view shape_error) {
    std::string error;
    const std::optional<std::int64_t> start = text.size() == 10 ? day_start(text, error) : std::nullopt;
    if (!start) return failure(error.empty() || error == kExpectedShape ? shape_error : error);
    return {TimeInterval{{*start, 0}, {*start + kSecondsPerDay, 0}}, ""};
}

// Days since 1970-01-01 of the UTC day holding `seconds`, rounded down before 1970 too.
std::int64_t utc_day_number(std::int64_t seconds) {
    return seconds >= 0 ? seconds / kSecondsPerDay : -((-seconds + kSecondsPerDay - 1) / kSecondsPerDay);
}

}  // namespace

ParsedTime parse_calendar_date(std::string_view text) {
    return whole_day(text, "is not a date as YYYY-MM-DD");
}

ParsedTime parse_iso_time(std::string_view text) {
    if (text.size() <= 10) return whole_day(text, kExpectedShape);
    std::string error;
    const std::optional<std::int64_t> start = day_start(text, error);
    if (!start) return failure(error);
    if (text[10] == ' ') return failure("has a space between the date and the time: write T instead");
    if (text[10] != 'T') return failure(kExpectedShape);
    std::size_t at = 11;
    std::int32_t nanoseconds = 0;
    const std::optional<std::int64_t> seconds = time_of_day(text, at, nanoseconds);
    if (!seconds) return failure("does not have a valid time of day (HH:MM or HH:MM:SS)");
    if (at == text.size()) return failure("has no UTC offset: add Z for UTC or an offset such as +09:00");
    const std::optional<std::int64_t> offset = utc_offset(text.substr(at));
    if (!offset) return failure("has a malformed UTC offset: write Z for UTC or an offset such as +09:00");
    const Instant instant{*start + *seconds - *offset, nanoseconds};
    return {TimeInterval{instant, instant}, ""};
}

TimeInterval utc_day_of(Instant instant) {
    const std::int64_t start = utc_day_number(instant.seconds) * kSecondsPerDay;
    return {{start, 0}, {start + kSecondsPerDay, 0}};
}

Instant current_instant() {
    const auto since_epoch = std::chrono::system_clock::now().time_since_epoch();
    const auto seconds = std::chrono::floor<std::chrono::seconds>(since_epoch);
    return {seconds.count(), static_cast<std::int32_t>(std::chrono::nanoseconds(since_epoch - seconds).count())};
}

std::string format_utc_date(Instant instant) {
    const std::chrono::year_month_day date{std::chrono::sys_days(std::chrono::days(utc_day_number(instant.seconds)))};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buffer;
}

}  // namespace reclint
