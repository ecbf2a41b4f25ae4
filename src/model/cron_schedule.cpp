#include "model/cron_schedule.hpp"

#include <array>
#include <cstdint>
#include <optional>

#include "text/ascii_case.hpp"
#include "text/did_you_mean.hpp"
#include "text/digits.hpp"
#include "text/quoted.hpp"

namespace reclint {

namespace {

struct CronField {
    std::string_view name;  // as messages say it
    unsigned min;
    unsigned max;
    std::array<std::string_view, 12> names;  // lower-case, index 0 is `min`; empty when none
    std::string_view names_text;             // "JAN-DEC"
};

constexpr std::array<CronField, 5> kFields = {{
    {"minute", 0, 59, {}, ""},
    {"hour", 0, 23, {}, ""},
    {"day of month", 1, 31, {}, ""},
    {"month", 1, 12, {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}, "JAN-DEC"},
    {"day of week", 0, 6, {"sun", "mon", "tue", "wed", "thu", "fri", "sat"}, "SUN-SAT"},
}};

constexpr std::array<std::string_view, 7> kDescriptors = {"@yearly", "@annually", "@monthly", "@weekly",
                                                          "@daily",  "@midnight", "@hourly"};

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool is_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::string range_text(const CronField& field) {
    std::string text = std::to_string(field.min) + "-" + std::to_string(field.max);
    return field.names_text.empty() ? text : text + " or " + std::string(field.names_text);
}

// A piece of the schedule with its offset in the whole text.
struct Piece {
    std::string_view text;
    std::size_t offset;
    Piece sub(std::size_t from, std::size_t length = std::string_view::npos) const {
        return {text.substr(from, length), offset + from};
    }
};

// `text` split at every `separator`, keeping offsets (empty pieces included).
std::vector<Piece> split(Piece piece, char separator) {
    std::vector<Piece> pieces;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= piece.text.size(); ++i) {
        if (i == piece.text.size() || piece.text[i] == separator) {
            pieces.push_back(piece.sub(start, i - start));
            start = i + 1;
        }
    }
    return pieces;
}

// One value of a field: a number or a name, as robfig/cron reads it.
class FieldReader {
  public:
    FieldReader(const CronField& field, std::vector<CronProblem>& problems) : field_(field), problems_(problems) {}

    // False after reporting the field's problem.
    bool check_item(Piece item) {
        const std::vector<Piece> step_parts = split(item, '/');
        if (step_parts.size() > 2) return fail(item, quoted(item.text) + " has more than one \"/\"");
        const std::vector<Piece> bounds = split(step_parts[0], '-');
        if (bounds.size() > 2) return fail(item, quoted(item.text) + " has more than one \"-\"");
        std::optional<unsigned> start, end;
        if (bounds[0].text == "*" || bounds[0].text == "?") {
            if (bounds.size() == 2) return fail(item, quoted(item.text) + ": a range cannot start with \"*\"");
            start = field_.min;
            end = field_.max;
        } else {
            if (!(start = value(bounds[0]))) return false;
            end = start;
            if (bounds.size() == 2 && !(end = value(bounds[1]))) return false;
        }
        if (step_parts.size() == 2) {
            const std::optional<unsigned> step = number(step_parts[1]);
            if (!step) return fail(step_parts[1], quoted(item.text) + ": the step after \"/\" must be a number");
            if (*step == 0) return fail(step_parts[1], "step 0 in " + quoted(item.text) + " must be at least 1");
            if (bounds.size() == 1) end = field_.max;  // "N/step" runs from N to the maximum
        }
        if (!in_range(*start, bounds[0]) || !in_range(*end, bounds.back())) return false;
        if (*start > *end) {
            return fail(step_parts[0],
                        "range " + quoted(step_parts[0].text) + " goes backwards: a range cannot wrap around");
        }
        return true;
    }

  private:
    bool fail(Piece at, const std::string& why) {
        problems_.push_back({at.offset, at.text.size(), std::string(field_.name) + " " + why});
        return false;
    }

    static std::optional<unsigned> number(Piece piece) {
        std::string_view digits = piece.text;
        if (digits.starts_with('+')) digits.remove_prefix(1);  // Go's strconv.Atoi takes a sign
        if (digits.empty() || digits.size() > 6) return std::nullopt;
        unsigned value = 0;
        for (const char c : digits) {
            if (!is_digit(c)) return std::nullopt;
            value = value * 10 + static_cast<unsigned>(c - '0');
        }
        return value;
    }

    std::optional<unsigned> value(Piece piece) {
        if (const auto parsed = number(piece)) return parsed;
        const std::string lower = lowercase(piece.text);
        for (std::size_t i = 0; i < field_.names.size() && !field_.names[i].empty(); ++i) {
            if (lower == field_.names[i]) return field_.min + static_cast<unsigned>(i);
        }
        if (piece.text.empty()) {
            fail(piece, "is missing a number");
            return std::nullopt;
        }
        std::string message = quoted(piece.text) + " is not a number";
        if (!field_.names_text.empty()) message += " or a name: use " + range_text(field_);
        if (lower == "l" || lower == "w" || lower.find('#') != std::string::npos || lower.ends_with('w'))
            message += " (Argo's cron parser has no L, W or #)";
        const auto suggestion = suggested_name(lower);
        if (suggestion) message += ", did you mean " + quoted(*suggestion) + "?";
        fail(piece, message);
        if (suggestion && is_sole_name(lower, *suggestion)) problems_.back().replacement = *suggestion;
        return std::nullopt;
    }

    // "monday" and "January" are read as their three-letter names; typos as the closest name.
    std::optional<std::string> suggested_name(const std::string& lower) const {
        std::vector<std::string_view> names;
        for (const std::string_view name : field_.names) {
            if (name.empty()) break;
            if (lower.size() > 3 && lower.starts_with(name)) return upper(name);
            names.push_back(name);
        }
        if (names.empty()) return std::nullopt;
        const auto close = closest_name(lower, names);
        return close ? std::optional<std::string>(upper(*close)) : std::nullopt;
    }

    // Whether `suggestion` (upper case) is the only name that close to `lower`.
    bool is_sole_name(const std::string& lower, const std::string& suggestion) const {
        std::vector<std::string_view> names;
        for (const std::string_view name : field_.names) {
            if (name.empty()) break;
            names.push_back(name);
        }
        const std::string closest = lowercase(suggestion);
        return lower.starts_with(closest) || is_sole_closest(lower, closest, names);
    }

    static std::string upper(std::string_view text) {
        std::string result(text);
        for (char& c : result)
            c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
        return result;
    }

    bool in_range(unsigned value, Piece at) {
        if (value >= field_.min && value <= field_.max) return true;
        std::string message = std::to_string(value) + " is out of range " + range_text(field_);
        if (field_.name == "day of week" && value == 7) message += "; Sunday is 0";
        return fail(at, message);
    }

    const CronField& field_;
    std::vector<CronProblem>& problems_;
};

std::vector<Piece> fields_of(Piece schedule) {
    std::vector<Piece> fields;
    std::size_t i = 0;
    while (i < schedule.text.size()) {
        while (i < schedule.text.size() && is_space(schedule.text[i]))
            ++i;
        const std::size_t start = i;
        while (i < schedule.text.size() && !is_space(schedule.text[i]))
            ++i;
        if (i > start) fields.push_back(schedule.sub(start, i - start));
    }
    return fields;
}

enum class GoDuration { valid, invalid, too_long };

// The nanoseconds of a unit of Go's time.ParseDuration, 0 when `unit` is none.
std::uint64_t go_unit(std::string_view unit) {
    constexpr std::pair<std::string_view, std::uint64_t> kUnits[] = {
        {"ns", 1},         {"us", 1'000},        {"\xC2\xB5s", 1'000},  {"\xCE\xBCs", 1'000},
        {"ms", 1'000'000}, {"s", 1'000'000'000}, {"m", 60'000'000'000}, {"h", 3'600'000'000'000}};
    for (const auto& [name, nanoseconds] : kUnits) {
        if (unit == name) return nanoseconds;
    }
    return 0;
}

// Go's time.ParseDuration: one or more decimal numbers, each with a unit; "0" alone is allowed.
// As in Go, a duration is int64 nanoseconds: past about 2,562,047 hours it overflows, and
// fraction digits past what 63 bits hold are ignored.
GoDuration parse_go_duration(std::string_view text) {
    constexpr std::uint64_t kLimit = std::uint64_t{1} << 63;
    const bool negative = !text.empty() && text[0] == '-';
    if (!text.empty() && (text[0] == '+' || text[0] == '-')) text.remove_prefix(1);
    if (text == "0") return GoDuration::valid;
    if (text.empty()) return GoDuration::invalid;
    std::uint64_t total = 0;
    while (!text.empty()) {
        const DecimalPrefix number = decimal_prefix(text);
        if (number.digits == 0) return GoDuration::invalid;
        std::uint64_t whole = 0;
        std::uint64_t fraction = 0;
        double scale = 1;
        bool fraction_full = false;
        std::size_t i = 0;
        for (; i < number.length && text[i] != '.'; ++i) {
            if (whole > kLimit / 10) return GoDuration::too_long;
            whole = whole * 10 + static_cast<std::uint64_t>(text[i] - '0');
            if (whole > kLimit) return GoDuration::too_long;
        }
        for (++i; i < number.length; ++i) {
            if (fraction_full || fraction > (kLimit - 1) / 10) {
                fraction_full = true;
                continue;
            }
            fraction = fraction * 10 + static_cast<std::uint64_t>(text[i] - '0');
            scale *= 10;
        }
        text.remove_prefix(number.length);
        std::size_t unit_length = 0;
        while (unit_length < text.size() && !is_digit(text[unit_length]) && text[unit_length] != '.')
            ++unit_length;
        const std::uint64_t unit = go_unit(text.substr(0, unit_length));
        if (unit == 0) return GoDuration::invalid;
        text.remove_prefix(unit_length);
        if (whole > kLimit / unit) return GoDuration::too_long;
        whole *= unit;
        if (fraction > 0) {
            whole += static_cast<std::uint64_t>(static_cast<double>(fraction) * (static_cast<double>(unit) / scale));
            if (whole > kLimit) return GoDuration::too_long;
        }
        total += whole;
        if (total > kLimit) return GoDuration::too_long;
    }
    return negative || total < kLimit ? GoDuration::valid : GoDuration::too_long;
}

void check_descriptor(Piece descriptor, std::vector<CronProblem>& problems) {
    for (const std::string_view known : kDescriptors) {
        if (descriptor.text == known) return;
    }
    constexpr std::string_view kEvery = "@every ";
    if (descriptor.text.starts_with(kEvery)) {
        const Piece duration = descriptor.sub(kEvery.size());
        const GoDuration parsed = parse_go_duration(duration.text);
        if (parsed == GoDuration::too_long) {
            problems.push_back({duration.offset, duration.text.size(),
                                quoted(duration.text) +
                                    " is longer than Argo accepts: a duration is at most 2562047h47m16.854775807s"});
        } else if (parsed == GoDuration::invalid) {
            problems.push_back({duration.offset, duration.text.size(),
                                quoted(duration.text) + " is not a duration: write a number and a unit (h, m, s, ms, "
                                                        "us, ns), e.g. \"90m\" or \"24h\""});
        }
        return;
    }
    std::vector<std::string_view> names(kDescriptors.begin(), kDescriptors.end());
    names.push_back("@every");
    std::string message = "unknown descriptor " + quoted(descriptor.text);
    const std::optional<std::string> closest = closest_name(descriptor.text, names);
    if (closest) {
        message += ", did you mean " + quoted(*closest) + "?";
    } else {
        message +=
            ": use one of @yearly, @annually, @monthly, @weekly, @daily, @midnight, "
            "@hourly or \"@every <duration>\"";
    }
    // "@every" needs a duration after it: writing it alone would be no fix.
    const bool sole = closest && *closest != "@every" && is_sole_closest(descriptor.text, *closest, names);
    problems.push_back(
        {descriptor.offset, descriptor.text.size(), std::move(message), sole ? *closest : std::string()});
}

// Strips `CRON_TZ=<zone> ` or `TZ=<zone> `; false after reporting a problem with the prefix.
bool strip_time_zone(Piece& schedule, std::vector<CronProblem>& problems) {
    if (!schedule.text.starts_with("TZ=") && !schedule.text.starts_with("CRON_TZ=")) return true;
    const std::size_t equals = schedule.text.find('=');
    const std::size_t space = schedule.text.find(' ');
    if (space == std::string_view::npos) {
        problems.push_back(
            {schedule.offset, schedule.text.size(), "the time zone prefix must be followed by a space and a schedule"});
        return false;
    }
    const Piece zone = schedule.sub(equals + 1, space - equals - 1);
    if (!zone.text.empty() && !is_time_zone_name(zone.text)) {
        problems.push_back({zone.offset, zone.text.size(),
                            quoted(zone.text) + " is not a time zone name (e.g. \"Asia/Tokyo\", \"UTC\")"});
        return false;
    }
    schedule = schedule.sub(space + 1);
    return true;
}

}  // namespace

bool is_time_zone_name(std::string_view zone) {
    if (zone.empty() || zone.front() == '/' || zone.back() == '/') return false;
    for (std::size_t i = 0; i < zone.size(); ++i) {
        const char c = zone[i];
        if (!is_letter(c) && !is_digit(c) && c != '_' && c != '-' && c != '+' && c != '/') return false;
        if (c == '/' && zone[i - 1] == '/') return false;
    }
    return true;
}

std::vector<CronProblem> check_cron_schedule(std::string_view text) {
    std::vector<CronProblem> problems;
    Piece schedule{text, 0};
    if (!strip_time_zone(schedule, problems)) return problems;
    const std::vector<Piece> fields = fields_of(schedule);
    if (fields.empty()) {
        problems.push_back({0, text.size(), "empty schedule"});
        return problems;
    }
    if (fields.front().text.starts_with('@')) {
        const Piece last = fields.back();
        check_descriptor(schedule.sub(fields.front().offset - schedule.offset,
                                      last.offset + last.text.size() - fields.front().offset),
                         problems);
        return problems;
    }
    if (fields.size() > kFields.size() && schedule.offset > 0 && is_letter(fields.front().text.front())) {
        // "CRON_TZ=Asia Tokyo 0 3 * * *": the zone goes on after the space.
        const std::size_t zone = text.find('=') + 1;
        const Piece& word = fields.front();
        problems.push_back({zone, word.offset + word.text.size() - zone,
                            quoted(text.substr(zone, word.offset + word.text.size() - zone)) +
                                " is not a time zone name: a time zone name has no spaces"});
        return problems;
    }
    if (fields.size() != kFields.size()) {
        const Piece& last = fields.back();
        std::string message = "expected 5 fields (minute, hour, day of month, month, day of week), found " +
                              std::to_string(fields.size());
        if (fields.size() == 6) message += ": Argo's schedules have no seconds field";
        problems.push_back({fields.front().offset, last.offset + last.text.size() - fields.front().offset, message});
        return problems;
    }
    for (std::size_t i = 0; i < fields.size(); ++i) {
        FieldReader reader(kFields[i], problems);
        for (const Piece& item : split(fields[i], ',')) {
            // robfig/cron skips empty items of a list ("1,,2").
            if (!item.text.empty() && !reader.check_item(item)) break;
        }
    }
    return problems;
}

}  // namespace reclint
