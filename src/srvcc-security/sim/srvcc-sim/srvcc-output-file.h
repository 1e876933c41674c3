/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Writing an output file whole or not at all: every file the program layer writes
 * (summary.json, the CSV files, narration, plots) goes through WriteOutputFile.
 */
#ifndef SRVCC_OUTPUT_FILE_H
#define SRVCC_OUTPUT_FILE_H

#include "srvcc-sim/srvcc-program-error.h"

#include <string>

namespace srvcc
{

/**
 * Write \p contents to \p path: first into a temporary file beside it
 * ("<path>.tmp-<pid>-<n>", created with the umask's permissions like any new file), renamed to
 * \p path once every byte is written and the file is closed. rename(2) replaces a file in one
 * step, so a reader (or the next stage of a sweep) sees the old file or the complete new one,
 * never a truncated one, even when the disk fills up or the program is stopped half-way. On
 * failure the temporary file is removed and an older \p path is left as it was. (The file is
 * not fsync'ed: this guards against errors and interrupted runs, not against power loss.)
 * \throws OutputError "<path>: cannot write the file: <why>"
 */
void WriteOutputFile(const std::string& path, const std::string& contents);

/**
 * A result directory written whole or not at all, as WriteOutputFile does for one file: a run
 * writes into Path(), a hidden directory beside the result ("<parent>/.<name>.partial-<pid>-<n>"),
 * and Commit() puts it in place with rename(2). Until then nothing at the result's path looks
 * like a result: a run that fails is removed by the destructor, and a run that is killed leaves
 * only the hidden directory.
 *
 * Commit() replaces an existing directory only if it is empty or a result of an earlier run
 * (it holds summary.json), as a whole; any other file or directory in the way is left as it
 * was and is an error, so that --outputDir=$HOME never deletes anything.
 */
class OutputDirectory
{
  public:
    /**
     * Create the partial directory for the result \p path (and the parents of \p path).
     * \throws OutputError "<path>: cannot create the output directory: <why>", or when
     *         something that Commit() would not replace is in the way (checked first, so that
     *         a long run does not end in this error)
     */
    explicit OutputDirectory(const std::string& path);
    /** Remove the partial directory unless Commit() succeeded. */
    ~OutputDirectory();
    OutputDirectory(const OutputDirectory&) = delete;
    OutputDirectory& operator=(const OutputDirectory&) = delete;

    /** Where the run writes until Commit(). */
    const std::string& Path() const;
    /**
     * Put the result in place at the path given to the constructor.
     * \throws OutputError "<path>: ..." naming what is in the way, or why the rename failed;
     *         the partial directory is then removed and \p path left as it was.
     */
    void Commit();

  private:
    /**
     * \return whether something exists at the result's path that Commit() may replace
     * \throws OutputError when something else is in the way
     */
    bool CheckReplaceable() const;

    std::string m_result;  ///< the path asked for
    std::string m_partial; ///< where the run writes
    bool m_committed{false};
};

} // namespace srvcc

#endif // SRVCC_OUTPUT_FILE_H
