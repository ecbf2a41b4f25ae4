#include "commands/commands.hpp"
#include "schema/embedded_schemas.hpp"

namespace reclint {

// The command line admits only the kinds that have a schema, so a kind is always found.
int run_schema_command(const Options& options, Environment& environment) {
    for (const EmbeddedSchema& schema : embedded_schemas()) {
        if (schema.name != options.schema_kind) continue;
        environment.out << schema.text;
        if (!schema.text.ends_with('\n')) environment.out << '\n';
        return kExitClean;
    }
    environment.err << "reclint: internal error: no schema \"" << options.schema_kind << "\"\n";
    return kExitInternal;
}

}  // namespace reclint
