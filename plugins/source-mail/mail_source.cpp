// SPDX-License-Identifier: Apache-2.0
#include "mail_source.hpp"

#include "apple_mail_message.hpp"
#include "child_item.hpp"
#include "compound_file.hpp"
#include "mail_sniff.hpp"
#include "mbox_reader.hpp"
#include "message_reader.hpp"
#include "outlook_message.hpp"

#include <baocao/sdk/error.hpp>
#include <baocao/sdk/file_open.hpp>

namespace baocao::plugins {

namespace {

void expand_mbox(const item& it, const context& ctx, const item_sink& emit, const reject_fn& reject) {
    const std::uint64_t max = ctx.limits().max_input_bytes;
    auto on_message = [&](std::size_t position, std::string&& bytes, bool too_large) {
        const std::string name = std::to_string(position);
        if (too_large) {
            reject(name, error_code::too_large,
                   "message " + name + " is larger than max_input_bytes (" + std::to_string(max) + ")");
            return;
        }
        emit(in_memory_child(it, name, std::move(bytes)));
    };
    if (it.in_memory()) {
        split_mbox(*it.bytes, max, on_message);
        return;
    }
    // Streamed: a mailbox may be far larger than any one message in it.
    const file_handle file = open_regular_file(it.path);
    try {
        split_mbox_file(file.fd(), max, on_message);
    } catch (const std::runtime_error& e) {
        if (dynamic_cast<const rejection_error*>(&e)) throw;
        throw rejection_error(error_code::unreadable, e.what());
    }
}

}  // namespace

probe_score mail_source::probe(const item& it, std::string_view head) const {
    if (!it.in_memory() && it.path.empty()) return probe_scale::none;
    const std::string ext = it.extension();
    // Outlook's .msg is a compound file, as a .doc is: known by its name.
    if (is_compound_file(head)) return ext == "msg" ? probe_scale::content_and_name : probe_scale::none;
    if (emlx_message_start(head)) return ext == "emlx" ? probe_scale::content_and_name : probe_scale::content_loose;
    if (ext == "emlx") return probe_scale::name_only;   // read, to be refused as damaged
    switch (classify_mail(head, ext)) {
        case mail_kind::mbox:
            return ext == "mbox" ? probe_scale::content_and_name : probe_scale::preferred;
        case mail_kind::message:
            if (looks_like_header_block(skip_bom(head))) return ext == "eml" ? probe_scale::content_and_name : probe_scale::content_loose;
            if (skip_bom(head).starts_with("From ")) return probe_scale::content_and_name;  // .eml keeping its mbox "From " line
            return probe_scale::name_only;
        case mail_kind::none:
            break;
    }
    return probe_scale::none;
}

void mail_source::expand(const item& it, const context& ctx, const item_sink& emit,
                         const std::function<void(const std::string&, error_code, const std::string&)>& reject) const {
    const std::string head = it.head(4096);
    if (is_compound_file(head)) {
        read_outlook_message(it, ctx, emit, reject);
    } else if (emlx_message_start(head) || it.extension() == "emlx") {
        // The message alone, without the length line before it and Apple Mail's properties after it.
        std::string bytes = it.read_all(ctx.limits().max_input_bytes);
        const auto message = emlx_message(bytes);
        if (!message || message->empty())
            throw rejection_error(error_code::corrupt_mime, "an Apple Mail .emlx without the length line its message follows");
        // Cut to the message in place rather than copying it out.
        const auto from = static_cast<std::size_t>(message->data() - bytes.data());
        bytes.resize(from + message->size());
        bytes.erase(0, from);
        item inner = it;
        inner.path.clear();
        inner.bytes = std::make_shared<const std::string>(std::move(bytes));
        // Where the file is on disk: its path, or, once the engine has read a small file into memory,
        // its source when that names no container ("#").
        const std::filesystem::path on_disk =
            !it.path.empty() ? it.path : it.source.find('#') == std::string::npos ? std::filesystem::path(it.source) : std::filesystem::path();
        read_message(inner, ctx, emit, reject,
                     on_disk.empty() ? detached_part_fn{} : apple_mail_attachments(on_disk, ctx.limits().max_input_bytes));
    } else if (classify_mail(head, it.extension()) == mail_kind::mbox) {
        expand_mbox(it, ctx, emit, reject);
    } else {
        read_message(it, ctx, emit, reject);
    }
}

}  // namespace baocao::plugins
