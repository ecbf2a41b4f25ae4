#include "engine/clash.hpp"

namespace reclint {

bool carries_clash(const ClashPlace& a, const ClashPlace& b) {
    if (a.file->named != b.file->named) return a.file->named;
    if (a.file->changed != b.file->changed) return a.file->changed;
    if (a.file != b.file) return a.file->source.path() > b.file->source.path();
    return a.span.begin > b.span.begin;
}

std::size_t clash_carrier(std::span<const ClashPlace> places) {
    std::size_t carrier = 0;
    for (std::size_t i = 1; i < places.size(); ++i) {
        if (carries_clash(places[i], places[carrier])) carrier = i;
    }
    return carrier;
}

const ClashPlace& named_or_preferred(const ClashPlace& preferred, const ClashPlace& other) {
    if (preferred.file->named != other.file->named) return preferred.file->named ? preferred : other;
    return !preferred.file->changed && other.file->changed ? other : preferred;
}

}  // namespace reclint
