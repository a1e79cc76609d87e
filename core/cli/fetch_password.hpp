// SPDX-License-Identifier: Apache-2.0
#pragma once
// Where the mailbox password comes from: never the command line.

#include <string>

namespace baocao::cli {

/// The password from `password_file` when given (refused with usage_error
/// when group or others have any access to it), else from the environment
/// variable BAOCAO_MAIL_PASSWORD; usage_error when neither gives one.
std::string load_mail_password(const std::string& password_file);

}  // namespace baocao::cli
