// SPDX-License-Identifier: Apache-2.0
#pragma once
// The child a container (an archive, a mailbox) hands back with its bytes in memory.

#include <baocao/sdk/item.hpp>

#include <memory>
#include <string>

namespace baocao::plugins {

/// A child named `name` holding `bytes`, carrying `container`'s envelope, one level deeper.
inline item in_memory_child(const item& container, std::string name, std::string&& bytes) {
    item child;
    child.name = std::move(name);
    child.bytes = std::make_shared<const std::string>(std::move(bytes));
    child.env = container.env;
    child.depth = container.depth + 1;
    return child;
}

}  // namespace baocao::plugins
