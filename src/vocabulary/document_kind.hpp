// The kinds of documents reclint understands; what each one means (its name, schema and model)
// is in the table of src/model/document_kinds.hpp.
#pragma once

namespace reclint {

enum class DocumentKind { none, dag, argo, experiment, holdout, catalog, config };

}  // namespace reclint
