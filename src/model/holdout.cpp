#include "model/holdout.hpp"

#include <algorithm>

#include "model/value_readers.hpp"

namespace reclint {

std::optional<TimeInterval> Holdout::period() const {
    return running_time(start, end);
}

bool Holdout::covers_surface(std::string_view surface) const {
    return !surfaces || std::any_of(surfaces->begin(), surfaces->end(),
                                    [surface](const TextValue& each) { return each.text == surface; });
}

Holdout read_holdout(const Node& root) {
    Holdout holdout;
    holdout.span = root.span;
    holdout.name = read_text(root, "name");
    holdout.unit = read_text(root, "unit");
    holdout.percent = read_percent(root, "percent");
    holdout.start = read_time(root, "start");
    holdout.end = read_time(root, "end");
    holdout.salt = read_text(root, "salt");
    holdout.surfaces = read_text_list(root, "surfaces");
    if (const MapEntry* entry = root.find_entry("surfaces")) holdout.surfaces_key = entry->key->span;
    return holdout;
}

}  // namespace reclint
