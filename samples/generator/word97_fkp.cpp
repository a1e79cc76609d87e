// SPDX-License-Identifier: Apache-2.0
#include "word97_fkp.hpp"

#include "byte_writer.hpp"

#include <map>
#include <stdexcept>

namespace baocao::samplegen {

namespace {

constexpr std::size_t page_size = 512;
constexpr std::size_t count_byte = page_size - 1;
constexpr std::size_t phe_size = 12;   // the paragraph height cache after each PAPX offset, left empty

/// The bytes an item's properties take in the page: CHPX a count byte and the
/// grpprl; PAPX (istd and grpprl) a count of words, with a second count byte
/// when the length is even ([MS-DOC] 2.9.175 PapxInFkp).
std::string stored(const fkp_item& item, fkp_kind kind) {
    if (kind == fkp_kind::chpx) {
        if (item.props.empty()) return {};
        if (item.props.size() > 255) throw std::length_error("a CHPX longer than 255 bytes");
        return std::string(1, static_cast<char>(item.props.size())) + item.props;
    }
    const std::size_t n = item.props.size();
    if (n < 2 || n > 2 * 255) throw std::length_error("a PAPX must hold an istd and at most 508 bytes");
    if (n % 2 == 1) return std::string(1, static_cast<char>((n + 1) / 2)) + item.props;
    return std::string(1, '\0') + std::string(1, static_cast<char>(n / 2)) + item.props;
}

/// One page being filled: its items and where each one's properties lie.
class page_builder {
public:
    explicit page_builder(fkp_kind kind) : kind_(kind), bytes_(page_size, '\0') {}

    bool empty() const { return fcs_.empty(); }
    std::uint32_t first_fc() const { return fcs_.front(); }
    std::uint32_t last_fc() const { return end_fc_; }

    /// Adds `item` if it continues the page and fits; false otherwise.
    bool add(const fkp_item& item) {
        if (!fcs_.empty() && item.fc_start != end_fc_) return false;
        const std::string blob = stored(item, kind_);
        std::size_t offset = 0;
        std::size_t top = top_;
        if (!blob.empty()) {
            const auto known = placed_.find(blob);
            if (known != placed_.end()) {
                offset = known->second;
            } else {
                if (blob.size() > top) return false;
                offset = (top - blob.size()) & ~std::size_t(1);
                top = offset;
            }
        }
        const std::size_t n = fcs_.size() + 1;
        const std::size_t header = 4 * (n + 1) + n * (kind_ == fkp_kind::chpx ? 1 : 1 + phe_size);
        if (header > top) return false;
        if (!blob.empty() && placed_.find(blob) == placed_.end()) {
            bytes_.replace(offset, blob.size(), blob);
            placed_.emplace(blob, offset);
        }
        top_ = top;
        fcs_.push_back(item.fc_start);
        end_fc_ = item.fc_end;
        offsets_.push_back(static_cast<std::uint8_t>(offset / 2));
        return true;
    }

    /// The finished page.
    std::string bytes() {
        const std::size_t n = fcs_.size();
        for (std::size_t i = 0; i < n; ++i) put32(bytes_, 4 * i, fcs_[i]);
        put32(bytes_, 4 * n, end_fc_);
        const std::size_t entry = kind_ == fkp_kind::chpx ? 1 : 1 + phe_size;
        for (std::size_t i = 0; i < n; ++i) bytes_[4 * (n + 1) + entry * i] = static_cast<char>(offsets_[i]);
        bytes_[count_byte] = static_cast<char>(n);
        return bytes_;
    }

private:
    fkp_kind kind_;
    std::string bytes_;
    std::size_t top_ = count_byte;
    std::vector<std::uint32_t> fcs_;
    std::vector<std::uint8_t> offsets_;
    std::uint32_t end_fc_ = 0;
    std::map<std::string, std::size_t> placed_;
};

}  // namespace

std::string write_fkp_pages(std::string& wd, const std::vector<fkp_item>& items, fkp_kind kind) {
    if (items.empty()) return {};
    std::vector<std::uint32_t> page_fcs, page_numbers;
    std::uint32_t end_fc = 0;
    page_builder page(kind);
    auto flush = [&] {
        if (page.empty()) return;
        wd.resize((wd.size() + page_size - 1) / page_size * page_size, '\0');
        page_fcs.push_back(page.first_fc());
        page_numbers.push_back(static_cast<std::uint32_t>(wd.size() / page_size));
        end_fc = page.last_fc();
        wd += page.bytes();
        page = page_builder(kind);
    };
    for (const fkp_item& item : items) {
        if (page.add(item)) continue;
        flush();
        if (!page.add(item)) throw std::length_error("properties too large for one page");
    }
    flush();
    std::string bin_table;
    for (const std::uint32_t fc : page_fcs) append32(bin_table, fc);
    append32(bin_table, end_fc);
    for (const std::uint32_t pn : page_numbers) append32(bin_table, pn);
    return bin_table;
}

}  // namespace baocao::samplegen
