// Strict ISO 8601 dates (a whole UTC day) and date-times with a UTC offset (an instant), as
// experiments and `--today` write them. No locale, no guessing: anything else is an error
// that says what was expected.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace reclint {

// A point in time: seconds since 1970-01-01T00:00:00Z and a fraction of a second.
struct Instant {
    std::int64_t seconds = 0;
    std::int32_t nanoseconds = 0;
    friend auto operator<=>(const Instant&, const Instant&) = default;
};

// The stretch of time [begin, end) a written date or date-time stands for: a date is its whole
// UTC day; a date-time is a single instant (begin == end).
struct TimeInterval {
    Instant begin;
    Instant end;
    friend bool operator==(const TimeInterval&, const TimeInterval&) = default;
};

struct ParsedTime {
    std::optional<TimeInterval> interval;
    std::string error;  // when not parsed: what is wrong, to follow the quoted text in a message
};

// "2026-12-15", "2026-12-15T18:00:00+09:00", "2026-12-15T09:00Z", "2026-12-15T09:00:00.5Z".
ParsedTime parse_iso_time(std::string_view text);
// Only "YYYY-MM-DD", as `--today` takes it.
ParsedTime parse_calendar_date(std::string_view text);

// The UTC day holding `instant`.
TimeInterval utc_day_of(Instant instant);
// The system clock's time now.
Instant current_instant();
// "YYYY-MM-DD" of the UTC day holding `instant`.
std::string format_utc_date(Instant instant);

}  // namespace reclint
