// Builds the typed models of a loaded file from its documents. Runs on many files at once.
#pragma once

namespace reclint {

struct InputFile;

// Tolerant of schema violations: whatever has the wrong shape is left out of the model (the
// schema rules report it), so the rules never see a half-typed value.
void build_models(InputFile& file);

}  // namespace reclint
