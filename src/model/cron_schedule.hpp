// Checks a CronWorkflow schedule the way Argo reads it (robfig/cron's standard parser): five
// fields (minute, hour, day of month, month, day of week) of lists, ranges and steps, month and
// weekday names, `@daily`-style descriptors and `@every <duration>`, after an optional
// `CRON_TZ=<zone>` or `TZ=<zone>` prefix.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace reclint {

// One problem, at `length` bytes from `offset` in the schedule's text.
struct CronProblem {
    std::size_t offset = 0;
    std::size_t length = 0;
    std::string message;
    // A misspelled name's only close candidate, what the text there surely means; else empty.
    std::string replacement = {};
};

// Every problem of the schedule, one per wrong field at most; empty when Argo accepts it.
std::vector<CronProblem> check_cron_schedule(std::string_view text);

// Whether `zone` has the shape of an IANA time zone name ("UTC", "Asia/Tokyo", "Etc/GMT+9").
// reclint carries no time zone database, so a well-formed name that does not exist passes.
bool is_time_zone_name(std::string_view zone);

}  // namespace reclint
