// SPDX-License-Identifier: Apache-2.0
// fork/exec rather than std::system, so a test gets the child's own exit
// status, signal and peak RSS (wait4's rusage), not the shell's.
#include "process_runner.hpp"

#include <fcntl.h>
#include <csignal>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

namespace baocao::testing {

process_result run_process(const std::vector<std::string>& argv, double timeout_seconds) {
    process_result r;
    std::string err_template = (std::filesystem::temp_directory_path() / "baocao-test-stderr-XXXXXX").string();
    const char* err_path = err_template.c_str();
    const int err_fd = ::mkstemp(err_template.data());
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        const int devnull = ::open("/dev/null", O_WRONLY);
        ::dup2(devnull, 1);
        ::dup2(err_fd, 2);
        std::vector<char*> args;
        for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        ::execv(args[0], args.data());
        ::_exit(127);
    }
    int status = 0;
    struct rusage usage {};
    const auto deadline = start + std::chrono::duration<double>(timeout_seconds);
    while (::wait4(pid, &status, WNOHANG, &usage) == 0) {
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(pid, SIGKILL);
            ::wait4(pid, &status, 0, &usage);
            r.timed_out = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    r.max_rss_kib = usage.ru_maxrss;
    if (WIFEXITED(status)) r.exit_code = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) r.signal = WTERMSIG(status);
    ::close(err_fd);
    std::ifstream in(err_path, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    r.err = buf.str();
    ::unlink(err_path);
    return r;
}

}  // namespace baocao::testing
