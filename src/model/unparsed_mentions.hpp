// The names that DAG files which do not parse mention. A table that no job is known to write may
// be written by a job in the part of such a file that did not parse: a finding about it only
// follows from the syntax error, and names that file.
#pragma once

#include <memory>
#include <span>
#include <string_view>
#include <unordered_map>

#include "text/span.hpp"

namespace reclint {

struct InputFile;

struct UnparsedMention {
    const InputFile* file = nullptr;
    Span span;  // the first mention in the file's text
};

using UnparsedMentions = std::unordered_map<std::string_view, UnparsedMention>;

// Past this many distinct words, the rest of the files is not indexed (a finding then stays as
// it is): a hostile file cannot make the index large.
constexpr std::size_t kMostUnparsedMentions = 100'000;

// Every dotted word (letters, digits and `_-`, with a dot inside: what a table name looks like)
// of the files that do not parse and look like DAG files, with its first mention, the files taken
// in order. Linear in their text.
UnparsedMentions find_unparsed_mentions(std::span<const std::shared_ptr<InputFile>> files);

}  // namespace reclint
