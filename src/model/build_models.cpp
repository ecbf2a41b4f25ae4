#include "model/build_models.hpp"

#include "model/document_kinds.hpp"
#include "model/repository.hpp"

namespace reclint {

void build_models(InputFile& file) {
    for (const Document& document : file.documents) {
        if (!document.root->is_mapping()) continue;
        if (const auto build = document_kind_info(document.kind).build) build(document, file);
    }
}

}  // namespace reclint
