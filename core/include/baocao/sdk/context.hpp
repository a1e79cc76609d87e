// SPDX-License-Identifier: Apache-2.0
#pragma once
/// What the core gives every plugin call: the run's clock and time zone,
/// limits, logger, the plugin's own settings, the plan and the roster.
/// Nothing in a plugin reads the system clock: runs are reproducible.

#include <baocao/sdk/plan.hpp>
#include <baocao/sdk/roster.hpp>
#include <baocao/sdk/stored_text.hpp>

#include <Poco/JSON/Object.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace baocao {

/// Resource limits every stage must respect; all are settings ("limits" in the config).
struct limits {
    std::uint64_t max_input_bytes = 512ull << 20;       ///< one file or attachment
    std::uint64_t max_part_bytes = 256ull << 20;        ///< one inflated package part
    std::uint64_t max_total_inflated = 1ull << 30;      ///< all parts of one package
    std::uint32_t max_compression_ratio = 200;          ///< inflated / compressed, per entry
    std::uint32_t max_zip_entries = 10000;
    std::uint32_t max_container_depth = 8;              ///< nesting of containers (mbox → eml → zip ...)
    std::uint32_t max_xml_depth = 256;
    std::uint32_t max_mime_depth = 32;
    std::uint32_t max_mime_parts = 10000;               ///< MIME parts of one message, at any depth
    std::uint64_t max_paragraph_bytes = 4ull << 20;     ///< longer paragraphs are cut with a problem
    std::uint64_t max_document_text = 64ull << 20;      ///< extracted text of one document
};

enum class log_level { debug, info, warning, error };

class context {
public:
    virtual ~context() = default;
    /// The run's "now" in unix seconds (from --now or the config, else the clock at start).
    virtual std::int64_t now() const = 0;
    /// Offset of the reporting time zone from UTC, in minutes (+420 for Vietnam).
    virtual int utc_offset_minutes() const = 0;
    virtual const baocao::limits& limits() const = 0;
    /// This plugin's settings object from the pipeline config; never null (empty when none).
    virtual Poco::JSON::Object::Ptr settings() const = 0;
    virtual const plan_spec& plan() const = 0;
    virtual const baocao::roster& roster() const = 0;
    /// Writes to stderr with the plugin's name; thread-safe.
    virtual void log(log_level level, std::string_view message) const = 0;
    /// The run's text store (sdk/stored_text.hpp), for long text a stage
    /// keeps past its call: put it there and keep the handle. Thread-safe.
    virtual run_text_store& text_store() const = 0;
    /// Calls `task(0)` … `task(count - 1)` on the run's threads (as many as
    /// `-j` allows, the calling thread among them) and returns once every call
    /// has returned. Calls run at once and in any order, so each must write
    /// only its own results; what a stage makes of them must not depend on the
    /// order. For the stages called once per run (checkers, composers,
    /// emitters): called while the run reads its inputs, the calls are made one
    /// by one on the calling thread, as they are with `-j 1`. When calls throw,
    /// no new call starts and the first exception is rethrown here.
    virtual void for_each_in_parallel(std::size_t count, const std::function<void(std::size_t)>& task) const = 0;
};

/// Writes an output file atomically: the content goes to a temporary file in
/// the same folder, then is renamed over `target`. Throws std::runtime_error.
void write_file_atomically(const std::filesystem::path& target, std::string_view content);

/// An output file written piece by piece, so a large output never sits in
/// memory whole, and put in place atomically: the pieces go to a temporary
/// file in the same folder that commit() renames over the target. Without
/// commit() (an error, an exception) the temporary file is removed and the
/// previous output stays. Throws std::runtime_error.
class atomic_output_file {
public:
    explicit atomic_output_file(const std::filesystem::path& target);
    ~atomic_output_file();
    atomic_output_file(const atomic_output_file&) = delete;
    atomic_output_file& operator=(const atomic_output_file&) = delete;

    void write(std::string_view bytes);
    /// Flushes the file to disk and renames it over the target.
    void commit();

private:
    [[noreturn]] void fail(const char* what);

    std::filesystem::path target_;
    std::string temporary_;
    int fd_ = -1;
};

}  // namespace baocao
