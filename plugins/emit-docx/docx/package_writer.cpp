// SPDX-License-Identifier: Apache-2.0
#include "docx/package_writer.hpp"
#include "docx/comments_writer.hpp"
#include "docx/document_writer.hpp"
#include "docx/xml_writer.hpp"

#include <baocao/sdk/dates.hpp>

#include <zip.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <stdexcept>

#include <sys/stat.h>
#include <unistd.h>

namespace baocao::docx {

namespace {

constexpr const char* wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
constexpr const char* rel_base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

struct rel {
    std::string id, type, target;
};

std::string rels_xml(const std::vector<rel>& rels) {
    xml_writer w;
    w.start("Relationships", {{"xmlns", "http://schemas.openxmlformats.org/package/2006/relationships"}});
    for (const auto& r : rels) w.empty("Relationship", {{"Id", r.id}, {"Type", r.type}, {"Target", r.target}});
    w.end();
    return w.finish();
}

std::string w3cdtf(std::int64_t t) {
    auto s = dates::to_iso_datetime(t, 0);
    if (s.size() > 6 && s.compare(s.size() - 6, 6, "+00:00") == 0) s.replace(s.size() - 6, 6, "Z");
    return s;
}

std::string core_xml(const draft::document& d) {
    xml_writer w;
    w.start("cp:coreProperties", {{"xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"},
                                  {"xmlns:dc", "http://purl.org/dc/elements/1.1/"},
                                  {"xmlns:dcterms", "http://purl.org/dc/terms/"},
                                  {"xmlns:dcmitype", "http://purl.org/dc/dcmitype/"},
                                  {"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"}});
    w.leaf("dc:title", d.masthead.doc_title);
    w.leaf("dc:creator", d.masthead.author);
    w.leaf("cp:lastModifiedBy", d.masthead.author);
    w.leaf("dc:language", "vi-VN");
    const auto when = w3cdtf(d.masthead.created);
    w.leaf("dcterms:created", when, {{"xsi:type", "dcterms:W3CDTF"}});
    w.leaf("dcterms:modified", when, {{"xsi:type", "dcterms:W3CDTF"}});
    w.end();
    return w.finish();
}

std::string app_xml() {
    xml_writer w;
    w.start("Properties", {{"xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"},
                           {"xmlns:vt", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"}});
    w.leaf("Application", "baocao");
    w.end();
    return w.finish();
}

std::string content_types_xml(const std::vector<std::pair<std::string, std::string>>& overrides) {
    xml_writer w;
    w.start("Types", {{"xmlns", "http://schemas.openxmlformats.org/package/2006/content-types"}});
    w.empty("Default", {{"Extension", "rels"}, {"ContentType", "application/vnd.openxmlformats-package.relationships+xml"}});
    w.empty("Default", {{"Extension", "xml"}, {"ContentType", "application/xml"}});
    for (const auto& [part, type] : overrides) w.empty("Override", {{"PartName", "/" + part}, {"ContentType", type}});
    w.end();
    return w.finish();
}

/// Entry time for the zip: the wall-clock fields of `stamp` in the run's zone,
/// handed to libzip as a local time so the DOS fields do not depend on the
/// machine's time zone.
std::time_t zip_time(std::int64_t stamp, int offset_minutes) {
    const auto day = dates::date_at_offset(stamp, offset_minutes);
    std::int64_t secs = (stamp + static_cast<std::int64_t>(offset_minutes) * 60) % 86400;
    if (secs < 0) secs += 86400;
    std::tm tm{};
    tm.tm_year = (day.year < 1980 ? 1980 : day.year) - 1900;
    tm.tm_mon = day.month - 1;
    tm.tm_mday = day.day;
    tm.tm_hour = static_cast<int>(secs / 3600);
    tm.tm_min = static_cast<int>(secs / 60 % 60);
    tm.tm_sec = static_cast<int>(secs % 60);
    tm.tm_isdst = -1;
    return std::mktime(&tm);
}

}  // namespace

std::vector<package_part> package_parts(const draft::document& d, const docx_template& t) {
    std::vector<package_part> parts;
    std::vector<std::pair<std::string, std::string>> types;
    std::vector<rel> doc_rels;

    auto add_word_part = [&](const std::string& name, std::string data, const std::string& type,
                             const std::string& rel_type, std::function<void(const xml_sink&)> write = {}) {
        types.emplace_back("word/" + name, type);
        doc_rels.push_back({"rId" + std::to_string(doc_rels.size() + 1), rel_base + rel_type, name});
        parts.push_back({"word/" + name, std::move(data), std::move(write)});
    };

    types.emplace_back("word/document.xml", std::string(wml) + "document.main+xml");
    types.emplace_back("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
    types.emplace_back("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");

    add_word_part("styles.xml", t.styles, std::string(wml) + "styles+xml", "styles");
    add_word_part("settings.xml", t.settings, std::string(wml) + "settings+xml", "settings");
    add_word_part("fontTable.xml", t.font_table, std::string(wml) + "fontTable+xml", "fontTable");
    if (!t.numbering.empty()) add_word_part("numbering.xml", t.numbering, std::string(wml) + "numbering+xml", "numbering");
    if (!t.theme.empty())
        add_word_part("theme/theme1.xml", t.theme, "application/vnd.openxmlformats-officedocument.theme+xml", "theme");
    if (comment_count(d) > 0)
        add_word_part("comments.xml", {}, std::string(wml) + "comments+xml", "comments",
                      [&d](const xml_sink& sink) { write_comments_xml(d, sink); });
    types.emplace_back("word/header1.xml", std::string(wml) + "header+xml");
    doc_rels.push_back({header_rel_id, std::string(rel_base) + "header", "header1.xml"});
    parts.push_back({"word/header1.xml", header_xml(t), {}});

    std::vector<package_part> out;
    out.push_back({"[Content_Types].xml", content_types_xml(types), {}});
    out.push_back({"_rels/.rels",
                   rels_xml({{"rId1", std::string(rel_base) + "officeDocument", "word/document.xml"},
                             {"rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                              "docProps/core.xml"},
                             {"rId3", std::string(rel_base) + "extended-properties", "docProps/app.xml"}}),
                   {}});
    out.push_back({"docProps/core.xml", core_xml(d), {}});
    out.push_back({"docProps/app.xml", app_xml(), {}});
    out.push_back({"word/document.xml", {}, [&d, &t](const xml_sink& sink) { write_document_xml(d, t, sink); }});
    out.push_back({"word/_rels/document.xml.rels", rels_xml(doc_rels), {}});
    for (auto& p : parts) out.push_back(std::move(p));
    return out;
}

namespace {

/// zlib's level for a part of `size` bytes. Its default, 6, for the parts of
/// a draft of some pages (level 9 cost a third more time for a draft 2%
/// smaller). A draft of thousands of units writes a body and comments of 10 MB
/// and more each, of much repeated markup: level 3 compresses them in under
/// half the time (45 against 103 ms for the two parts of a 2 000-unit draft),
/// to a file some 40% larger (about 1 MB against 0.7 MB).
int compression_level(std::size_t size) { return size >= (std::size_t{1} << 20) ? 3 : 6; }

/// An unnamed file in `dir` (removed from the folder at once, gone when
/// closed) holding what `write` gives, read from its start; `size` is set to
/// the bytes written.
FILE* scratch_file_of(const std::filesystem::path& dir, const std::string& part,
                      const std::function<void(const xml_sink&)>& write, std::size_t& size) {
    size = 0;
    std::string name = (dir / ".baocao-docx-XXXXXX").string();
    const int fd = ::mkstemp(name.data());
    if (fd < 0) throw std::runtime_error("cannot make a scratch file in " + dir.string() + " for " + part);
    ::unlink(name.c_str());
    // libzip stores the file's mode with the entry: the mode parts from memory
    // get. Should this fail, only the mode stored would differ.
    (void)::fchmod(fd, 0666);
    FILE* f = ::fdopen(fd, "w+b");
    if (!f) {
        ::close(fd);
        throw std::runtime_error("cannot open a scratch file for " + part);
    }
    bool failed = false;
    try {
        write([&](std::string_view piece) {
            if (!failed && !piece.empty() && std::fwrite(piece.data(), 1, piece.size(), f) != piece.size()) failed = true;
            size += piece.size();
        });
    } catch (...) {
        std::fclose(f);
        throw;
    }
    if (failed || std::fflush(f) != 0 || std::fseek(f, 0, SEEK_SET) != 0) {
        std::fclose(f);
        throw std::runtime_error("cannot write " + part + " to a scratch file in " + dir.string() + " (disk full?)");
    }
    return f;
}

}  // namespace

std::string zip_parts(const std::vector<package_part>& parts, std::int64_t stamp, int utc_offset_minutes,
                      const std::filesystem::path& scratch_dir) {
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &err);
    if (!buffer) throw std::runtime_error("cannot create the zip buffer");
    zip_t* za = zip_open_from_source(buffer, ZIP_TRUNCATE, &err);
    if (!za) {
        zip_source_free(buffer);
        throw std::runtime_error(std::string("cannot start the .docx package: ") + zip_error_strerror(&err));
    }
    zip_source_keep(buffer);  // survives zip_close so the bytes can be read back
    auto fail = [&](const std::string& what) {
        const std::string msg = what + ": " + zip_strerror(za);
        zip_discard(za);
        zip_source_free(buffer);
        throw std::runtime_error(msg);
    };
    const std::time_t when = zip_time(stamp, utc_offset_minutes);
    // Parts written in pieces to memory, alive until zip_close reads them.
    std::vector<std::string> written;
    written.reserve(parts.size());
    for (const auto& [name, bytes, write] : parts) {
        zip_source_t* src = nullptr;
        std::size_t size = bytes.size();
        if (write && !scratch_dir.empty()) {
            FILE* file = nullptr;
            try {
                file = scratch_file_of(scratch_dir, name, write, size);
            } catch (const std::exception& e) {
                fail(e.what());
            }
            src = zip_source_filep(za, file, 0, -1);   // closes the file when freed
            if (!src) std::fclose(file);
        } else if (write) {
            auto& data = written.emplace_back();
            write([&](std::string_view piece) { data.append(piece); });
            size = data.size();
            src = zip_source_buffer(za, data.data(), data.size(), 0);
        } else {
            src = zip_source_buffer(za, bytes.data(), bytes.size(), 0);
        }
        if (!src) fail("cannot add " + name);
        const zip_int64_t index = zip_file_add(za, name.c_str(), src, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(src);
            fail("cannot add " + name);
        }
        if (zip_file_set_mtime(za, static_cast<zip_uint64_t>(index), when, 0) != 0) fail("cannot date " + name);
        if (zip_set_file_compression(za, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, compression_level(size)) != 0)
            fail("cannot compress " + name);
    }
    if (zip_close(za) != 0) fail("cannot finish the .docx package");

    std::string out;
    if (zip_source_open(buffer) != 0) {
        zip_source_free(buffer);
        throw std::runtime_error("cannot read the .docx package back");
    }
    char chunk[65536];
    for (;;) {
        const zip_int64_t n = zip_source_read(buffer, chunk, sizeof chunk);
        if (n < 0) {
            zip_source_close(buffer);
            zip_source_free(buffer);
            throw std::runtime_error("cannot read the .docx package back");
        }
        if (n == 0) break;
        out.append(chunk, static_cast<std::size_t>(n));
    }
    zip_source_close(buffer);
    zip_source_free(buffer);
    return out;
}

std::string build_docx(const draft::document& d, const docx_template& t, const std::filesystem::path& scratch_dir) {
    return zip_parts(package_parts(d, t), d.masthead.created, d.masthead.utc_offset_minutes, scratch_dir);
}

}  // namespace baocao::docx
