/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Runs the module's ns-3 TestSuites. Debian's ns-3 ships no test-runner, so the module brings
 * its own: the suites register themselves with ns-3's TestRunner when this program loads.
 *
 *   srvcc-test-runner --list
 *   srvcc-test-runner --suite=srvcc-gtpv2c --verbose
 */
#include "ns3/test.h"

int
main(int argc, char** argv)
{
    return ns3::TestRunner::Run(argc, argv);
}
