#include "model/readiness.hpp"

namespace reclint {

bool needs_data_soon(const Experiment& experiment, const TimeInterval& today, int days) {
    const std::optional<TimeInterval> period = experiment.period();
    if (!period) return false;
    constexpr std::int64_t kDay = 24 * 60 * 60;
    const Instant horizon{today.end.seconds + days * kDay, today.end.nanoseconds};
    // It has not ended before today, and it starts before the horizon ends.
    return period->end > today.begin && period->begin < horizon;
}

std::vector<ShownTable> first_shown_tables(const Experiment& experiment) {
    std::vector<ShownTable> shown;
    for (const Variant& variant : experiment.variants) {
        if (variant.source && !variant.source->text.empty()) shown.push_back({&variant, &*variant.source, false});
        if (!variant.fallback.empty() && !variant.fallback.back().text.empty())
            shown.push_back({&variant, &variant.fallback.back(), true});
    }
    return shown;
}

}  // namespace reclint
