/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * How the program layer writes a non-integer number, in every output: summary.json, the CSV
 * files, the plot data and srvcc-keys. No ns-3 here: srvcc-keys uses it too.
 */
#ifndef SRVCC_NUMBER_FORMAT_H
#define SRVCC_NUMBER_FORMAT_H

#include <string>

namespace srvcc
{

/**
 * Significant digits of the figures in the report files (summary.json, handovers.csv,
 * registrations.csv, sweep.csv, plot data): 9 resolve a latency of 100 s to the nanosecond,
 * the resolution of every time the simulation records.
 */
constexpr int kReportDigits = 9;

/**
 * \p value as printf's %g with \p significantDigits (1 to 17) would write it in the C locale,
 * whatever the process locale: "50.011944", "10", "1e-05"; with 0, the shortest text that reads
 * back as the same double ("0.1", "1e+22"). Both are JSON numbers.
 * \throws std::domain_error for infinity and NaN, which neither JSON nor a number column holds
 */
std::string FormatNumber(double value, int significantDigits = kReportDigits);

} // namespace srvcc

#endif // SRVCC_NUMBER_FORMAT_H
