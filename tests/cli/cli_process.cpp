// SPDX-License-Identifier: Apache-2.0
// fork and exec rather than a shell, so that arguments reach the command as
// they are; a pseudo-terminal where the test needs stderr to be one.
#include "cli_process.hpp"

#include "test_paths.hpp"

#include <fcntl.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace baocao::testing {

namespace {
std::string read_all(int fd) {
    std::string out;
    char buf[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n > 0) {
            out.append(buf, static_cast<std::size_t>(n));
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        return out;  // EOF, or EIO once the terminal's last writer is gone
    }
}
}  // namespace

cli_result run_cli(const std::vector<std::string>& args, const cli_options& options) {
    const std::filesystem::path binary = std::filesystem::path(BAOCAO_BIN_DIR) / "baocao";
    const std::filesystem::path out_file =
        options.stdout_to.empty() ? temp_dir("cli-stdout") / "stdout" : options.stdout_to;
    int err_read = -1, err_write = -1;
    if (options.stderr_on_terminal) {
        if (::openpty(&err_read, &err_write, nullptr, nullptr, nullptr) != 0) throw std::runtime_error("openpty failed");
    } else {
        int fds[2];
        if (::pipe(fds) != 0) throw std::runtime_error("pipe failed");
        err_read = fds[0];
        err_write = fds[1];
    }
    const pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        if (!options.cwd.empty() && ::chdir(options.cwd.c_str()) != 0) ::_exit(126);
        const int out = ::open(out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (out < 0) ::_exit(126);
        ::dup2(out, STDOUT_FILENO);
        ::dup2(err_write, STDERR_FILENO);
        ::close(err_read);
        std::vector<char*> argv;
        std::string program = binary.string();
        argv.push_back(program.data());
        std::vector<std::string> copies(args);
        for (auto& a : copies) argv.push_back(a.data());
        argv.push_back(nullptr);
        ::execv(program.c_str(), argv.data());
        ::_exit(127);
    }
    ::close(err_write);
    cli_result r;
    r.err = read_all(err_read);
    ::close(err_read);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (options.stdout_to.empty()) {
        std::ifstream in(out_file, std::ios::binary);
        std::stringstream buf;
        buf << in.rdbuf();
        r.out = buf.str();
        std::filesystem::remove_all(out_file.parent_path());
    }
    return r;
}

}  // namespace baocao::testing
