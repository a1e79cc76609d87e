// SPDX-License-Identifier: Apache-2.0
#pragma once
/// Building blocks of the draft's parts, shared by the body and the appendix.

#include <baocao/sdk/draft.hpp>

#include <string>
#include <utility>

namespace baocao::synthesis {

/// A heading of `level` (1 = the part's sections).
inline draft::block heading_block(int level, std::string text) {
    draft::block b;
    b.kind = draft::block_kind::heading;
    b.level = level;
    b.text = std::move(text);
    return b;
}

/// A block of text, body paragraph unless `kind` says otherwise (remark, quote).
inline draft::block text_block(std::string text, draft::block_kind kind = draft::block_kind::paragraph) {
    draft::block b;
    b.kind = kind;
    b.text = std::move(text);
    return b;
}

}  // namespace baocao::synthesis
