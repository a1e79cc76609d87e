// SPDX-License-Identifier: Apache-2.0
#include "message_reader.hpp"

#include "unique_names.hpp"
#include "gmime_support.hpp"
#include "encoded_words.hpp"
#include "mail_names.hpp"
#include "mail_sniff.hpp"
#include "message_envelope.hpp"
#include "tnef_reader.hpp"
#include "uuencode.hpp"

#include <baocao/sdk/error.hpp>
#include <baocao/sdk/file_open.hpp>
#include <baocao/sdk/text.hpp>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace baocao::plugins {

namespace {

bool type_is(GMimeObject* obj, const char* type, const char* subtype) {
    GMimeContentType* ct = g_mime_object_get_content_type(obj);
    return ct && g_mime_content_type_is_type(ct, type, subtype);
}

std::string mime_type_of(GMimeObject* obj) {
    GMimeContentType* ct = g_mime_object_get_content_type(obj);
    if (!ct) return "application/octet-stream";
    gchar_ptr t(g_mime_content_type_get_mime_type(ct));
    return t ? std::string(t.get()) : std::string("application/octet-stream");
}

bool is_signature(GMimeObject* obj) {
    return type_is(obj, "application", "pgp-signature") || type_is(obj, "application", "pkcs7-signature") ||
           type_is(obj, "application", "x-pkcs7-signature");
}

bool is_attachment_disposition(GMimeObject* obj) {
    GMimeContentDisposition* d = g_mime_object_get_content_disposition(obj);
    return d && g_mime_content_disposition_is_attachment(d);
}

std::string decoded_content(GMimePart* part) {
    GMimeDataWrapper* content = g_mime_part_get_content(part);
    if (!content) return {};
    gobject_ptr<GMimeStream> out(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, out.get());
    return stream_bytes(out.get());
}

std::string serialized(GMimeObject* obj) {
    gobject_ptr<GMimeStream> out(g_mime_stream_mem_new());
    g_mime_object_write_to_stream(obj, nullptr, out.get());
    return stream_bytes(out.get());
}

std::string child_path(const std::string& parent, int index) {
    return parent.empty() ? std::to_string(index) : parent + "." + std::to_string(index);
}

/// What a message/partial fragment is, for its rejection.
std::string partial_text(GMimeMessagePartial* partial) {
    const int number = g_mime_message_partial_get_number(partial);
    const int total = g_mime_message_partial_get_total(partial);
    const char* id = g_mime_message_partial_get_id(partial);
    std::string s = "a message/partial fragment";
    if (number > 0) s += " (part " + std::to_string(number) + (total > 0 ? " of " + std::to_string(total) : "") + ")";
    if (id) s += ", id " + text::sanitize_utf8(id);
    return s + ": the sender's client split the message into several; fragments are not joined, ask for the file whole";
}

/// Walks one message's MIME tree and hands back its children.
class mime_walker {
public:
    mime_walker(const context& ctx, const item& it, envelope base, const item_sink& emit, const reject_fn& reject,
                const detached_part_fn& detached)
        : ctx_(ctx), it_(it), base_(std::move(base)), emit_(emit), reject_(reject), detached_(detached) {}

    void walk(GMimeObject* obj, std::uint32_t depth, const std::string& path, bool in_related = false) {
        if (depth > ctx_.limits().max_mime_depth) {
            const char* fn = GMIME_IS_PART(obj) ? g_mime_part_get_filename(GMIME_PART(obj)) : nullptr;
            const std::string name = fn ? clean_attachment_name(fn) : "part-" + path;
            refuse(names_.take(name.empty() ? "part-" + path : name), error_code::too_deep,
                   "MIME part " + path + " is nested deeper than max_mime_depth (" +
                       std::to_string(ctx_.limits().max_mime_depth) + ")");
            return;
        }
        if (GMIME_IS_MULTIPART_ENCRYPTED(obj)) {
            refuse(names_.take("part-" + (path.empty() ? std::string("1") : path)), error_code::encrypted,
                   "the message body is encrypted (PGP/MIME)");
            return;
        }
        if (GMIME_IS_MULTIPART(obj)) {
            GMimeMultipart* mp = GMIME_MULTIPART(obj);
            const int n = g_mime_multipart_get_count(mp);
            if (n == 0) {
                broken_.push_back(path.empty() ? std::string("1") : path);
                return;
            }
            const bool related = type_is(obj, "multipart", "related");
            for (int i = 0; i < n; ++i)
                walk(g_mime_multipart_get_part(mp, i), depth + 1, child_path(path, i + 1), related);
            return;
        }
        if (GMIME_IS_MESSAGE_PARTIAL(obj)) {
            refuse(names_.take("part-" + (path.empty() ? std::string("1") : path)), error_code::partial_message,
                   partial_text(GMIME_MESSAGE_PARTIAL(obj)));
            return;
        }
        if (GMIME_IS_MESSAGE_PART(obj)) {
            GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(obj));
            if (!inner) return;
            std::string name = clean_attachment_name(encoded_word_file_name(obj));
            const char* fn = g_mime_object_get_content_disposition_parameter(obj, "filename");
            if (!fn) fn = g_mime_object_get_content_type_parameter(obj, "name");
            if (name.empty() && fn) name = clean_attachment_name(fn);
            if (name.empty()) name = message_file_name(or_empty(g_mime_message_get_subject(inner)));
            add_child(name, serialized(GMIME_OBJECT(inner)));
            return;
        }
        if (GMIME_IS_PART(obj)) visit_part(GMIME_PART(obj), path.empty() ? std::string("1") : path, in_related);
    }

    int emitted() const { return emitted_; }
    /// The parts refused, in order; read_message reports them (report_refused).
    const std::vector<refused_child>& refused() const { return refused_; }
    const std::vector<std::string>& broken() const { return broken_; }

private:
    void visit_part(GMimePart* part, const std::string& path, bool in_related) {
        GMimeObject* obj = GMIME_OBJECT(part);
        if (is_signature(obj)) return;
        if (type_is(obj, "application", "pkcs7-mime") || type_is(obj, "application", "x-pkcs7-mime")) {
            refuse(names_.take("part-" + path), error_code::encrypted, "the message body is S/MIME encrypted or signed");
            return;
        }
        std::string filename = clean_attachment_name(encoded_word_file_name(obj));
        if (filename.empty()) filename = clean_attachment_name(or_empty(g_mime_part_get_filename(part)));
        // A Mac's AppleDouble (RFC 1740): the application/applefile part holds
        // the resource fork and Finder data of the file sent beside it, never a
        // document. It is skipped under its own name, so the report's name is
        // left to the data fork.
        if (type_is(obj, "application", "applefile")) {
            const std::string named = filename.empty() ? "part-" + path : filename;
            reject_(names_.take("._" + named), error_code::appledouble,
                    "the Mac resource fork (AppleDouble) of '" + named + "'; the file itself is the part beside it");
            return;
        }
        const bool attachment = is_attachment_disposition(obj);
        const bool text = type_is(obj, "text", "*");
        // A transfer-encoded message/rfc822 (not allowed, but sent) arrives as a plain part.
        const bool message = type_is(obj, "message", "rfc822") || type_is(obj, "message", "global");
        if (filename.empty() && !attachment && text) {
            // A body; old clients and gateways uuencode attachments into it.
            add_uuencoded(part);
            return;
        }
        // Outlook's image001.png: a picture the HTML body shows (cid:), named but no attachment.
        if (in_related && !attachment && type_is(obj, "image", "*") && g_mime_object_get_content_id(obj)) return;
        std::string bytes = decoded_content(part);
        if (bytes.empty() && !filename.empty() && detached_)
            if (auto kept = detached_(path, filename)) bytes = std::move(*kept);
        if (filename.empty() && !attachment && !message && !has_document_magic(bytes)) return;  // inline resource
        // A forwarded message saved from a mailbox keeps its From_ line: it is
        // one message, never a mailbox to split.
        if (message && bytes.starts_with("From ")) bytes.erase(0, std::min(bytes.size(), bytes.find('\n') + 1));
        // Outlook's winmail.dat: the files it wraps are the attachments.
        if (is_tnef(bytes)) {
            bool any = false;
            for (auto& f : read_tnef(bytes, ctx_.limits().max_mime_parts)) {
                std::string inner = clean_attachment_name(f.name);
                if (inner.empty()) inner = generated_name(path, "application/octet-stream", f.bytes);
                add_child(inner, std::move(f.bytes));
                any = true;
            }
            if (any) return;
        }
        std::string name = filename;
        if (name.empty() && message) name = "message-" + path + ".eml";
        if (name.empty()) name = generated_name(path, mime_type_of(obj), bytes);
        add_child(name, std::move(bytes));
    }

    /// The files uuencoded into a text body, each a child like an attachment.
    void add_uuencoded(GMimePart* part) {
        if (!GMIME_IS_TEXT_PART(part)) return;
        const std::string body = decoded_content(part);
        if (body.find("begin ") == std::string::npos) return;
        const std::size_t room = ctx_.limits().max_mime_parts;
        for (auto& f : find_uuencoded(body, room)) {
            std::string name = clean_attachment_name(f.name);
            if (name.empty()) name = generated_name("uu", "application/octet-stream", f.bytes);
            add_child(name, std::move(f.bytes));
        }
    }

    void refuse(const std::string& name, error_code code, const std::string& message) {
        refused_.push_back({name, code, message});
    }

    void add_child(const std::string& name, std::string bytes) {
        item child;
        child.name = names_.take(name);
        child.bytes = std::make_shared<const std::string>(std::move(bytes));
        child.env = base_;
        child.env.attachment_name = name;
        child.depth = it_.depth + 1;
        emit_(std::move(child));
        ++emitted_;
    }

    const context& ctx_;
    const item& it_;
    envelope base_;
    const item_sink& emit_;
    const reject_fn& reject_;
    const detached_part_fn& detached_;
    unique_names names_;
    std::vector<std::string> broken_;
    std::vector<refused_child> refused_;
    int emitted_ = 0;
};

/// Counts the lines that may open a MIME part ("--" then a boundary; a
/// signature's "-- " is not one) in `data`, carrying the state of the line
/// start across pieces; stops counting past `limit`.
class boundary_counter {
public:
    explicit boundary_counter(std::uint64_t limit) : limit_(limit) {}
    void feed(std::string_view data) {
        for (char c : data) {
            if (count_ > limit_) return;
            if (at_line_start_ >= 0) {
                if (at_line_start_ < 2 && c == '-') {
                    ++at_line_start_;
                } else {
                    if (at_line_start_ == 2 && c != ' ' && c != '\t' && c != '\r' && c != '\n') ++count_;
                    at_line_start_ = -1;
                }
            }
            if (c == '\n') at_line_start_ = 0;
        }
    }
    bool over() const { return count_ > limit_; }

private:
    std::uint64_t limit_;
    std::uint64_t count_ = 0;
    int at_line_start_ = 0;  ///< dashes seen at the start of this line, -1 once past it
};

/// Refuses a message with more parts than max_mime_parts before GMime builds
/// them: its tree costs far more than the bytes (300 000 tiny parts in 20 MB
/// took 1.5 GB), so the size limit alone does not bound it.
void check_part_count(const item& it, const context& ctx) {
    const std::uint32_t limit = ctx.limits().max_mime_parts;
    boundary_counter counter(limit);
    if (it.in_memory()) {
        counter.feed(*it.bytes);
    } else {
        const file_handle file = open_regular_file(it.path);
        std::string chunk(64u << 10, '\0');
        for (;;) {
            const ssize_t n = ::read(file.fd(), chunk.data(), chunk.size());
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) throw rejection_error(error_code::unreadable, std::string("cannot read: ") + std::strerror(errno));
            if (n == 0 || counter.over()) break;
            counter.feed(std::string_view(chunk.data(), static_cast<std::size_t>(n)));
        }
    }
    if (counter.over())
        throw rejection_error(error_code::too_large, "the message has more than max_mime_parts (" +
                                                         std::to_string(limit) + ") MIME parts");
}

/// A GMime stream over the item: the file itself (parts then stay on disk
/// until decoded) or a copy of the in-memory bytes. Skips a byte order mark.
gobject_ptr<GMimeStream> open_stream(const item& it, const context& ctx) {
    const std::uint64_t max = ctx.limits().max_input_bytes;
    gobject_ptr<GMimeStream> base;
    if (it.in_memory()) {
        if (it.bytes->size() > max)
            throw rejection_error(error_code::too_large, "the message is larger than max_input_bytes");
        base.reset(g_mime_stream_mem_new_with_buffer(it.bytes->data(), it.bytes->size()));
    } else {
        if (it.size() > max) throw rejection_error(error_code::too_large, "the message is larger than max_input_bytes");
        base.reset(g_mime_stream_fs_new(open_regular_file(it.path).release()));
    }
    const std::string head = it.head(3);
    if (head == "\xEF\xBB\xBF") {
        gobject_ptr<GMimeStream> sub(g_mime_stream_substream(base.get(), 3, -1));
        return sub;
    }
    return base;
}

}  // namespace

void report_refused(const std::vector<refused_child>& refused, int emitted, const std::string& sender, const reject_fn& reject) {
    if (emitted == 0 && !refused.empty()) {
        // The first few named; a message of thousands of refused parts gets a message of a few lines.
        constexpr std::size_t named = 5;
        std::string why;
        for (std::size_t i = 0; i < refused.size() && i < named; ++i)
            why += (why.empty() ? "" : "; ") + refused[i].name + ": " + refused[i].message;
        if (refused.size() > named) why += "; and " + std::to_string(refused.size() - named) + " more parts refused";
        throw rejection_error(refused.front().code, why, sender);
    }
    for (const auto& r : refused) reject(r.name, r.code, r.message);
}

void read_message(const item& it, const context& ctx, const item_sink& emit, const reject_fn& reject,
                  const detached_part_fn& detached) {
    ensure_gmime();
    gobject_ptr<GMimeStream> stream = open_stream(it, ctx);
    check_part_count(it, ctx);
    const parser_options_ptr options = make_parser_options();
    gobject_ptr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    // A message saved from a mailbox may keep its "From " line.
    if (skip_bom(it.head(8)).starts_with("From ")) g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MBOX);
    gobject_ptr<GMimeMessage> msg(g_mime_parser_construct_message(parser.get(), options.get()));
    if (!msg) throw rejection_error(error_code::corrupt_mime, "no message headers could be read");
    GMimeHeaderList* headers = g_mime_object_get_header_list(GMIME_OBJECT(msg.get()));
    if (!headers || g_mime_header_list_get_count(headers) == 0)
        throw rejection_error(error_code::corrupt_mime, "no message headers could be read");

    const envelope own = read_envelope(msg.get(), ctx.utc_offset_minutes());
    GMimeObject* body = g_mime_message_get_mime_part(msg.get());
    if (body && GMIME_IS_MESSAGE_PARTIAL(body))
        throw rejection_error(error_code::partial_message, partial_text(GMIME_MESSAGE_PARTIAL(body)), own.sender);
    const envelope base = it.env.message_key.empty() ? own : merge_carried(it.env, own);
    mime_walker walker(ctx, it, base, emit, reject, detached);
    if (body) walker.walk(body, 1, "");

    report_refused(walker.refused(), walker.emitted(), own.sender, reject);
    const auto& broken = walker.broken();
    if (walker.emitted() == 0 && walker.refused().empty()) {
        if (!broken.empty())
            throw rejection_error(error_code::corrupt_mime,
                                  "multipart " + broken.front() + " has no parts (boundary missing or never found)");
        throw rejection_error(error_code::no_attachment, "the message has no attachment", own.sender);
    }
    for (const auto& path : broken)
        reject("part-" + path, error_code::corrupt_mime,
               "multipart " + path + " has no parts (boundary missing or never found)");
}

}  // namespace baocao::plugins
