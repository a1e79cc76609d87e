// SPDX-License-Identifier: Apache-2.0
#pragma once
// An inbox made to measure for one test: reports composed by the sample
// generator, sent as .eml files from the units' roster addresses or laid
// down as loose .docx files, then read by the real `baocao run`.

#include "process_runner.hpp"
#include "text_util.hpp"

#include <Poco/JSON/Object.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace baocao::testing {

/// One attachment of a message: its file name and bytes.
struct attachment {
    std::string name;
    std::string bytes;
};

class compliance_inbox {
public:
    /// A fresh folder with an empty inbox/ inside.
    explicit compliance_inbox(const std::string& name);
    ~compliance_inbox();

    std::filesystem::path dir() const { return dir_; }

    /// The bytes of the unit's review report (the generator's, seeded by `number`).
    static std::string report(const std::string& unit, int number, const samplegen::moment& date, bool skip_front = false);

    /// Writes inbox/<file> holding a message from the unit's first roster address, received at `received`.
    void mail(const std::string& file, const std::string& unit, const samplegen::moment& received,
              const std::vector<attachment>& attachments);
    /// Writes inbox/<file> as is.
    void loose(const std::string& file, const std::string& bytes);
    /// Writes a file beside the inbox (a plan, a roster) and returns its path.
    std::filesystem::path put(const std::string& file, const std::string& text);

    /// The seed plan as text with `from` replaced by `to` (its timing clause reworded).
    std::filesystem::path plan(const std::string& from = "", const std::string& to = "");
    /// The demo roster; without its level deadlines when `keep_deadlines` is false;
    /// `unit_deadlines` adds {"due", "rule"} objects to units by id.
    std::filesystem::path roster(bool keep_deadlines, const std::map<std::string, std::string>& unit_deadlines = {});

    /// Runs `baocao run` on the inbox; extra arguments go before the inputs. Returns the result.json object.
    Poco::JSON::Object::Ptr run(const std::filesystem::path& plan, const std::filesystem::path& roster,
                                const std::vector<std::string>& extra = {});
    /// What the last run wrote to stderr.
    const process_result& last() const { return last_; }
    /// compliance.csv of the last run, without its byte order mark.
    std::string csv() const;

private:
    std::filesystem::path dir_;
    std::filesystem::path last_out_;
    process_result last_;
    int runs_ = 0;
};

/// A moment in Vietnam time.
samplegen::moment vn(int year, int month, int day, int hour = 9, int minute = 0);

/// The row of `units` with this id; fails the test when there is none.
Poco::JSON::Object::Ptr unit_row(const Poco::JSON::Object::Ptr& result, const std::string& id);
/// The submission with this source; fails the test when there is none.
Poco::JSON::Object::Ptr submission_of(const Poco::JSON::Object::Ptr& result, const std::string& source);
/// The strings of an array field.
std::vector<std::string> strings_of(const Poco::JSON::Object::Ptr& o, const std::string& key);
/// A field as text: "null" for null or absent.
std::string text_of(const Poco::JSON::Object::Ptr& o, const std::string& key);
/// The problem codes of a submission.
std::vector<std::string> problem_codes(const Poco::JSON::Object::Ptr& submission);

}  // namespace baocao::testing
