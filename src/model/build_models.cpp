#include "model/build_models.hpp"

#include "model/repository.hpp"

namespace reclint {

void build_models(InputFile& /*file*/) {
    // Each kind of model adds its builder call here.
}

}  // namespace reclint
