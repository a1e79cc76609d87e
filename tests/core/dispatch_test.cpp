// SPDX-License-Identifier: Apache-2.0
// Dispatch through the engine with small stages defined here: containers
// recurse through the core with '#' provenance, every plugin call is wrapped,
// every input ends as a submission or a rejection, and the thread count
// changes nothing in the result.
#include <baocao/engine/pipeline.hpp>
#include <baocao/sdk/plugin.hpp>
#include <baocao/sdk/record_list.hpp>

#include <catch2/catch.hpp>

#include <unistd.h>

#include "line_document.hpp"
#include "test_paths.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

using namespace baocao;

namespace {

/// "BUNDLE\n" then one child per line, "name=content", content with \n written as '|'.
class bundle_source : public source {
public:
    std::string name() const override { return "test-bundle"; }
    probe_score probe(const item&, std::string_view head) const override {
        return head.rfind("BUNDLE\n", 0) == 0 ? 50 : 0;
    }
    void expand(const item& it, const context& ctx, const item_sink& emit, const child_rejecter& reject) const override {
        std::istringstream in(it.read_all(ctx.limits().max_input_bytes));
        std::string line;
        std::getline(in, line);
        while (std::getline(in, line)) {
            if (line == "BROKEN") throw rejection_error(error_code::corrupt_zip, "the bundle ends in a broken entry");
            const auto eq = line.find('=');
            if (eq == std::string::npos) {
                reject(line, error_code::unreadable, "entry without content");
                continue;
            }
            item child;
            child.name = line.substr(0, eq);
            std::string content = line.substr(eq + 1);
            for (char& c : content)
                if (c == '|') c = '\n';
            child.bytes = std::make_shared<const std::string>(content);
            child.env = it.env;
            child.env.attachment_name = child.name;
            emit(std::move(child));
        }
    }
};

/// Folders, listed in name order.
class folder_source : public source {
public:
    std::string name() const override { return "test-folder"; }
    probe_score probe(const item& it, std::string_view) const override { return it.is_directory() ? 50 : 0; }
    void expand(const item& it, const context&, const item_sink& emit, const child_rejecter&) const override {
        std::vector<std::filesystem::path> files;
        for (const auto& e : std::filesystem::recursive_directory_iterator(it.path))
            if (e.is_regular_file()) files.push_back(e.path());
        std::sort(files.begin(), files.end());
        for (const auto& f : files) {
            item child;
            const auto rel = std::filesystem::relative(f, it.path).generic_string();
            child.source = it.source + "/" + rel;
            child.name = f.filename().string();
            child.path = f;
            emit(std::move(child));
        }
    }
};

/// "DOC\n" then one paragraph per line; "CRASH" anywhere makes it throw.
class line_parser : public parser {
public:
    std::string name() const override { return "test-lines"; }
    probe_score probe(const item&, std::string_view head) const override {
        return head == "DOC" || head.rfind("DOC\n", 0) == 0 ? 50 : 0;
    }
    document parse(const item& it, const context& ctx) const override {
        const std::string content = it.read_all(ctx.limits().max_input_bytes);
        if (content.find("CRASH") != std::string::npos) throw std::runtime_error("cannot cope with this");
        return testing::document_of_lines(content.substr(std::min<std::size_t>(4, content.size())));
    }
};

/// Sets the unit from a "unit:" line.
class unit_from_line : public extractor {
public:
    std::string name() const override { return "test-unit"; }
    void extract(const document& doc, const item&, submission& sub, const context&) const override {
        for_each_paragraph(doc.body, [&](const paragraph& p) {
            const std::string t = p.text();
            if (t.rfind("unit:", 0) == 0) sub.unit = unit_ref{t.substr(5), t.substr(5), "district"};
        });
    }
};

/// Throws on reports that say "boom".
class fragile_extractor : public extractor {
public:
    std::string name() const override { return "test-fragile"; }
    void extract(const document& doc, const item&, submission&, const context&) const override {
        if (plain_text(doc.body).find("boom") != std::string::npos) throw std::runtime_error("boom happened");
    }
};

/// Publishes a structure with one body line per paragraph, as extract-sections publishes its cut.
class structure_writer : public extractor {
public:
    std::string name() const override { return "test-structure"; }
    void extract(const document& doc, const item&, submission& sub, const context&) const override {
        auto r = std::make_shared<report_structure>();
        for_each_paragraph(doc.body, [&](const paragraph& p) { r->lines.push_back({p.text(), part_role::body, -1}); });
        sub.structure = std::move(r);
    }
};

/// Reads the structure an earlier extractor published: how many lines it saw.
class structure_reader : public extractor {
public:
    std::string name() const override { return "test-structure-reader"; }
    std::vector<std::string> runs_after() const override { return {"test-structure"}; }
    void extract(const document&, const item&, submission& sub, const context&) const override {
        sub.extensions["structure_lines"] = sub.structure ? static_cast<int>(sub.structure->lines.size()) : -1;
    }
};

/// Makes a section of each "section:" line, and a record_list of their lengths.
class section_writer : public extractor {
public:
    std::string name() const override { return "test-sections"; }
    void extract(const document& doc, const item&, submission& sub, const context&) const override {
        auto lengths = std::make_shared<record_list>(std::vector<std::string>{"text", "length"});
        for_each_paragraph(doc.body, [&](const paragraph& p) {
            const std::string t = p.text();
            if (t.rfind("title:", 0) == 0) sub.title = t.substr(6);
            if (t.rfind("section:", 0) != 0) return;
            sub.sections.push_back({"1", "Heading", t.substr(8), 1.0});
            sub.unmatched.push_back({"Other", "not " + t.substr(8)});
            lengths->add(t.substr(8), static_cast<std::int64_t>(t.size() - 8));
        });
        if (!lengths->empty()) sub.extensions["lengths"] = record_list_ptr(lengths);
    }
};

void register_test_stages(registry& reg) {
    reg.add_source(std::make_shared<bundle_source>());
    reg.add_source(std::make_shared<folder_source>());
    reg.add_parser(std::make_shared<line_parser>());
    reg.add_extractor(std::make_shared<unit_from_line>());
    reg.add_extractor(std::make_shared<fragile_extractor>());
    reg.add_extractor(std::make_shared<structure_reader>());
    reg.add_extractor(std::make_shared<structure_writer>());
    reg.add_extractor(std::make_shared<section_writer>());
}

struct harness {
    engine::stage_registry reg;
    std::shared_ptr<engine::run_state> state = std::make_shared<engine::run_state>();
    std::filesystem::path dir;

    explicit harness(const std::string& name) : dir(testing::temp_dir(name)) {
        static const baocao_plugin_info info{BAOCAO_API_VERSION, "test-stages", "0", "stages for the dispatch tests",
                                             register_test_stages, {}};
        reg.add_plugin(info, "(test)");
    }
    ~harness() { std::filesystem::remove_all(dir); }

    std::string write(const std::string& rel, const std::string& content) const {
        const auto p = dir / rel;
        std::filesystem::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << content;
        return p.string();
    }

    run_result run(const std::vector<std::string>& inputs, unsigned threads = 1) const {
        engine::pipeline pipe(reg, state);
        return pipe.run({inputs, threads});
    }
};

const rejection* find_rejection(const run_result& r, const std::string& source) {
    for (const auto& x : r.rejected)
        if (x.source == source) return &x;
    return nullptr;
}

}  // namespace

TEST_CASE("a document read directly becomes a submission with its hash") {
    harness h("dispatch-direct");
    const auto path = h.write("a.txt", "DOC\nunit:can-loc\nhello");
    const auto r = h.run({path});
    REQUIRE(r.submissions.size() == 1);
    CHECK(r.submissions[0].source == path);
    CHECK(r.submissions[0].unit->id == "can-loc");
    CHECK(r.submissions[0].sha256.size() == 64);
    CHECK(r.rejected.empty());
}

TEST_CASE("nested containers chain '#' in the source and keep the envelope") {
    harness h("dispatch-nested");
    const auto nested = h.write("inbox/nested.bundle", "BUNDLE\ninner.bundle=BUNDLE|report.docx=DOC|\n");
    const auto r2 = h.run({nested});
    REQUIRE(r2.submissions.size() == 1);
    CHECK(r2.submissions[0].source == nested + "#inner.bundle#report.docx");
    CHECK(r2.submissions[0].attachment_name == "report.docx");
    CHECK(r2.summary.containers == 2);
}

TEST_CASE("folders name their files with '/' and the order is stable") {
    harness h("dispatch-folder");
    h.write("in/b/2.txt", "DOC\nunit:two");
    h.write("in/a.txt", "DOC\nunit:one");
    h.write("in/c.bundle", "BUNDLE\nx.docx=DOC|unit:three\n");
    const std::string folder = (h.dir / "in").string();
    const auto r = h.run({folder + "/"});
    REQUIRE(r.submissions.size() == 3);
    CHECK(r.submissions[0].source == folder + "/a.txt");
    CHECK(r.submissions[1].source == folder + "/b/2.txt");
    CHECK(r.submissions[2].source == folder + "/c.bundle#x.docx");
}

TEST_CASE("every input ends in submissions or rejected, each rejection with its code") {
    harness h("dispatch-accounting");
    const auto good = h.write("good.txt", "DOC\nunit:x");
    const auto pdf = h.write("scan.pdf", "%PDF-1.4 binary");
    const auto crash = h.write("crash.txt", "DOC\nCRASH");
    const auto boom = h.write("boom.txt", "DOC\nboom");
    const auto empty_bundle = h.write("empty.bundle", "BUNDLE\n");
    const auto broken = h.write("broken.bundle", "BUNDLE\nok.docx=DOC|fine\nnocontent\nBROKEN\n");
    const std::string missing = (h.dir / "missing.docx").string();
    const auto r = h.run({good, pdf, crash, boom, empty_bundle, broken, missing});

    CHECK(r.submissions.size() == 3);  // good, boom (with a problem), broken#ok.docx
    REQUIRE(find_rejection(r, pdf));
    CHECK(find_rejection(r, pdf)->code == "unsupported_format");
    CHECK_THAT(find_rejection(r, pdf)->message, Catch::Contains("PDF"));
    REQUIRE(find_rejection(r, crash));
    CHECK(find_rejection(r, crash)->code == "plugin_failed");
    CHECK_THAT(find_rejection(r, crash)->message, Catch::Contains("test-stages") && Catch::Contains("cannot cope"));
    CHECK(find_rejection(r, empty_bundle)->code == "no_attachment");
    CHECK(find_rejection(r, broken)->code == "corrupt_zip");
    CHECK(find_rejection(r, broken + "#nocontent")->code == "unreadable");
    CHECK(find_rejection(r, missing)->code == "unreadable");

    const submission* boomed = nullptr;
    for (const auto& s : r.submissions)
        if (s.source == boom) boomed = &s;
    REQUIRE(boomed);
    REQUIRE(boomed->problems.size() == 1);
    CHECK(boomed->problems[0].code == error_code::plugin_problem);
    CHECK_THAT(boomed->problems[0].message, Catch::Contains("test-fragile") && Catch::Contains("boom happened"));

    std::size_t rejected = 0;
    for (const auto& [code, n] : r.summary.rejected_by_code) rejected += n;
    CHECK(rejected == r.rejected.size());
    CHECK(r.summary.inputs == 7);
    CHECK(r.summary.submissions == r.submissions.size());
}

TEST_CASE("a file nobody may read is rejected as unreadable, with the reason") {
    if (::geteuid() == 0) {
        WARN("skipped: running as root, permissions do not stop reading");
        return;
    }
    harness h("dispatch-unreadable");
    const auto good = h.write("in/good.txt", "DOC\nunit:x");
    const auto secret = h.write("in/secret.txt", "DOC\nunit:y");
    std::filesystem::permissions(secret, std::filesystem::perms::none);
    const auto r = h.run({good, secret});
    std::filesystem::permissions(secret, std::filesystem::perms::owner_all);
    CHECK(r.submissions.size() == 1);
    REQUIRE(find_rejection(r, secret));
    CHECK(find_rejection(r, secret)->code == "unreadable");
    CHECK_THAT(find_rejection(r, secret)->message, Catch::Contains("ermission"));
}

TEST_CASE("containers nested past the depth limit are rejected as too_deep") {
    harness h("dispatch-depth");
    h.state->limits.max_container_depth = 1;
    // deep.bundle (depth 0) holds l1 (depth 1), which holds l2 (depth 2): past the limit.
    const auto path = h.write("deep.bundle", "BUNDLE\nl1=BUNDLE|l2=DOC\n");
    const auto r = h.run({path});
    REQUIRE(r.rejected.size() == 1);
    CHECK(r.rejected[0].code == "too_deep");
    CHECK(r.rejected[0].source == path + "#l1#l2");
    CHECK(r.submissions.empty());
}

TEST_CASE("the result does not depend on the number of threads") {
    harness h("dispatch-threads");
    std::vector<std::string> inputs;
    for (int i = 0; i < 40; ++i) {
        std::string bundle = "BUNDLE\n";
        for (int j = 0; j < 5; ++j) bundle += "r" + std::to_string(j) + ".docx=DOC|unit:u" + std::to_string(i * 10 + j) + "\n";
        inputs.push_back(h.write("b" + std::to_string(i) + ".bundle", bundle));
        inputs.push_back(h.write("pdf" + std::to_string(i) + ".pdf", "%PDF"));
    }
    const auto one = h.run(inputs, 1);
    const auto four = h.run(inputs, 4);
    REQUIRE(one.submissions.size() == 200);
    REQUIRE(four.submissions.size() == 200);
    for (std::size_t i = 0; i < one.submissions.size(); ++i) {
        CHECK(one.submissions[i].source == four.submissions[i].source);
        CHECK(one.submissions[i].order == i);
    }
    REQUIRE(one.rejected.size() == four.rejected.size());
    for (std::size_t i = 0; i < one.rejected.size(); ++i) CHECK(one.rejected[i].source == four.rejected[i].source);
}

TEST_CASE("a report's structure reaches the extractors after its producer and goes with the document") {
    harness h("dispatch-structure");
    const auto path = h.write("a.txt", "DOC\nunit:can-loc\nhello\nworld");
    h.reg.select({}, {}, {}, {});
    const auto r = h.run({path});
    REQUIRE(r.submissions.size() == 1);
    const auto seen = r.submissions[0].extensions.find("structure_lines");
    REQUIRE(seen != r.submissions[0].extensions.end());
    // The reader was registered first, yet ran after the writer it names, and saw its lines.
    CHECK(seen->second.convert<int>() > 0);
    CHECK_FALSE(r.submissions[0].structure);
}

TEST_CASE("a report's title, section headings, texts and record_lists leave memory for the run's text store") {
    harness h("dispatch-spill");
    h.state->text_store = std::make_shared<run_text_store>(h.dir);
    const auto path = h.write("in/a.txt", "DOC\nunit:can-loc\ntitle:BÁO CÁO sơ kết 5 năm thực hiện Chỉ thị 32-CT/TU\n"
                                          "section:Kết quả đạt được\nsection:Hạn chế");
    const auto r = h.run({path});
    REQUIRE(r.submissions.size() == 1);
    const auto& sub = r.submissions[0];
    REQUIRE(sub.sections.size() == 2);
    CHECK(sub.sections[0].text.spilled());
    CHECK(sub.sections[0].text.str() == "Kết quả đạt được");
    CHECK(sub.sections[0].heading.spilled());
    CHECK(sub.sections[0].heading.str() == "Heading");
    CHECK(sub.sections[1].text.str() == "Hạn chế");
    REQUIRE(sub.unmatched.size() == 2);
    CHECK(sub.unmatched[1].text.spilled());
    CHECK(sub.unmatched[1].heading.spilled());
    CHECK(sub.unmatched[1].heading == std::string_view("Other"));
    CHECK(sub.unmatched[1].text.str() == "not Hạn chế");
    const auto lengths = sub.extensions.at("lengths").extract<record_list_ptr>();
    CHECK(lengths->spilled());
    const auto rows = record_list::load(lengths);
    REQUIRE(rows->size() == 2);
    CHECK(std::get<std::string>(rows->at(0, 0)) == "Kết quả đạt được");
    CHECK(std::get<std::int64_t>(rows->at(1, 1)) == static_cast<std::int64_t>(std::string("Hạn chế").size()));
    CHECK(sub.title.spilled());
    CHECK(sub.title.str() == "BÁO CÁO sơ kết 5 năm thực hiện Chỉ thị 32-CT/TU");
    CHECK(h.state->text_store->size() > 0);
}

TEST_CASE("a run whose text store cannot be made stops at its start, saying where and why") {
    harness h("dispatch-spill-unwritable");
    h.state->text_store = std::make_shared<run_text_store>(h.dir / "no-such-folder");
    const auto path = h.write("a.txt", "DOC\nsection:x");
    CHECK_THROWS_WITH(h.run({path}), Catch::Contains("cannot create the run's text store in " +
                                                     (h.dir / "no-such-folder").string()));
}
