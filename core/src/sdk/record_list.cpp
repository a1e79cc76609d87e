// SPDX-License-Identifier: Apache-2.0
#include <baocao/sdk/record_list.hpp>

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace baocao {

record_list::record_list(std::vector<std::string> fields)
    : fields_(std::make_shared<const std::vector<std::string>>(std::move(fields))) {
    const auto& f = *fields_;
    for (std::size_t i = 0; i < f.size(); ++i)
        if (std::find(f.begin(), f.begin() + static_cast<std::ptrdiff_t>(i), f[i]) != f.begin() + static_cast<std::ptrdiff_t>(i))
            throw std::invalid_argument("record_list: the field \"" + f[i] + "\" is named twice");
}

std::optional<std::size_t> record_list::field_index(std::string_view name) const {
    for (std::size_t i = 0; i < fields_->size(); ++i)
        if ((*fields_)[i] == name) return i;
    return std::nullopt;
}

void record_list::throw_wrong_arity(std::size_t given) const {
    throw std::invalid_argument("record_list: a record of " + std::to_string(given) + " values for " +
                                std::to_string(fields_->size()) + " fields");
}

// The encoding: per cell a tag byte (its variant index), then for a string
// its length (8 bytes) and bytes, for a number its 8 bytes, for a bool one
// byte. Native byte order: the bytes never leave the run that wrote them.
namespace {
template <typename T>
void put_raw(std::string& out, const T& v) {
    char bytes[sizeof(T)];
    std::memcpy(bytes, &v, sizeof(T));
    out.append(bytes, sizeof(T));
}

template <typename T>
T take_raw(std::string_view bytes, std::size_t& at) {
    if (bytes.size() - at < sizeof(T)) throw std::runtime_error("record_list: the stored rows are cut short");
    T v;
    std::memcpy(&v, bytes.data() + at, sizeof(T));
    at += sizeof(T);
    return v;
}
}  // namespace

std::string record_list::encode() const {
    std::string out;
    for (const auto& c : cells_) {
        out += static_cast<char>(c.index());
        if (const auto* s = std::get_if<std::string>(&c)) {
            put_raw<std::uint64_t>(out, s->size());
            out += *s;
        } else if (const auto* d = std::get_if<double>(&c)) {
            put_raw(out, *d);
        } else if (const auto* i = std::get_if<std::int64_t>(&c)) {
            put_raw(out, *i);
        } else if (const auto* b = std::get_if<bool>(&c)) {
            out += static_cast<char>(*b ? 1 : 0);
        }
    }
    return out;
}

void record_list::decode(std::string_view bytes, std::size_t records) {
    const std::size_t n = records * fields_->size();
    cells_.reserve(n);
    std::size_t at = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto tag = take_raw<char>(bytes, at);
        switch (tag) {
            case 0: cells_.emplace_back(std::monostate{}); break;
            case 1: {
                const auto len = take_raw<std::uint64_t>(bytes, at);
                if (bytes.size() - at < len) throw std::runtime_error("record_list: the stored rows are cut short");
                cells_.emplace_back(std::string(bytes.substr(at, static_cast<std::size_t>(len))));
                at += static_cast<std::size_t>(len);
                break;
            }
            case 2: cells_.emplace_back(take_raw<double>(bytes, at)); break;
            case 3: cells_.emplace_back(take_raw<std::int64_t>(bytes, at)); break;
            case 4: cells_.emplace_back(take_raw<char>(bytes, at) != 0); break;
            default: throw std::runtime_error("record_list: the stored rows hold an unknown cell");
        }
    }
    if (at != bytes.size()) throw std::runtime_error("record_list: the stored rows hold more than their records");
}

record_list_ptr record_list::spill_to(run_text_store& store) const {
    if (spilled_) return std::make_shared<record_list>(*this);
    return std::make_shared<record_list>(*this, store.put(encode()));
}


record_list::record_list(const record_list& in_memory, stored_text rows)
    : fields_(in_memory.fields_), spilled_(std::move(rows)), stored_records_(in_memory.size()) {}

record_list::record_list(const record_list& spilled, std::string_view rows) : fields_(spilled.fields_) {
    decode(rows, spilled.stored_records_);
}

record_list_ptr record_list::load(const record_list_ptr& list) {
    if (!list || !list->spilled_) return list;
    return std::make_shared<record_list>(*list, std::string_view(list->spilled_->str()));
}

}  // namespace baocao
