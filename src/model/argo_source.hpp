// Finds the DAG file an annotated Argo manifest is generated from (`reclint/source: dags/x.yaml`,
// relative to the project root) and the DAG it must match: the manifest's entrypoint template.
#pragma once

#include <optional>
#include <string>

#include "model/repository.hpp"

namespace reclint {

struct DriftSubject {
    const InputFile* source_file = nullptr;
    const Dag* expected = nullptr;  // the DAG file's DAG
    const Dag* actual = nullptr;    // the tasks of the manifest's entrypoint template
};

// Why an annotated manifest cannot be compared with its source.
struct DriftProblem {
    Span span;
    std::string message;
};

// At most one of the two: nothing when the manifest has no annotation, or when the problem is
// another rule's to report (an unknown entrypoint, a DAG file that does not parse).
struct DriftResolution {
    std::optional<DriftSubject> subject;
    std::optional<DriftProblem> problem;
};

DriftResolution resolve_drift(const ArgoManifest& manifest, const FileModels& models, const Repository& repository);

}  // namespace reclint
