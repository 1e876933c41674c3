/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-sim-test-util.h"

#include "srvcc-sim/srvcc-scenario-runner.h"
#include "srvcc-sim/srvcc-scenario.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <unistd.h>

namespace ns3
{
namespace simtest
{

std::string
ReadFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string
TempDir(const std::string& prefix, const std::string& name)
{
    const std::filesystem::path dir = std::filesystem::temp_directory_path()
                                      / (prefix + "-" + std::to_string(::getpid()) + "-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir.string();
}

std::string
Squash(const std::string& text)
{
    std::istringstream words(text);
    std::string out;
    for (std::string word; words >> word;)
    {
        out += (out.empty() ? "" : " ") + word;
    }
    return out;
}

FaultMatrixCase::FaultMatrixCase(const std::string& name) : TestCase(name) {}

SrvccRunSummary
FaultMatrixCase::Run(const std::string& label, const std::string& faults, const std::string& links,
                     bool narrate)
{
    const std::string json = R"({"name": "matrix", "topology": {"gnbs": 2, "ues_per_gnb": 500},
            "handovers": {"ues": "all", "start_s": 1.0, "spacing_ms": 1}, "duration_s": 30,
            "pcap": false, "faults": )"
                             + faults + R"(, "links": )" + links + "}";
    const SrvccScenario scenario = ParseScenario(json, label + ".json");
    SrvccRunOptions options;
    options.pcap = false;
    options.narrate = narrate;
    m_dir = TempDir("srvcc-fault-matrix", label);
    const SrvccRunSummary s = RunScenario(scenario, 0, options, m_dir);
    NS_TEST_EXPECT_MSG_EQ(s.attempted, 1000, label << ": every handover attempted");
    NS_TEST_EXPECT_MSG_EQ(s.completed + s.failed, s.attempted,
                          label << ": attempted = completed + failed");
    NS_TEST_EXPECT_MSG_EQ(s.failureCauses.count("not finished when the simulation ended"), 0,
                          label << ": nothing pending at the end");
    NS_TEST_EXPECT_MSG_EQ(s.staleContextsMme, 0, label << ": no stale MME_SRVCC context");
    NS_TEST_EXPECT_MSG_EQ(s.staleContextsMsc, 0, label << ": no stale MSC server context");
    NS_TEST_EXPECT_MSG_EQ(s.staleContextsRnc, 0, label << ": no stale RNC context");
    NS_TEST_EXPECT_MSG_EQ(s.kamfExposures, 0, label << ": no KAMF exposed");
    return s;
}

} // namespace simtest
} // namespace ns3
