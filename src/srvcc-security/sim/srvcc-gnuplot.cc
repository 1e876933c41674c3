/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-sim/srvcc-gnuplot.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace ns3
{

std::string
SrvccGnuplotString(const std::string& s)
{
    std::string out = "'";
    for (char c : s)
    {
        out += c;
        if (c == '\'')
        {
            out += '\'';
        }
    }
    return out + "'";
}

std::string
SrvccFindProgram(const std::string& name)
{
    auto executable = [](const std::string& p)
    {
        struct stat st;
        return ::stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(p.c_str(), X_OK) == 0;
    };
    if (name.find('/') != std::string::npos)
    {
        return executable(name) ? name : "";
    }
    const char* env = std::getenv("PATH");
    const std::string path = env != nullptr ? env : "/usr/bin:/bin";
    std::size_t start = 0;
    while (start <= path.size())
    {
        const std::size_t end = std::min(path.find(':', start), path.size());
        const std::string dir = path.substr(start, end - start);
        const std::string candidate = (dir.empty() ? "." : dir) + "/" + name;
        if (executable(candidate))
        {
            return candidate;
        }
        start = end + 1;
    }
    return "";
}

int
SrvccRunGnuplot(const std::string& program, const std::string& dir, const std::string& script,
                const std::string& log)
{
    // Everything the child needs is ready before fork: it only calls async-signal-safe
    // functions.
    const char* programC = program.c_str();
    const char* scriptC = script.c_str();
    const char* dirC = dir.c_str();
    const char* logC = log.c_str();
    const pid_t pid = ::fork();
    if (pid < 0)
    {
        return -1;
    }
    if (pid == 0)
    {
        if (::chdir(dirC) != 0)
        {
            ::_exit(126);
        }
        const int out = ::open(logC, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (out >= 0)
        {
            ::dup2(out, STDOUT_FILENO);
            ::dup2(out, STDERR_FILENO);
            ::close(out);
        }
        const int in = ::open("/dev/null", O_RDONLY);
        if (in >= 0)
        {
            ::dup2(in, STDIN_FILENO);
            ::close(in);
        }
        ::execl(programC, programC, scriptC, static_cast<char*>(nullptr));
        ::_exit(127);
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0)
    {
        if (errno != EINTR)
        {
            return -1;
        }
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string
SrvccLastLine(const std::string& path)
{
    std::ifstream in(path);
    std::string line;
    std::string last;
    while (std::getline(in, line))
    {
        if (line.find_first_not_of(" \t\r^") != std::string::npos)
        {
            last = line;
        }
    }
    return last;
}

} // namespace ns3
