/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Running gnuplot for the programs' figures (sweep plots, validation plots): finding it, running
 * one script in its directory, and quoting text for a script.
 */
#ifndef SRVCC_GNUPLOT_H
#define SRVCC_GNUPLOT_H

#include <string>

namespace ns3
{

/** \p name in PATH (or \p name itself when it has a '/'), executable; "" if none. */
std::string SrvccFindProgram(const std::string& name);

/**
 * Run "<program> <script>" in \p dir with stdout and stderr into \p log, stdin empty.
 * \return the exit status, or -1 when it could not run or was killed
 */
int SrvccRunGnuplot(const std::string& program, const std::string& dir, const std::string& script,
                    const std::string& log);

/** The last non-empty line of a text file ("" if none): gnuplot's error is there. */
std::string SrvccLastLine(const std::string& path);

/** A gnuplot single-quoted string: only ' is special, written twice. */
std::string SrvccGnuplotString(const std::string& s);

} // namespace ns3

#endif // SRVCC_GNUPLOT_H
