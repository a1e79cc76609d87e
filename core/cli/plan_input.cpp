// A plan arrives as the document the province issued or as the spec a person edited.
#include "plan_input.hpp"

#include <baocao/engine/plan_reader.hpp>
#include <baocao/sdk/error.hpp>
#include <baocao/sdk/file_open.hpp>
#include <baocao/sdk/text.hpp>

#include <fstream>
#include <sstream>

namespace baocao::cli {

namespace {
std::string read_file(const std::filesystem::path& file) {
    try {
        return read_regular_file(file, max_settings_file_bytes);
    } catch (const rejection_error& e) {
        throw std::runtime_error("cannot read the plan " + file.string() + ": " + e.what());
    }
}

std::vector<std::string> lines_of(const std::string& content) {
    std::string body = content;
    if (body.rfind("\xEF\xBB\xBF", 0) == 0) body.erase(0, 3);
    body = text::to_nfc(text::sanitize_utf8(body));
    std::vector<std::string> lines;
    std::istringstream in(body);
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(line);
    }
    return lines;
}

std::vector<std::string> lines_of(const document& doc) {
    std::vector<std::string> lines;
    for_each_paragraph(doc.body, [&](const paragraph& p) { lines.push_back(labelled_text(p)); });
    return lines;
}

std::string lower_extension(const std::filesystem::path& file) {
    std::string ext = file.extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}
}  // namespace

plan_spec load_plan(const std::filesystem::path& file, const engine::pipeline& pipe) {
    const std::string ext = lower_extension(file);
    try {
        if (ext == ".json") return engine::plan_from_json(read_file(file));
        if (ext == ".docx" || ext == ".docm" || ext == ".dotx") return engine::read_plan_lines(lines_of(pipe.parse_one(file)));
        return engine::read_plan_lines(lines_of(read_file(file)));
    } catch (const rejection_error& e) {
        throw std::runtime_error("the plan " + file.string() + " cannot be read: " + e.what());
    } catch (const std::runtime_error& e) {
        const std::string msg = e.what();
        if (msg.find(file.string()) != std::string::npos) throw;
        throw std::runtime_error("the plan " + file.string() + ": " + msg);
    }
}

}  // namespace baocao::cli
