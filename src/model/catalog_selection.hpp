// Which catalog files describe the warehouse: the files the config's `catalogs:` names, or, without
// that setting, every file holding a Catalog document; and why a `catalogs:` entry cannot be used.
#pragma once

#include <string>
#include <vector>

#include "load/source_file.hpp"

namespace reclint {

class Repository;
struct InputFile;

// A `catalogs:` entry that names no usable catalog: a config error (a setting never silently does
// nothing), at the entry's position in the config file.
struct CatalogSettingProblem {
    Span span;
    std::string message;
};

struct CatalogSelection {
    std::vector<const InputFile*> files;  // in `catalogs:` order, or by path
    std::vector<CatalogSettingProblem> problems;
};

// Call once the repository's files are loaded and indexed by path.
CatalogSelection select_catalogs(const Repository& repository);

}  // namespace reclint
