#include "model/values.hpp"

namespace reclint {

std::optional<TimeInterval> time_between(const std::optional<TimeValue>& start, const std::optional<TimeValue>& end) {
    if (!start || !end || !start->parsed.interval || !end->parsed.interval) return std::nullopt;
    return TimeInterval{start->parsed.interval->begin, end->parsed.interval->end};
}

std::optional<TimeInterval> running_time(const std::optional<TimeValue>& start, const std::optional<TimeValue>& end) {
    const std::optional<TimeInterval> period = time_between(start, end);
    if (!period || period->begin >= period->end) return std::nullopt;
    return period;
}

}  // namespace reclint
