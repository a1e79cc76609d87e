// SPDX-License-Identifier: Apache-2.0
// Registers the e-mail source (.eml messages, mbox mailboxes).
#include "mail_source.hpp"

#include <baocao/sdk/plugin.hpp>

namespace {
void register_stages(baocao::registry& reg) {
    reg.add_source(std::make_shared<baocao::plugins::mail_source>());
}
}  // namespace

BAOCAO_PLUGIN(source_mail, "source-mail", "1.0.0",
              "Opens e-mail messages (.eml, Maildir files) into attachments and mbox files into messages",
              register_stages)
