// Checks on a file's raw bytes before it reaches the YAML parser: encoding and control characters.
#pragma once

#include <optional>

#include "load/source_file.hpp"
#include "load/yaml_loader.hpp"

namespace reclint {

// A `yaml/syntax` problem when the text is not UTF-8, holds characters YAML forbids, or is an
// empty JSON file.
std::optional<LoadProblem> check_text(const SourceFile& source);

}  // namespace reclint
