// fork/exec rather than std::system, so a test gets the child's own exit
// status, signal and peak RSS (wait4's rusage), not the shell's.
#include "process_runner.hpp"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace baocao::testing {

process_result run_process(const std::vector<std::string>& argv) {
    process_result r;
    char err_path[] = "/tmp/baocao-test-stderr-XXXXXX";
    const int err_fd = ::mkstemp(err_path);
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = ::fork();
    if (pid == 0) {
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
    ::wait4(pid, &status, 0, &usage);
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
