// SPDX-License-Identifier: Apache-2.0
// The contract's strings for the error codes.
#include <baocao/sdk/error.hpp>

namespace baocao {

std::string_view to_string(error_code code) noexcept {
    switch (code) {
        case error_code::not_docx: return "not_docx";
        case error_code::corrupt_zip: return "corrupt_zip";
        case error_code::zip_bomb: return "zip_bomb";
        case error_code::xml_error: return "xml_error";
        case error_code::encrypted: return "encrypted";
        case error_code::unsupported_format: return "unsupported_format";
        case error_code::no_attachment: return "no_attachment";
        case error_code::corrupt_mime: return "corrupt_mime";
        case error_code::unreadable: return "unreadable";
        case error_code::too_deep: return "too_deep";
        case error_code::too_large: return "too_large";
        case error_code::plugin_failed: return "plugin_failed";
        case error_code::unknown_unit: return "unknown_unit";
        case error_code::no_document_date: return "no_document_date";
        case error_code::no_sections: return "no_sections";
        case error_code::duplicate: return "duplicate";
        case error_code::legacy_font: return "legacy_font";
        case error_code::plugin_problem: return "plugin_problem";
        case error_code::conflicting_figures: return "conflicting_figures";
        case error_code::off_topic: return "off_topic";
        case error_code::items_not_covered: return "items_not_covered";
        case error_code::late_replacement: return "late_replacement";
        case error_code::corrupt_doc: return "corrupt_doc";
        case error_code::office_lock_file: return "office_lock_file";
        case error_code::appledouble: return "appledouble";
        case error_code::os_metadata: return "os_metadata";
        case error_code::fetch_ledger: return "fetch_ledger";
        case error_code::maildir_delivery: return "maildir_delivery";
        case error_code::partial_message: return "partial_message";
        case error_code::unreadable_date_header: return "unreadable_date_header";
        case error_code::date_without_zone: return "date_without_zone";
    }
    return "unknown";
}

}  // namespace baocao
