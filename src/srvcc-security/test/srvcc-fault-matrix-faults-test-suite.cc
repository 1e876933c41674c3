/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The fault matrix, a link and nodes down, injection and fuzzing: 1,000 UEs, and the invariants of
 * simtest::FaultMatrixCase (every handover ends, no stale context, no KAMF exposed). The matrix is
 * split in two suites (srvcc-fault-matrix-loss, srvcc-fault-matrix-faults) so that ctest runs them
 * side by side.
 */
#include "srvcc-sim-test-util.h"
#include "srvcc-test-require.h"

#include <string>

using namespace ns3;
using namespace ns3::simtest;

namespace
{

class FaultMatrixFaultsTestCase : public FaultMatrixCase
{
  public:
    FaultMatrixFaultsTestCase()
        : FaultMatrixCase("1,000 UEs with Sv down, each network node down and up, injected and "
                          "fuzzed traffic: every handover ends, no stale context, no KAMF exposed")
    {
    }

  private:
    void
    DoRun() override
    {
        Run("link-down-sv", "{}", R"({"sv": {"loss": 1}})");
        for (const char* node : {"gnb:0", "rnc:1", "amf", "mme", "msc"})
        {
            const SrvccRunSummary s = Run(std::string("down-") + node,
                                          std::string(R"({"node_down": [{"node": ")") + node
                                              + R"(", "at_s": 1.2, "up_at_s": 1.6}]})",
                                          "{}");
            NS_TEST_EXPECT_MSG_EQ((s.failed > 0), true, node << " down: some handovers fail");
            NS_TEST_EXPECT_MSG_EQ((s.completed > 0), true,
                                  node << " down: the UEs before and after complete");
        }
        const SrvccRunSummary injected = Run("inject", R"({"inject": [
                {"interface": "sv", "from": "mme", "at_s": 0.5, "hex": "48 21 00 08 00 00 00 01 00 00 01 00"},
                {"interface": "n2", "from": "gnb:1", "at_s": 0.6, "hex": "ff"}]})",
                                             "{}", true);
        NS_TEST_EXPECT_MSG_NE(
            Squash(ReadFile(m_dir + "/narration.txt"))
                .find("12 octets on sv as mme -> msc: dropped (unexpected_message_type)"),
            std::string::npos, "the narration tells the injection and what the MSC server did");
        SRVCC_REQUIRE_EQ(injected.injections.size(), 2, "both injections reported");
        // Message type 33 is a Modify Bearer Response (TS 29.274 Table 6.1-1): the MSC server
        // on Sv takes no such message.
        NS_TEST_EXPECT_MSG_EQ(injected.injections[0].to, "msc", "the MME's one Sv peer");
        NS_TEST_EXPECT_MSG_EQ(injected.injections[0].outcome, "dropped", "the MSC server drops it");
        NS_TEST_EXPECT_MSG_EQ(injected.injections[0].detail, "unexpected_message_type",
                              "as a message type it does not take");
        NS_TEST_EXPECT_MSG_EQ(injected.injections[1].detail, "wrong_protocol",
                              "one octet is no NGAP message");
        NS_TEST_EXPECT_MSG_EQ(injected.completed, 1000, "no UE is affected by either");
        for (const char* iface : {"n2", "n26", "sv", "iu"})
        {
            const SrvccRunSummary s = Run(std::string("fuzz-") + iface,
                                          std::string(R"({"fuzz": {"interface": ")") + iface
                                              + R"(", "messages": 200, "seed": 3}})",
                                          "{}");
            SRVCC_REQUIRE_EQ(s.fuzzed.count(iface), 1, "the fuzzed interface is reported");
            const SrvccFuzzSummary& f = s.fuzzed.at(iface);
            NS_TEST_EXPECT_MSG_EQ(f.mutated, 200, iface << ": 200 messages mutated");
            uint64_t dropped = 0;
            for (const auto& [reason, n] : f.dropped)
            {
                dropped += n;
            }
            NS_TEST_EXPECT_MSG_EQ(f.accepted + dropped + f.lost, 200,
                                  iface << ": each mutated message accounted for");
            NS_TEST_EXPECT_MSG_EQ((dropped > 0), true, iface << ": receivers refuse some");
        }
    }
};

class FaultMatrixFaultsTestSuite : public TestSuite
{
  public:
    FaultMatrixFaultsTestSuite() : TestSuite("srvcc-fault-matrix-faults", UNIT)
    {
        AddTestCase(new FaultMatrixFaultsTestCase, TestCase::QUICK);
    }
};

FaultMatrixFaultsTestSuite g_faultMatrixFaultsTestSuite;

} // namespace
