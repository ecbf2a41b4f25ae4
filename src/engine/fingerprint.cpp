#include "engine/fingerprint.hpp"

#include <cstdint>

namespace reclint {

std::string fingerprint_hash(std::string_view text) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex(16, '0');
    for (int i = 15; i >= 0; --i, hash >>= 4)
        hex[static_cast<std::size_t>(i)] = kHex[hash & 0xf];
    return hex;
}

// When several findings share rule, file and logical path (two names wrong in one `depends`
// string), their order among themselves tells them apart.
std::string Fingerprints::next(const Diagnostic& diagnostic, std::string_view path) {
    std::string identity = std::string(diagnostic.rule) + '\0' + std::string(path) + '\0' + diagnostic.logical_path;
    const std::size_t occurrence = seen_[identity]++;
    return fingerprint_hash(identity + '\0' + std::to_string(occurrence));
}

}  // namespace reclint
