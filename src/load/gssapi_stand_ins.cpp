// Stand-ins for the GSSAPI functions that libgit2's archive refers to, linked into the static
// build only (cmake/static_linking.cmake). libgit2 uses GSSAPI for HTTP "Negotiate"
// authentication, which reclint never reaches: it reads a revision from the local repository's
// objects and never talks to a remote. Debian ships GSSAPI (Kerberos) as shared libraries only,
// so without these the static link fails. Each one fails as GSSAPI does (GSS_S_FAILURE), should
// anything ever call it. Declared here without GSSAPI's header (not installed): OM_uint32 is a
// 32-bit unsigned integer and every other parameter a pointer.
#include <cstdint>

namespace {
constexpr std::uint32_t kGssFailure = 13u << 16;  // GSS_S_FAILURE

std::uint32_t fail(std::uint32_t* minor_status) {
    if (minor_status != nullptr) *minor_status = 0;
    return kGssFailure;
}
}  // namespace

// NOLINTBEGIN(readability-identifier-naming): GSSAPI's names
extern "C" {
void* GSS_C_NT_HOSTBASED_SERVICE = nullptr;

std::uint32_t gss_delete_sec_context(std::uint32_t* minor_status, void*, void*) {
    return fail(minor_status);
}
std::uint32_t gss_display_status(std::uint32_t* minor_status, std::uint32_t, int, void*, std::uint32_t*, void*) {
    return fail(minor_status);
}
std::uint32_t gss_import_name(std::uint32_t* minor_status, void*, void*, void*) {
    return fail(minor_status);
}
std::uint32_t gss_indicate_mechs(std::uint32_t* minor_status, void*) {
    return fail(minor_status);
}
std::uint32_t gss_init_sec_context(std::uint32_t* minor_status, void*, void*, void*, void*, std::uint32_t,
                                   std::uint32_t, void*, void*, void*, void*, std::uint32_t*, std::uint32_t*) {
    return fail(minor_status);
}
std::uint32_t gss_release_buffer(std::uint32_t* minor_status, void*) {
    return fail(minor_status);
}
std::uint32_t gss_release_name(std::uint32_t* minor_status, void*) {
    return fail(minor_status);
}
std::uint32_t gss_release_oid_set(std::uint32_t* minor_status, void*) {
    return fail(minor_status);
}
}
// NOLINTEND(readability-identifier-naming)
