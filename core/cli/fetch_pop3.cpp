// SPDX-License-Identifier: Apache-2.0
// POP3 commands and the multi-line response reader.
#include "fetch_pop3.hpp"

#include "fetch_connect.hpp"
#include "fetch_error.hpp"

#include <map>
#include <vector>

namespace baocao::cli {

namespace {

constexpr std::size_t status_line_limit = 64 * 1024;
constexpr int end_of_stream = -1;  // what DialogSocket::get() returns when the peer closed

bool positive(const std::string& line) { return line.rfind("+OK", 0) == 0; }

std::string trim_crlf(std::string line) {
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
    return line;
}

/// Parses "N rest" from a LIST or UIDL line.
bool split_numbered(const std::string& line, int& number, std::string& rest) {
    std::size_t i = 0;
    long n = 0;
    while (i < line.size() && line[i] >= '0' && line[i] <= '9' && n < 100000000) n = n * 10 + (line[i++] - '0');
    if (i == 0 || n <= 0 || i >= line.size() || (line[i] != ' ' && line[i] != '\t')) return false;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    rest = line.substr(i);
    while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t')) rest.pop_back();
    number = static_cast<int>(n);
    return !rest.empty();
}

}  // namespace

pop3_session::pop3_session(const Poco::Net::StreamSocket& socket) : socket_(socket) {
    const std::string greeting = read_status_line("waiting for the server's greeting");
    if (!positive(greeting))
        throw fetch_error(fetch_failure::network, "the server refused the session: " + trim_crlf(greeting));
}

bool pop3_session::read_line(std::string& line, std::size_t limit) {
    line.clear();
    for (;;) {
        const int c = socket_.get();
        if (c == end_of_stream) return false;
        line += static_cast<char>(c);
        if (c == '\n') return true;
        if (line.size() > limit) throw fetch_error(fetch_failure::other, "the server sent an overlong response line");
    }
}

std::string pop3_session::read_status_line(const std::string& doing) {
    std::string line;
    bool complete = false;
    try {
        complete = read_line(line, status_line_limit);
    } catch (...) {
        rethrow_as_fetch_error(doing);
    }
    if (!complete) throw fetch_error(fetch_failure::network, "the server closed the connection while " + doing);
    return trim_crlf(line);
}

std::string pop3_session::command(const std::string& verb, const std::string& arg, const std::string& doing) {
    try {
        if (arg.empty())
            socket_.sendMessage(verb);
        else
            socket_.sendMessage(verb, arg);
    } catch (...) {
        rethrow_as_fetch_error(doing);
    }
    return read_status_line(doing);
}

std::vector<std::string> pop3_session::read_multiline(const std::string& doing) {
    std::vector<std::string> lines;
    std::string line;
    for (;;) {
        bool complete = false;
        try {
            complete = read_line(line, status_line_limit);
        } catch (...) {
            rethrow_as_fetch_error(doing);
        }
        if (!complete) throw fetch_error(fetch_failure::network, "the connection ended while " + doing);
        line = trim_crlf(line);
        if (line == ".") return lines;
        if (!line.empty() && line[0] == '.') line.erase(0, 1);
        lines.push_back(line);
    }
}

void pop3_session::login(const std::string& user, const std::string& password) {
    const std::string user_reply = command("USER", user, "sending the user name");
    if (!positive(user_reply))
        throw fetch_error(fetch_failure::auth, "the server rejected the user name '" + user + "': " + user_reply);
    const std::string pass_reply = command("PASS", password, "sending the password");
    if (!positive(pass_reply))
        throw fetch_error(fetch_failure::auth, "the server rejected the login of '" + user + "': " + pass_reply);
}

std::vector<server_message> pop3_session::list_messages() {
    const std::string list_reply = command("LIST", "", "listing the messages");
    if (!positive(list_reply)) throw server_refusal("the server refused LIST: " + list_reply);
    std::vector<server_message> messages;
    std::map<int, std::size_t> by_number;
    for (const auto& line : read_multiline("listing the messages")) {
        server_message m;
        std::string size;
        if (!split_numbered(line, m.number, size)) throw fetch_error(fetch_failure::other, "bad LIST line: " + line);
        for (char c : size) {
            if (c < '0' || c > '9') break;
            m.size = m.size * 10 + static_cast<std::uint64_t>(c - '0');
        }
        by_number[m.number] = messages.size();
        messages.push_back(m);
    }
    const std::string uidl_reply = command("UIDL", "", "listing the unique ids");
    if (!positive(uidl_reply))
        throw server_refusal("the server does not give unique message ids (UIDL), which incremental fetching needs: " +
                             uidl_reply);
    for (const auto& line : read_multiline("listing the unique ids")) {
        int number = 0;
        std::string uidl;
        if (!split_numbered(line, number, uidl)) throw fetch_error(fetch_failure::other, "bad UIDL line: " + line);
        if (auto it = by_number.find(number); it != by_number.end()) messages[it->second].uidl = uidl;
    }
    for (const auto& m : messages)
        if (m.uidl.empty())
            throw fetch_error(fetch_failure::other, "the server listed message " + std::to_string(m.number) +
                                                        " without a unique id");
    return messages;
}

void pop3_session::retrieve(int number, const std::function<void(std::string_view)>& sink) {
    const std::string n_text = std::to_string(number);
    const std::string doing = "reading message " + n_text;
    const std::string reply = command("RETR", n_text, doing);
    if (!positive(reply)) throw server_refusal("the server refused message " + n_text + ": " + reply);

    // Parsed byte by byte, not by lines, so the stored bytes are exactly the server's (bare CRs too).
    std::string chunk;
    chunk.reserve(64 * 1024);
    std::uint64_t total = 0;
    enum class state { line_start, data, dot, dot_cr } st = state::line_start;
    // Takes one byte of the response; true at the terminating "." line.
    const auto feed = [&](char ch) {
        switch (st) {
            case state::line_start:
                if (ch == '.') {
                    st = state::dot;
                    return false;
                }
                break;
            case state::dot:
                if (ch == '\r') {
                    st = state::dot_cr;
                    return false;
                }
                if (ch == '\n') return true;  // a lone-LF terminator from a sloppy server
                break;                         // ".." or ".x": the first dot was stuffing
            case state::dot_cr:
                if (ch == '\n') return true;
                chunk += '\r';
                break;
            case state::data:
                break;
        }
        chunk += ch;
        st = ch == '\n' ? state::line_start : state::data;
        return false;
    };
    std::vector<char> buffer(64 * 1024);
    try {
        bool finished = false;
        while (!finished) {
            const int n = socket_.receiveRawBytes(buffer.data(), static_cast<int>(buffer.size()));
            if (n <= 0)
                throw fetch_error(fetch_failure::network, "the connection ended in the middle of message " + n_text +
                                                              " (after " + std::to_string(total + chunk.size()) +
                                                              " bytes); it was not stored");
            for (int i = 0; i < n; ++i) {
                if (finished)  // POP3 is lockstep: nothing may follow the terminator
                    throw fetch_error(fetch_failure::other, "the server sent data after the end of message " + n_text);
                finished = feed(buffer[static_cast<std::size_t>(i)]);
            }
            if (chunk.size() >= 64 * 1024 || finished) {
                total += chunk.size();
                if (!chunk.empty()) sink(chunk);
                chunk.clear();
            }
        }
    } catch (...) {
        rethrow_as_fetch_error(doing);
    }
}

void pop3_session::mark_deleted(int number) {
    const std::string n = std::to_string(number);
    const std::string reply = command("DELE", n, "marking message " + n + " for deletion");
    if (!positive(reply)) throw server_refusal("the server refused to delete message " + n + ": " + reply);
}

void pop3_session::quit() {
    if (!open_) return;
    open_ = false;
    const std::string reply = command("QUIT", "", "ending the session");
    try {
        socket_.close();
    } catch (...) {
    }
    if (!positive(reply)) throw server_refusal("the server did not confirm the end of the session: " + reply);
}

void pop3_session::abandon() {
    if (!open_) return;
    open_ = false;
    try {
        socket_.close();
    } catch (...) {
    }
}

}  // namespace baocao::cli
