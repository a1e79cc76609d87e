// SPDX-License-Identifier: Apache-2.0
#pragma once
// A POP3 session (RFC 1939) over a connected socket: login, the message list
// with unique ids, retrieval with end-of-message checking, deletion.

#include <Poco/Net/DialogSocket.h>
#include <Poco/Net/StreamSocket.h>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::cli {

/// One message on the server, from LIST and UIDL.
struct server_message {
    int number = 0;          ///< position in this session (1-based)
    std::uint64_t size = 0;  ///< octets, as the server counts them
    std::string uidl;        ///< the server's persistent unique id
};

/// A POP3 client session. Built on Poco's DialogSocket rather than
/// POP3ClientSession, which in Poco 1.11 has no UIDL and ends a message at a
/// dropped connection without saying so (a cut message would be stored as whole).
class pop3_session {
public:
    /// Takes a connected socket (plain or TLS) and reads the greeting.
    /// Throws fetch_error.
    explicit pop3_session(const Poco::Net::StreamSocket& socket);

    /// USER then PASS. Throws fetch_error(auth) when either is refused; the
    /// password appears in no message.
    void login(const std::string& user, const std::string& password);

    /// Every message with its size and UIDL, in server order.
    std::vector<server_message> list_messages();

    /// RETR: hands the message's bytes (dot-stuffing undone, CRLF kept) to
    /// `sink` in pieces. Throws server_refusal on "-ERR", fetch_error(network)
    /// when the connection ends before the terminating "." line.
    void retrieve(int number, const std::function<void(std::string_view)>& sink);

    /// DELE: marks a message; the server removes it at QUIT only.
    void mark_deleted(int number);

    /// QUIT: ends the session, committing the deletions. Throws fetch_error
    /// when the server does not confirm.
    void quit();

    /// Closes the connection without QUIT: marked messages stay on the server.
    void abandon();

private:
    std::string command(const std::string& verb, const std::string& arg, const std::string& doing);
    std::string read_status_line(const std::string& doing);
    bool read_line(std::string& line, std::size_t limit);
    std::vector<std::string> read_multiline(const std::string& doing);

    Poco::Net::DialogSocket socket_;
    bool open_ = true;
};

}  // namespace baocao::cli
