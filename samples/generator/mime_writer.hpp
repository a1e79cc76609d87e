// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Writes RFC 5322 / MIME messages the way 2013 mail clients did: a text body
/// and .docx attachments in base64, Vietnamese names in RFC 2047 encoded
/// words (B and Q), RFC 2231 parameters, or Outlook's windows-1258 words.

#include "text_util.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace baocao::samplegen {

/// How an attachment's file name is written in its headers.
enum class name_encoding {
    rfc2047_b,        ///< filename="=?UTF-8?B?...?="
    rfc2047_q,        ///< filename="=?UTF-8?Q?...?="
    rfc2231,          ///< filename*=UTF-8''B%C3%A1o... (continued when long)
    outlook_cp1258,   ///< name="=?windows-1258?Q?...?=" with the name in code page 1258
    plain             ///< ASCII name as is
};

struct mail_attachment {
    std::string file_name;     ///< UTF-8, NFC
    std::string content_type;  ///< "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    std::string data;
    name_encoding encoding = name_encoding::rfc2047_b;
};

/// One Received: hop, topmost (the receiving server) first.
struct mail_hop {
    std::string from_host;
    std::string by_host;
    moment when;               ///< written in the moment's own offset (+0700 or +0000)
};

struct mail_message {
    std::string from_name;
    std::string from_address;
    std::string to_name = "Ban Dân vận Tỉnh ủy";
    std::string to_address = "bandanvan@hatinh.example.vn";
    std::string subject;
    moment date;                       ///< Date: as the sender's client wrote it
    std::vector<mail_hop> received;    ///< topmost first
    std::string body;                  ///< UTF-8 text, '\n' line ends
    bool body_8bit = false;            ///< send the body unencoded (8bit) instead of quoted-printable
    std::vector<mail_attachment> attachments;
    std::string message_id;
    std::uint64_t boundary_seed = 1;   ///< the MIME boundary is derived from it, never from the clock
    std::string mailer = "Microsoft Outlook 14.0";
};

/// The message as bytes with CRLF line ends.
std::string write_message(const mail_message& m);

/// An RFC 2047 B-encoded header value, split into words of at most 75 characters.
std::string encode_word_b(const std::string& utf8, const std::string& charset = "UTF-8");
/// An RFC 2047 Q-encoded word for `bytes` already in `charset`.
std::string encode_word_q(const std::string& bytes, const std::string& charset = "UTF-8");
/// `utf8` converted to code page 1258 (base letters plus combining tone bytes).
std::string to_cp1258(const std::string& utf8);
/// Quoted-printable body text with CRLF line ends.
std::string quoted_printable(const std::string& utf8);

}  // namespace baocao::samplegen
