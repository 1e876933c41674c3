/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-sim/srvcc-output-file.h"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace srvcc
{

namespace
{

[[noreturn]] void
Fail(const std::string& path, const std::string& why)
{
    throw OutputError(path + ": cannot write the file: " + why);
}

/** Create a temporary file next to \p path; \return its descriptor, \p tmp set to its name. */
int
CreateTemporary(const std::string& path, std::string& tmp)
{
    static std::atomic<unsigned> counter{0};
    for (;;)
    {
        tmp = path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
        const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST)
        {
            return fd;
        }
    }
}

} // namespace

void
WriteOutputFile(const std::string& path, const std::string& contents)
{
    std::string tmp;
    const int fd = CreateTemporary(path, tmp);
    if (fd < 0)
    {
        Fail(path, std::strerror(errno));
    }
    // Whatever fails after the temporary file exists, it goes: nothing half-written stays.
    auto abandon = [&path, &tmp](int error)
    {
        ::unlink(tmp.c_str());
        Fail(path, std::strerror(error));
    };
    const char* data = contents.data();
    std::size_t left = contents.size();
    while (left > 0)
    {
        const ssize_t n = ::write(fd, data, left);
        if (n < 0 && errno == EINTR)
        {
            continue;
        }
        if (n <= 0)
        {
            const int error = n < 0 ? errno : EIO;
            ::close(fd);
            abandon(error);
        }
        data += n;
        left -= static_cast<std::size_t>(n);
    }
    // close() reports errors of delayed writes (NFS, quotas): the file is only complete if it
    // succeeds.
    if (::close(fd) != 0 || std::rename(tmp.c_str(), path.c_str()) != 0)
    {
        abandon(errno);
    }
}

} // namespace srvcc
