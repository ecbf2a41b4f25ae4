// Shared by experiment/layer-overlap and experiment/surface-conflict: the experiments that take
// part in the sweep, and how a message describes where two of them overlap.
#pragma once

#include <string>
#include <unordered_map>

#include "experiment/repository_experiments.hpp"
#include "model/overlap_sweep.hpp"

namespace reclint {

// An experiment whose dates and layer are valid, as the sweeps see it.
struct SweptExperiment {
    ExperimentRef ref;
    const TextValue* layer;  // or the surface it defaults to
    TimeInterval period;
    std::int64_t from = 0;  // the traffic slice in basis points
    std::int64_t to = 100 * 100;
    bool traffic_valid = true;  // else experiment/traffic reports it and it takes no part in a layer
};

inline std::optional<SweptExperiment> swept_experiment(const ExperimentRef& ref) {
    const Experiment& experiment = *ref.experiment;
    const std::optional<TimeInterval> period = experiment.period();
    if (!period || !experiment.layer_or_surface()) return std::nullopt;
    SweptExperiment swept{ref, experiment.layer_or_surface(), *period};
    if (experiment.traffic) {
        const TrafficSlice& traffic = *experiment.traffic;
        swept.from = traffic.from.parsed.basis_points;
        swept.to = traffic.to.parsed.basis_points;
        swept.traffic_valid = traffic.from.parsed.ok() && traffic.to.parsed.ok() && swept.from >= 0 &&
                              swept.to <= 100 * 100 && swept.from < swept.to;
    }
    return swept;
}

// Segment names as sweep audiences: `all` meets every segment, other segments are disjoint.
class Audiences {
  public:
    std::uint32_t of(const Experiment& experiment) {
        const std::string_view segment = experiment.segment_name();
        if (segment == "all") return SweepItem::kEveryone;
        return ids_.emplace(segment, static_cast<std::uint32_t>(ids_.size())).first->second;
    }

  private:
    std::unordered_map<std::string_view, std::uint32_t> ids_;
};

// "from 2026-12-14 to 2026-12-21": the later start and the earlier end, as written.
inline std::string shared_dates(const Experiment& a, const Experiment& b) {
    const TimeValue& start = a.start->parsed.interval->begin < b.start->parsed.interval->begin ? *b.start : *a.start;
    const TimeValue& end = a.end->parsed.interval->end < b.end->parsed.interval->end ? *a.end : *b.end;
    return "from " + std::string(start.text) + " to " + std::string(end.text);
}

// `segment "all"` when both have it, else `segments "new_users" and "all"`.
inline std::string shared_segments(const Experiment& a, const Experiment& b) {
    if (a.segment_name() == b.segment_name()) return "segment " + quoted(a.segment_name());
    return "segments " + quoted(a.segment_name()) + " and " + quoted(b.segment_name());
}

}  // namespace reclint
