// A line's match key, made whole only when a test needs more than how the line begins.
#include "sectionizer.hpp"

#include <baocao/sdk/text.hpp>

namespace baocao::sections {

void line::set_head(std::size_t words) {
    head_limit_ = words;
    head_count_ = text::assign_match_key(head_, content(), words);
    key_.clear();
    keyed_ = false;
}

const std::string& line::key() const {
    if (head_is_key()) return head_;
    if (!keyed_) {
        words_ = text::assign_match_key(key_, content());
        keyed_ = true;
    }
    return key_;
}

std::size_t line::words() const {
    if (head_is_key()) return head_count_;
    key();
    return words_;
}

bool line::words_at_most(std::size_t n) const {
    if (head_is_key()) return head_count_ <= n;
    // A head that is not the whole key holds as many words as it was asked for.
    if (n < head_limit_) return false;
    return words() <= n;
}

}  // namespace baocao::sections
