// Names a finding so that it is recognized in another run or revision: its rule, its file and its
// logical path (not its line), and its rank among the findings that share those three.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "engine/diagnostic.hpp"

namespace reclint {

// FNV-1a, 64 bits, as 16 hex digits: stable across platforms and runs, unlike std::hash.
std::string fingerprint_hash(std::string_view text);

// Give it the diagnostics of one run in their report order.
class Fingerprints {
  public:
    // `path` names the file: the report's path for it, or, for a base revision's finding, the
    // path of the file it became.
    std::string next(const Diagnostic& diagnostic, std::string_view path);

  private:
    std::unordered_map<std::string, std::size_t> seen_;
};

}  // namespace reclint
