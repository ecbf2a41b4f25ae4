#include "load/yaml_loader.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <functional>
#include <istream>
#include <string_view>
#include <vector>

#include "load/flow_nesting.hpp"
#include "load/json_insertions.hpp"
#include "load/memory_meter.hpp"
#include "load/parser_text.hpp"
#include "load/text_checks.hpp"
#include "load/tree_builder.hpp"

namespace reclint {

namespace {

// Hands yaml-cpp the text in small pieces without copying it, with the MarkMapping's insertions
// in place, and ends the text early once loading has used up its memory budget.
class TextStream final : public std::streambuf {
  public:
    TextStream(std::string_view text, const MarkMapping& marks, std::function<bool()> out_of_memory)
        : out_of_memory_(std::move(out_of_memory)) {
        std::size_t from = 0;
        for (const Insertion& insertion : marks.insertions()) {
            pieces_.push_back(text.substr(from, insertion.at - from));
            pieces_.push_back(insertion.bytes);
            from = insertion.at;
        }
        pieces_.push_back(text.substr(from));
        if (pieces_.size() > 1) copy_head();
    }

    bool cut() const { return cut_; }

  protected:
    int_type underflow() override {
        if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
        if (out_of_memory_()) {
            cut_ = true;
            return traits_type::eof();
        }
        while (piece_ < pieces_.size() && used_ == pieces_[piece_].size())
            ++piece_, used_ = 0;
        if (piece_ == pieces_.size()) return traits_type::eof();
        const std::string_view rest = pieces_[piece_].substr(used_, kChunk);
        used_ += rest.size();
        char* begin = const_cast<char*>(rest.data());  // yaml-cpp only reads
        setg(begin, begin, begin + rest.size());
        return traits_type::to_int_type(*begin);
    }

  private:
    static constexpr std::size_t kChunk = 4096;  // the memory budget is checked once per chunk

    // yaml-cpp puts back up to four bytes it read to detect the encoding: those must lie in one
    // piece, so the first chunk is a copy of what the first pieces hold.
    void copy_head() {
        std::vector<std::string_view> pieces{{}};
        for (const std::string_view piece : pieces_) {
            const std::size_t taken = std::min(piece.size(), kChunk - head_.size());
            head_.append(piece.substr(0, taken));
            if (taken < piece.size()) pieces.push_back(piece.substr(taken));
        }
        pieces.front() = head_;
        pieces_ = std::move(pieces);
    }

    std::function<bool()> out_of_memory_;
    std::string head_;
    std::vector<std::string_view> pieces_;
    std::size_t piece_ = 0;
    std::size_t used_ = 0;
    bool cut_ = false;
};

MarkMapping mark_mapping(const SourceFile& source) {
    const std::string_view text = source.text();
    const bool json = std::string_view(source.path()).ends_with(".json");
    return {static_cast<std::uint32_t>(text.size()), json ? json_insertions(text) : std::vector<Insertion>{}};
}

// yaml-cpp's messages are terse; say what is wrong and how it usually happens.
std::string explain_syntax_error(const std::string& message) {
    static const std::pair<std::string_view, std::string_view> kClearer[] = {
        {"end of sequence flow not found", "\"]\" expected: a flow sequence is not closed"},
        {"end of map flow not found", "\"}\" expected: a flow mapping is not closed"},
        {"illegal flow end", "this bracket does not close the collection that is open here"},
        {"illegal map value",
         "a mapping value is not allowed here; check the indentation, or quote a value that "
         "contains \": \""},
        {"illegal block entry", "a sequence entry (\"- \") is not allowed here; check the indentation"},
        {"end of map not found", "the mapping does not end where expected; check the indentation"},
        {"end of sequence not found", "the sequence does not end where expected; check the indentation"},
    };
    for (const auto& [terse, better] : kClearer) {
        if (message == terse) return std::string(better);
    }
    return message;
}

// Where a tab indents the line of `offset`, if one does: the usual cause of a confusing error.
std::optional<std::uint32_t> indenting_tab(const SourceFile& source, std::uint32_t offset) {
    const Position at = source.position(offset);
    const std::string_view line = source.line_text(at.line);
    const std::string_view indent = line.substr(0, std::min(line.find_first_not_of(" \t"), line.size()));
    const std::size_t tab = indent.find('\t');
    if (tab == std::string_view::npos) return std::nullopt;
    return source.offset({at.line, 1}) + static_cast<std::uint32_t>(tab);
}

LoadProblem syntax_problem(const SourceFile& source, const YAML::Exception& error, std::uint32_t at,
                           const TreeBuilder& builder) {
    const bool on_character = at < source.text().size() && source.text()[at] != '\n';
    if (const auto tab = indenting_tab(source, at)) {
        return {LoadProblem::Kind::syntax, {*tab, *tab + 1}, "a tab indents this line; YAML indents with spaces only"};
    }
    // A "," where no flow collection is open: yaml-cpp says only that the collection did not end.
    const bool stray_comma = on_character && source.text()[at] == ',' &&
                             !builder.innermost_open_flow(NodeType::sequence) &&
                             !builder.innermost_open_flow(NodeType::mapping);
    LoadProblem problem{LoadProblem::Kind::syntax,
                        {at, on_character ? at + 1 : at},
                        stray_comma ? std::string(kStrayCommaMessage) : explain_syntax_error(error.msg)};
    const bool sequence = error.msg == "end of sequence flow not found";
    if (sequence || error.msg == "end of map flow not found") {
        if (const Node* open = builder.innermost_open_flow(sequence ? NodeType::sequence : NodeType::mapping)) {
            problem.note_span = Span{open->span.begin, open->span.begin + 1};
            problem.note = sequence ? "the sequence opens here" : "the mapping opens here";
        }
    }
    return problem;
}

std::string too_deep(std::size_t levels) {
    return "nesting deeper than " + std::to_string(levels) + " levels";
}

// Loading ran out of its memory budget. The usual cause is a deep run of "[" that the pre-check
// did not recognize; otherwise a long flow collection yaml-cpp had to hold whole.
LoadProblem out_of_memory_problem(const SourceFile& source, std::uint32_t where, const YamlLimits& limits) {
    if (const auto deep = find_too_deep_flow(source.text(), limits.max_depth)) {
        return {LoadProblem::Kind::limits, {*deep, *deep + 1}, too_deep(limits.max_depth)};
    }
    return {LoadProblem::Kind::limits,
            {where, where},
            "the YAML parser needs more than " + std::to_string(limits.memory_budget(source.text().size()) >> 20) +
                " MiB for this file (a very long \"[...]\" or \"{...}\"?)"};
}

// Runs yaml-cpp over the whole text; the first problem that stops it, if any.
std::optional<LoadProblem> run_parser(const SourceFile& source, const MarkMapping& marks, TreeBuilder& builder,
                                      std::istream& stream) {
    try {
        YAML::Parser parser(stream);
        while (parser.HandleNextDocument(builder)) {
        }
    } catch (const StopLoading& stop) {
        return stop.problem;
    } catch (const YAML::DeepRecursion& error) {
        // yaml-cpp's own guard (its message is "bad file"). Only a "[" left open at the end of
        // the text gets there before the tree builder's limit: each of those counts twice.
        Span span{marks.offset(error.mark), marks.offset(error.mark)};
        if (const Node* open = builder.innermost_open_flow(NodeType::sequence))
            span = {open->span.begin, open->span.begin + 1};
        return LoadProblem{LoadProblem::Kind::limits, span,
                           "nesting too deep for the YAML parser (is a \"[\" never closed?)"};
    } catch (const YAML::Exception& error) {
        return syntax_problem(source, error, marks.offset(error.mark), builder);
    } catch (const std::exception& error) {
        return LoadProblem{LoadProblem::Kind::syntax, {0, 0}, std::string("the YAML parser failed: ") + error.what()};
    }
    return std::nullopt;
}

}  // namespace

ParsedYaml parse_yaml(const SourceFile& source, const YamlLimits& limits) {
    ParsedYaml result;
    if (auto problem = check_text(source)) {
        result.problems.push_back(std::move(*problem));
        return result;
    }
    if (const auto deep = find_too_deep_flow(source.text(), limits.max_depth)) {
        result.problems.push_back({LoadProblem::Kind::limits, {*deep, *deep + 1}, too_deep(limits.max_depth)});
        return result;
    }
    const MemoryMeter meter;
    const std::size_t budget = limits.memory_budget(source.text().size());
    bool exceeded = false;  // stays set: memory is freed again as yaml-cpp unwinds
    const auto out_of_memory = [&] { return exceeded = exceeded || meter.in_use() > budget; };
    result.arena =
        std::make_unique<std::pmr::monotonic_buffer_resource>(std::max<std::size_t>(1024, source.text().size() * 4));
    const MarkMapping marks = mark_mapping(source);
    const std::optional<std::string> rewritten =
        parser_text(source.text(), std::string_view(source.path()).ends_with(".json"));
    TextStream text_stream(rewritten ? std::string_view(*rewritten) : source.text(), marks, out_of_memory);
    std::istream stream(&text_stream);
    TreeBuilder builder(source.text(), marks, limits, *result.arena, out_of_memory);
    std::optional<LoadProblem> stopped = run_parser(source, marks, builder, stream);
    if (exceeded) {
        stopped = out_of_memory_problem(source, builder.furthest_event(), limits);
    }
    if (stopped) result.problems.push_back(std::move(*stopped));
    result.documents = std::move(builder.documents);
    for (LoadProblem& duplicate : builder.duplicate_keys)
        result.problems.push_back(std::move(duplicate));
    return result;
}

bool parse_failed(const ParsedYaml& yaml) {
    return std::any_of(yaml.problems.begin(), yaml.problems.end(),
                       [](const LoadProblem& problem) { return problem.kind != LoadProblem::Kind::duplicate_key; });
}

}  // namespace reclint
