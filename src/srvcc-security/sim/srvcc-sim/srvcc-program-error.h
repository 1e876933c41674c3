/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The one error style of the program layer (srvcc-sim, srvcc-keys and the library behind
 * srvcc-sim): the functions throw, and each program catches once, at the top of main. No ns-3
 * here: srvcc-keys uses it too.
 */
#ifndef SRVCC_PROGRAM_ERROR_H
#define SRVCC_PROGRAM_ERROR_H

#include <stdexcept>

namespace srvcc
{

/** Exit status of a program for an error the user can fix (a ProgramError). */
constexpr int kExitBadInput = 2;
/** Exit status for any other exception: not the input's fault (a bug, OpenSSL failing, ...). */
constexpr int kExitInternalError = 1;
/** Exit status of srvcc-sim --validate when an analytic value lies outside its CI. */
constexpr int kExitValidationFailed = 3;

/**
 * Something the user of a program can fix: a bad input file or field, a bad option value, an
 * output file that cannot be written. The message is one line that names the file, the field or
 * the option, what was found and what was expected, e.g.
 * "scenarios/x.json: links.sv.delay_ms: found "fast" (a string), expected a number >= 0".
 * The programs print "<program>: <message>" on stderr and exit with kExitBadInput; any other
 * exception is reported as an internal error with kExitInternalError.
 */
class ProgramError : public std::runtime_error
{
  public:
    using std::runtime_error::runtime_error;
};

/**
 * An output file or stream that cannot be written: "<path>: cannot write the file: <why>".
 * Nothing half-written is left under the file's name (WriteOutputFile).
 */
class OutputError : public ProgramError
{
  public:
    using ProgramError::ProgramError;
};

} // namespace srvcc

#endif // SRVCC_PROGRAM_ERROR_H
