// SPDX-License-Identifier: Apache-2.0
#pragma once
/// The little-endian reads the .doc reader's structures use (little_endian.hpp), in its namespace.

#include "little_endian.hpp"

namespace baocao::doc {

using plugins::fits;
using plugins::slice;
using plugins::u16;
using plugins::u32;
using plugins::u8;

}  // namespace baocao::doc
