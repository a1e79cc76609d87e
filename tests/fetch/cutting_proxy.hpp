// SPDX-License-Identifier: Apache-2.0
#pragma once
// A TCP relay between the client and the server that drops the connection
// once a number of bytes went from the server to the client: a connection
// lost mid-message, on a real network path.

#include <atomic>
#include <cstddef>
#include <thread>

namespace baocao::testing {

/// Listens on a free loopback port and relays one connection at a time to
/// 127.0.0.1:`target_port`, cutting each after `cut_after` server bytes.
class cutting_proxy {
public:
    /// Starts listening; the relay runs on its own thread.
    cutting_proxy(int target_port, std::size_t cut_after);
    ~cutting_proxy();
    cutting_proxy(const cutting_proxy&) = delete;
    cutting_proxy& operator=(const cutting_proxy&) = delete;

    /// The port clients connect to.
    int port() const { return port_; }
    /// True once a connection was cut.
    bool cut() const { return cut_; }

private:
    void serve();
    void relay(int client);

    int target_port_;
    std::size_t cut_after_;
    int listener_ = -1;
    int port_ = 0;
    std::atomic<bool> stop_{false}, cut_{false};
    std::thread thread_;
};

}  // namespace baocao::testing
