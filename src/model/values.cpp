#include "model/values.hpp"

namespace reclint {

std::optional<TimeInterval> time_between(const std::optional<TimeValue>& start,
                                         const std::optional<TimeValue>& end) {
    if (!start || !end || !start->parsed.interval || !end->parsed.interval) return std::nullopt;
    return TimeInterval{start->parsed.interval->begin, end->parsed.interval->end};
}

}  // namespace reclint
