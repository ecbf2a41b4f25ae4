// The typed scalar values of experiment and holdout models, each with the span it was read from.
#pragma once

#include <optional>
#include <string_view>

#include "load/source_file.hpp"
#include "text/decimal.hpp"
#include "text/iso_time.hpp"

namespace reclint {

// A string scalar; `key` is the span of its key when it is a mapping's value.
struct TextValue {
    std::string_view text;
    Span span;
    Span key;
};

// A number read as an exact percentage; `parsed` says whether it is one.
struct PercentValue {
    std::string_view text;
    Span span;
    Span key;
    ParsedDecimal parsed;
};

// A date or date-time; `parsed` holds the interval or why the text is not one.
struct TimeValue {
    std::string_view text;
    Span span;
    ParsedTime parsed;
};

struct FlagValue {
    bool value = false;
    Span span;
    Span key;
};

// The stretch of time from `start` to `end`, both inclusive as written: empty (begin >= end)
// when end comes before start; nullopt when either is missing or unparsable.
std::optional<TimeInterval> time_between(const std::optional<TimeValue>& start, const std::optional<TimeValue>& end);
// The time something runs: from `start` to `end` when both parse and end is not before start.
std::optional<TimeInterval> running_time(const std::optional<TimeValue>& start, const std::optional<TimeValue>& end);

}  // namespace reclint
