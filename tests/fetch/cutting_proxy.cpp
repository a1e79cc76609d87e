// SPDX-License-Identifier: Apache-2.0
#include "cutting_proxy.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>

namespace baocao::testing {

namespace {

sockaddr_in loopback(int port) {
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(static_cast<uint16_t>(port));
    return a;
}

}  // namespace

cutting_proxy::cutting_proxy(int target_port, std::size_t cut_after) : target_port_(target_port), cut_after_(cut_after) {
    listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a = loopback(0);
    socklen_t len = sizeof a;
    if (::bind(listener_, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 || ::listen(listener_, 4) != 0 ||
        ::getsockname(listener_, reinterpret_cast<sockaddr*>(&a), &len) != 0)
        throw std::runtime_error("proxy cannot listen");
    port_ = ntohs(a.sin_port);
    thread_ = std::thread([this] { serve(); });
}

cutting_proxy::~cutting_proxy() {
    stop_ = true;
    thread_.join();
    ::close(listener_);
}

void cutting_proxy::serve() {
    while (!stop_) {
        pollfd p{listener_, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0) continue;
        const int client = ::accept(listener_, nullptr, nullptr);
        if (client >= 0) relay(client);
    }
}

void cutting_proxy::relay(int client) {
    const int server = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a = loopback(target_port_);
    if (::connect(server, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
        ::close(server);
        ::close(client);
        return;
    }
    std::size_t from_server = 0;
    char buffer[4096];
    bool open = true;
    while (open && !stop_) {
        pollfd p[2] = {{client, POLLIN, 0}, {server, POLLIN, 0}};
        if (::poll(p, 2, 50) <= 0) continue;
        if (p[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            const ssize_t n = ::read(client, buffer, sizeof buffer);
            open = n > 0 && ::write(server, buffer, static_cast<std::size_t>(n)) == n;
        }
        if (open && (p[1].revents & (POLLIN | POLLHUP | POLLERR))) {
            const ssize_t n = ::read(server, buffer, sizeof buffer);
            if (n <= 0) {
                open = false;
            } else {
                auto take = static_cast<std::size_t>(n);
                if (from_server + take >= cut_after_) {
                    take = cut_after_ - from_server;
                    cut_ = true;
                    open = false;
                }
                if (take > 0 && ::write(client, buffer, take) != static_cast<ssize_t>(take)) open = false;
                from_server += take;
            }
        }
    }
    ::close(server);
    ::close(client);
}

}  // namespace baocao::testing
