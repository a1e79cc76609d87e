// SPDX-License-Identifier: Apache-2.0
#pragma once
// The document model as JSON, for `baocao dump`.

#include <baocao/sdk/model.hpp>

#include <string>

namespace baocao::cli {

/// Every block, run and part of the document, with the evidence the parser kept.
std::string document_to_json(const document& doc);

}  // namespace baocao::cli
