#include "schema/argo_shapes.hpp"

#include <algorithm>

namespace reclint {

std::uint32_t ArgoShapes::property(const ArgoShape& shape, std::string_view key) const {
    const std::span<const ArgoProperty> keys = properties_of(shape);
    const auto found =
        std::lower_bound(keys.begin(), keys.end(), key,
                         [](const ArgoProperty& entry, std::string_view wanted) { return entry.key < wanted; });
    return found != keys.end() && found->key == key ? found->shape : kNoShape;
}

std::uint32_t ArgoShapes::kind(std::string_view name) const {
    const auto found =
        std::find_if(kinds.begin(), kinds.end(), [&](const ArgoKind& kind) { return kind.name == name; });
    return found == kinds.end() ? kNoShape : found->shape;
}

}  // namespace reclint
