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

} // namespace srvcc

#endif // SRVCC_OUTPUT_FILE_H
