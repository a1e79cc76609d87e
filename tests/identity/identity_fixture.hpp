// SPDX-License-Identifier: Apache-2.0
#pragma once
// A run context over a roster, and an item as a command-line file or a mail attachment.

#include "test_paths.hpp"

#include <baocao/engine/roster_loader.hpp>
#include <baocao/engine/run_context.hpp>
#include <baocao/sdk/item.hpp>

#include <memory>
#include <string>

namespace baocao::testing {

inline engine::run_context context_for(const roster& r, const std::string& plugin) {
    auto state = std::make_shared<engine::run_state>();
    state->roster = r;
    state->now = 1382000000;
    state->quiet = true;
    return engine::run_context(state, plugin);
}

inline roster test_roster() { return engine::load_roster(data_dir() / "identity" / "test-roster.json"); }

inline item file_item(const std::string& source) {
    item it;
    it.source = source;
    const auto slash = source.find_last_of("/#");
    it.name = slash == std::string::npos ? source : source.substr(slash + 1);
    return it;
}

inline item mail_item(const std::string& attachment, const std::string& sender, const std::string& subject = "") {
    item it = file_item("inbox/msg.eml#" + attachment);
    it.env.sender = sender;
    it.env.subject = subject;
    it.env.attachment_name = attachment;
    it.env.message_key = "<msg-1@example.vn>";
    it.env.received_at = 1380590100;  // 2013-10-01T08:15:00+07:00
    it.depth = 1;
    return it;
}

}  // namespace baocao::testing
