/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Shared pieces of the program-layer TestSuites: scratch directories, files, narration text,
 * and the fault matrix's run with its invariants (srvcc-fault-matrix-*).
 */
#ifndef SRVCC_SIM_TEST_UTIL_H
#define SRVCC_SIM_TEST_UTIL_H

#include "ns3/test.h"
#include "srvcc-sim/srvcc-run-summary.h"

#include <string>

namespace ns3
{
namespace simtest
{

/** The whole file, "" when it cannot be read. */
std::string ReadFile(const std::string& path);

/** A fresh, empty directory "<prefix>-<pid>-<name>" in the temporary directory. */
std::string TempDir(const std::string& prefix, const std::string& name);

/** \p text with every run of white space made one space: narration lines are word-wrapped. */
std::string Squash(const std::string& text);

/**
 * The invariants under faults (issue: no input ends a run): 1,000 UEs (2 gNBs x 500) hand
 * over 1 ms apart under \p faults and \p links (scenario JSON objects); every handover ends
 * (none pending when the simulation ends), no context is left stale at the MME_SRVCC, the MSC
 * server or the target RNCs, and no KAMF is exposed. The suites split the matrix so that ctest
 * runs its parts side by side.
 */
class FaultMatrixCase : public TestCase
{
  protected:
    explicit FaultMatrixCase(const std::string& name);

    /** One run of the matrix, its invariants checked; its directory is m_dir. */
    SrvccRunSummary Run(const std::string& label, const std::string& faults,
                        const std::string& links, bool narrate = false);

    std::string m_dir; ///< the last run's output directory
};

} // namespace simtest
} // namespace ns3

#endif // SRVCC_SIM_TEST_UTIL_H
