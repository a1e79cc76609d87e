// SPDX-License-Identifier: Apache-2.0
#include "outlook_message.hpp"

#include "gmime_support.hpp"
#include "mail_names.hpp"
#include "mapi_properties.hpp"
#include "message_envelope.hpp"
#include "unique_names.hpp"

#include <baocao/sdk/error.hpp>
#include <baocao/sdk/text.hpp>

namespace baocao::plugins {

namespace {

// Property ids ([MS-OXPROPS]).
constexpr std::uint16_t pr_subject = 0x0037, pr_client_submit_time = 0x0039, pr_sent_representing_name = 0x0042,
                        pr_sent_representing_email = 0x0065, pr_transport_message_headers = 0x007D,
                        pr_sender_name = 0x0C1A, pr_sender_email = 0x0C1F, pr_message_delivery_time = 0x0E06,
                        pr_internet_message_id = 0x1035, pr_sender_smtp_address = 0x5D01, pr_sent_representing_smtp_address = 0x5D02;
constexpr std::uint16_t pr_attach_data = 0x3701, pr_attach_filename = 0x3704, pr_attach_method = 0x3705,
                        pr_attach_long_filename = 0x3707, pr_attach_mime_tag = 0x370E, pr_attach_content_id = 0x3712,
                        pr_display_name = 0x3001, pr_attachment_hidden = 0x7FFE;
// PR_ATTACH_METHOD values.
constexpr std::uint32_t attach_by_value = 1, attach_by_reference = 2, attach_by_ref_resolve = 3, attach_by_ref_only = 4,
                        attach_embedded_message = 5, attach_ole = 6;

constexpr std::string_view attachment_storage = "__attach_version1.0_#";
constexpr std::string_view embedded_message_storage = "__substg1.0_3701000D";

std::string clean_text(std::string_view s) { return text::collapse_spaces(text::to_nfc(text::sanitize_utf8(s))); }

/// An SMTP address, lower case; "" for an Exchange (X.500) address or anything without '@'.
std::string smtp_address(std::string_view value) {
    const std::string a = text::to_lower(text::trim(value));
    return a.find('@') != std::string::npos && a.front() != '/' && a.find(' ') == std::string::npos ? a : std::string();
}

/// The envelope the Internet headers Outlook kept give, read as a message's headers are.
envelope envelope_of_headers(const std::string& headers, int zone_less_offset_minutes) {
    ensure_gmime();
    std::string block = headers;
    while (!block.empty() && (block.back() == '\0' || block.back() == '\r' || block.back() == '\n')) block.pop_back();
    block += "\r\n\r\n";
    gobject_ptr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(block.data(), block.size()));
    gobject_ptr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    const parser_options_ptr options = make_parser_options();
    gobject_ptr<GMimeMessage> msg(g_mime_parser_construct_message(parser.get(), options.get()));
    if (!msg) return {};
    return read_envelope(msg.get(), zone_less_offset_minutes);
}

/// What a message object of the file says about itself (see read_outlook_message).
envelope envelope_of(const mapi_properties& props, int zone_less_offset_minutes) {
    envelope env;
    if (const std::string headers = props.text(pr_transport_message_headers); !headers.empty())
        env = envelope_of_headers(headers, zone_less_offset_minutes);
    if (env.sender.empty())
        for (const auto id : {pr_sender_smtp_address, pr_sent_representing_smtp_address, pr_sender_email, pr_sent_representing_email})
            if (env.sender = smtp_address(props.text(id)); !env.sender.empty()) break;
    if (env.sender_name.empty()) env.sender_name = clean_text(props.text(pr_sender_name));
    if (env.sender_name.empty()) env.sender_name = clean_text(props.text(pr_sent_representing_name));
    if (env.subject.empty()) env.subject = clean_text(props.text(pr_subject));
    if (env.message_id.empty()) {
        std::string id = text::trim(text::sanitize_utf8(props.text(pr_internet_message_id)));
        if (id.size() >= 2 && id.front() == '<' && id.back() == '>') id = id.substr(1, id.size() - 2);
        env.message_id = id;
    }
    if (!env.received_at) {
        // Outlook's own record of when the message arrived (the last hop's
        // Received:), else of when it was sent (Date:): a date, not a text that may be misread.
        env.received_at = props.time(pr_message_delivery_time);
        if (!env.received_at) env.received_at = props.time(pr_client_submit_time);
        if (env.received_at) env.date_problems.clear();
    }
    if (!env.message_id.empty())
        env.message_key = env.message_id;
    else if (env.message_key.empty())
        env.message_key = "sha256:" + text::sha256_hex(props.records() + '\n' + env.sender + '\n' + env.subject);
    return env;
}

/// Walks the attachments of one message object and hands back its files.
class attachment_walker {
public:
    attachment_walker(const compound_file& file, const context& ctx, const item& it, const item_sink& emit)
        : file_(file), ctx_(ctx), it_(it), emit_(emit) {}

    /// The attachments of the message in `storage` ("" the file's own), `depth` messages deep.
    void walk(const std::string& storage, const envelope& env, const std::string& charset, std::uint32_t depth) {
        std::size_t index = 0;
        for (const auto& name : file_.storages(storage)) {
            if (!text::to_lower(name).starts_with(attachment_storage)) continue;   // names compare without case
            ++index;
            const std::string path = storage.empty() ? name : storage + "/" + name;
            const std::string label = storage.empty() ? std::to_string(index) : depth_label_ + std::to_string(index);
            if (emitted_ + refused_.size() >= ctx_.limits().max_mime_parts) {
                refused_.push_back({names_.take("attachment-" + label), error_code::too_large,
                                    "the message has more than max_mime_parts (" + std::to_string(ctx_.limits().max_mime_parts) +
                                        ") attachments; the rest are not read"});
                return;
            }
            visit(path, label, env, charset, depth);
        }
    }

    int emitted() const { return emitted_; }
    /// The attachments refused, in order; the caller reports them (see read_outlook_message).
    const std::vector<refused_child>& refused() const { return refused_; }

private:
    void visit(const std::string& path, const std::string& label, const envelope& env, const std::string& charset, std::uint32_t depth) {
        const mapi_properties a(file_, path, mapi_object::attachment, charset);
        std::string shown = clean_attachment_name(a.text(pr_attach_long_filename));
        if (shown.empty()) shown = clean_attachment_name(a.text(pr_attach_filename));
        if (shown.empty()) shown = clean_attachment_name(a.text(pr_display_name));
        const std::uint32_t method = a.integer(pr_attach_method).value_or(attach_by_value);
        const std::string named = shown.empty() ? "attachment-" + label : shown;

        if (method == attach_embedded_message) {
            const std::string inner = path + "/" + std::string(embedded_message_storage);
            if (!file_.has_storage(inner)) return reject(named, error_code::corrupt_mime, "an attached Outlook item without its content");
            if (depth + 1 > ctx_.limits().max_mime_depth)
                return reject(named, error_code::too_deep, "an Outlook item attached deeper than max_mime_depth (" +
                                                               std::to_string(ctx_.limits().max_mime_depth) + ")");
            const mapi_properties message(file_, inner, mapi_object::embedded_message);
            // Its own envelope, as a forwarded message's: received when and from whom the carrier was.
            const envelope carried = merge_carried(env, envelope_of(message, ctx_.utc_offset_minutes()));
            const std::string outer_label = depth_label_;
            depth_label_ = label + ".";
            walk(inner, carried, message.charset(), depth + 1);
            depth_label_ = outer_label;
            return;
        }
        if (method == attach_ole)
            return reject(named, error_code::unsupported_format,
                          "an object embedded in the message (OLE), not an attached file: ask for the report attached as a file");
        if (method == attach_by_reference || method == attach_by_ref_resolve || method == attach_by_ref_only)
            return reject(named, error_code::unsupported_format,
                          "a link to a file on the sender's computer, not the file itself: ask for the report attached as a file");

        std::optional<std::string> data = a.binary(pr_attach_data);
        if (!data) return reject(named, error_code::corrupt_mime, "an attachment without its data");
        const std::string mime = text::to_lower(text::trim(a.text(pr_attach_mime_tag)));
        // A picture the HTML body shows (Outlook's image001.png): hidden, or referred to by a content id.
        const bool shown_in_body = a.boolean(pr_attachment_hidden).value_or(false) || !text::trim(a.text(pr_attach_content_id)).empty();
        if (shown_in_body && mime.starts_with("image/") && !has_document_magic(*data)) return;
        // An S/MIME message keeps its whole body, attachments included, in one such attachment.
        if (mime == "application/pkcs7-mime" || mime == "application/x-pkcs7-mime")
            return reject(named, error_code::encrypted, "the message is S/MIME encrypted or signed in one piece; ask for it unencrypted");
        std::string name = shown.empty() ? generated_name(label, mime, *data) : shown;
        item child;
        child.name = names_.take(name);
        child.bytes = std::make_shared<const std::string>(std::move(*data));
        child.env = env;
        child.env.attachment_name = name;
        child.depth = it_.depth + 1;
        emit_(std::move(child));
        ++emitted_;
    }

    void reject(const std::string& name, error_code code, const std::string& message) {
        refused_.push_back({names_.take(name), code, message});
    }

    const compound_file& file_;
    const context& ctx_;
    const item& it_;
    const item_sink& emit_;
    std::vector<refused_child> refused_;
    unique_names names_;
    std::string depth_label_;   ///< "2." inside the second attachment's attached item
    std::uint32_t emitted_ = 0;
};

}  // namespace

void read_outlook_message(const item& it, const context& ctx, const item_sink& emit, const reject_fn& reject) {
    const std::string bytes = it.read_all(ctx.limits().max_input_bytes);
    const compound_file file(bytes, ctx.limits().max_input_bytes, error_code::corrupt_mime);
    if (!file.has("__properties_version1.0") && !file.has("__substg1.0_001A001F") && !file.has("__substg1.0_001A001E"))
        throw rejection_error(error_code::corrupt_mime, "a compound file that is no Outlook message (no message properties)");
    const mapi_properties message(file, "", mapi_object::message);
    const envelope own = envelope_of(message, ctx.utc_offset_minutes());
    const envelope base = it.env.message_key.empty() ? own : merge_carried(it.env, own);
    attachment_walker walker(file, ctx, it, emit);
    walker.walk("", base, message.charset(), 1);
    // An S/MIME message's one attachment, its body, refused: the message is refused with its sender.
    report_refused(walker.refused(), static_cast<int>(walker.emitted()), own.sender, reject);
    if (walker.emitted() == 0 && walker.refused().empty())
        throw rejection_error(error_code::no_attachment, "the message has no attachment", own.sender);
}

}  // namespace baocao::plugins
