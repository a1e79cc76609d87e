// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The sample inbox: reports of the Hà Tĩnh units answering plan 99-KH/TU,
/// delivered as files, e-mails, an mbox, a Maildir and a zip bundle, with
/// expected.json describing what the pipeline should find.

#include <cstdint>
#include <filesystem>

namespace baocao::samplegen {

/// Writes plan-99-KH-TU.docx, roster.json, inbox/ and expected.json into `out`.
/// Byte-identical for the same seed. Returns the number of files written.
int write_demo(const std::filesystem::path& out, std::uint64_t seed);

}  // namespace baocao::samplegen
