#include "model/unparsed_mentions.hpp"

#include <cctype>

#include "model/kind_detection.hpp"
#include "model/repository.hpp"

namespace reclint {

namespace {

bool is_word_byte(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-' || c == '.';
}

// Adds the file's dotted words; false once the index is full.
bool add_mentions(const InputFile& file, UnparsedMentions& mentions) {
    const std::string_view text = file.source.text();
    std::size_t begin = 0;
    while (begin < text.size()) {
        if (!is_word_byte(text[begin])) {
            ++begin;
            continue;
        }
        std::size_t end = begin;
        while (end < text.size() && is_word_byte(text[end]))
            ++end;
        std::string_view word = text.substr(begin, end - begin);
        while (word.ends_with('.'))  // the end of a sentence in a comment
            word.remove_suffix(1);
        if (word.find('.') != std::string_view::npos && !word.starts_with('.')) {
            const Span span{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(begin + word.size())};
            mentions.try_emplace(word, UnparsedMention{&file, span});
            if (mentions.size() >= kMostUnparsedMentions) return false;
        }
        begin = end;
    }
    return true;
}

}  // namespace

UnparsedMentions find_unparsed_mentions(std::span<const std::shared_ptr<InputFile>> files) {
    UnparsedMentions mentions;
    for (const auto& file : files) {
        if (!parse_failed(file->yaml) || !text_looks_like_dag_file(file->source.text())) continue;
        if (!add_mentions(*file, mentions)) break;
    }
    return mentions;
}

}  // namespace reclint
