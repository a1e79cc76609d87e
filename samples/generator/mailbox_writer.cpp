// SPDX-License-Identifier: Apache-2.0
#include "mailbox_writer.hpp"

#include <array>
#include <cstdio>
#include <fstream>
#include <stdexcept>

namespace baocao::samplegen {

namespace {

bool is_from_line(const std::string& line) {
    std::size_t i = 0;
    while (i < line.size() && line[i] == '>') ++i;
    return line.compare(i, 5, "From ") == 0;
}

std::string asctime_utc(const moment& m) {
    const moment u = m.in_offset(0);
    static constexpr std::array<const char*, 12> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    // rfc5322() starts with the weekday: reuse it rather than recompute.
    const std::string day = u.rfc5322().substr(0, 3);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s %s %2d %02d:%02d:%02d %04d", day.c_str(), months[static_cast<std::size_t>(u.month - 1)],
                  u.day, u.hour, u.minute, u.second, u.year);
    return buf;
}

}  // namespace

std::string write_mbox(const std::vector<mailbox_entry>& messages) {
    std::string out;
    for (const mailbox_entry& e : messages) {
        out += "From " + e.envelope_sender + " " + asctime_utc(e.arrived) + "\n";
        std::size_t pos = 0;
        const std::string& m = e.message;
        while (pos < m.size()) {
            std::size_t end = m.find('\n', pos);
            if (end == std::string::npos) end = m.size();
            std::string line = m.substr(pos, end - pos);
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (is_from_line(line)) line = ">" + line;
            out += line + "\n";
            pos = end + 1;
        }
        out += "\n";
    }
    return out;
}

std::string maildir_name(long long unix_seconds, unsigned micro, unsigned pid, unsigned seq, const std::string& host) {
    return std::to_string(unix_seconds) + ".M" + std::to_string(micro) + "P" + std::to_string(pid) + "Q" +
           std::to_string(seq) + "." + host;
}

void write_file(const std::filesystem::path& path, const std::string& bytes) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    if (!f) throw std::runtime_error("cannot write " + path.string());
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!f) throw std::runtime_error("write failed: " + path.string());
}

std::vector<std::string> write_maildir(const std::filesystem::path& dir, const std::vector<std::string>& cur_names,
                                       const std::vector<std::string>& cur_messages, const std::vector<std::string>& new_names,
                                       const std::vector<std::string>& new_messages) {
    std::vector<std::string> written;
    for (const char* sub : {"cur", "new", "tmp"}) std::filesystem::create_directories(dir / sub);
    for (std::size_t i = 0; i < cur_names.size(); ++i) {
        const std::string rel = "cur/" + cur_names[i] + ":2,S";
        write_file(dir / rel, cur_messages[i]);
        written.push_back(rel);
    }
    for (std::size_t i = 0; i < new_names.size(); ++i) {
        const std::string rel = "new/" + new_names[i];
        write_file(dir / rel, new_messages[i]);
        written.push_back(rel);
    }
    return written;
}

}  // namespace baocao::samplegen
