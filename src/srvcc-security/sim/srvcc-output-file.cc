/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-sim/srvcc-output-file.h"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <system_error>
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

/** "<pid>-<n>": unique within the process, and across processes sharing a directory. */
std::string
UniqueSuffix()
{
    static std::atomic<unsigned> counter{0};
    return std::to_string(::getpid()) + "-" + std::to_string(counter++);
}

/** Create a temporary file next to \p path; \return its descriptor, \p tmp set to its name. */
int
CreateTemporary(const std::string& path, std::string& tmp)
{
    for (;;)
    {
        tmp = path + ".tmp-" + UniqueSuffix();
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

namespace fs = std::filesystem;

OutputDirectory::OutputDirectory(const std::string& path)
{
    fs::path result(path);
    if (!result.has_filename())
    {
        result = result.parent_path(); // "results/x/" names the directory x
    }
    m_result = result.string();
    if (result.filename() == "." || result.filename() == ".." || result.empty())
    {
        throw OutputError(path + ": expected the name of a directory to create, not . or ..");
    }
    CheckReplaceable(); // before the run: a long run must not end in this error
    const fs::path parent = result.has_parent_path() ? result.parent_path() : fs::path(".");
    std::error_code ec;
    fs::create_directories(parent, ec);
    for (;;)
    {
        const fs::path partial
            = parent / ("." + result.filename().string() + ".partial-" + UniqueSuffix());
        if (!ec && fs::create_directory(partial, ec))
        {
            m_partial = partial.string();
            return;
        }
        if (ec)
        {
            throw OutputError(path + ": cannot create the output directory: " + ec.message());
        }
        // It existed (a killed run of an earlier process with our pid): take the next name.
    }
}

OutputDirectory::~OutputDirectory()
{
    if (!m_committed)
    {
        std::error_code ignored; // a destructor cannot report; the directory is hidden
        fs::remove_all(m_partial, ignored);
    }
}

const std::string&
OutputDirectory::Path() const
{
    return m_partial;
}

bool
OutputDirectory::CheckReplaceable() const
{
    const fs::path result(m_result);
    std::error_code ec;
    const fs::file_status status = fs::symlink_status(result, ec);
    if (!fs::exists(status))
    {
        return false;
    }
    const bool empty = fs::is_directory(status) && fs::is_empty(result, ec);
    const bool earlierResult
        = fs::is_directory(status) && fs::is_regular_file(result / "summary.json", ec);
    if (!empty && !earlierResult)
    {
        throw OutputError(m_result
                          + ": is in the way and is not a result of srvcc-sim (no "
                            "summary.json); it was left as it is: remove it or choose another "
                            "output directory");
    }
    return true;
}

void
OutputDirectory::Commit()
{
    const fs::path result(m_result);
    std::error_code ec;
    fs::path old;
    if (CheckReplaceable()) // again: something may have appeared during the run
    {
        // Move the earlier result aside first: rename(2) replaces only an empty directory.
        old = fs::path(m_partial).parent_path()
              / ("." + result.filename().string() + ".old-" + UniqueSuffix());
        fs::rename(result, old, ec);
        if (ec)
        {
            throw OutputError(m_result + ": cannot replace the earlier result: " + ec.message());
        }
    }
    fs::rename(m_partial, result, ec);
    if (ec)
    {
        if (!old.empty())
        {
            std::error_code ignored;
            fs::rename(old, result, ignored); // put the earlier result back
        }
        throw OutputError(m_result + ": cannot put the result in place: " + ec.message());
    }
    m_committed = true;
    if (!old.empty())
    {
        fs::remove_all(old, ec); // the new result is in place; a leftover is only hidden
    }
}

} // namespace srvcc
