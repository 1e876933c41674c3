/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * libFuzzer harness: the scenario reader of srvcc-sim (ParseScenario, doc/scenario-format.md).
 *
 * The reader has no writer, so its "encode" is the document in Boost.JSON's canonical text: for
 * each input that reads as a scenario, the same JSON value serialized again must read as the
 * same scenario, field by field (every number, time, per-UE list and Attribute value). That
 * holds only when the reader depends on the value alone, not on the spelling of the file
 * (number formats, escapes, white space). A ScenarioError is the normal outcome of a bad
 * input; any other exception (std::out_of_range, boost::system::system_error, ...) escapes
 * and libFuzzer reports it as a crash.
 */
#include "fuzz-check.h"
#include "srvcc-sim/srvcc-scenario.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

using namespace ns3;
using srvccfuzz::Fail;
using srvccfuzz::Require;

namespace
{

bool
SameEvents(const std::vector<SrvccUeEvent>& a, const std::vector<SrvccUeEvent>& b)
{
    if (a.size() != b.size())
    {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i)
    {
        if (a[i].ue != b[i].ue || a[i].at != b[i].at)
        {
            return false;
        }
    }
    return true;
}

bool
SameProfile(const SrvccUeProfile& a, const SrvccUeProfile& b)
{
    return a.emergencyRegistration == b.emergencyRegistration
           && a.emergencySession == b.emergencySession && a.peiOnly == b.peiOnly
           && a.subscribed == b.subscribed && a.wrongK == b.wrongK && a.sqnAhead == b.sqnAhead;
}

bool
SameProfiles(const std::map<uint32_t, SrvccUeProfile>& a,
             const std::map<uint32_t, SrvccUeProfile>& b)
{
    if (a.size() != b.size())
    {
        return false;
    }
    for (auto ia = a.begin(), ib = b.begin(); ia != a.end(); ++ia, ++ib)
    {
        if (ia->first != ib->first || !SameProfile(ia->second, ib->second))
        {
            return false;
        }
    }
    return true;
}

/** The Attribute values compared as the Attribute's checker serializes them. */
bool
SameSettings(const SrvccScenarioSettings& a, const SrvccScenarioSettings& b)
{
    if (a.size() != b.size())
    {
        return false;
    }
    for (auto ia = a.begin(), ib = b.begin(); ia != a.end(); ++ia, ++ib)
    {
        if (ia->first != ib->first || ia->second.row != ib->second.row)
        {
            return false;
        }
        TypeId::AttributeInformation info;
        Require(ia->second.row->Lookup(info), ia->first + ": the row names no Attribute");
        if (ia->second.value->SerializeToString(info.checker)
            != ib->second.value->SerializeToString(info.checker))
        {
            return false;
        }
    }
    return true;
}

void
RequireSame(const SrvccScenario& a, const SrvccScenario& b)
{
    Require(a.name == b.name && a.description == b.description, "name/description differ");
    Require(a.gnbs == b.gnbs && a.uesPerGnb == b.uesPerGnb, "topology differs");
    Require(SameEvents(a.handovers, b.handovers), "handovers differ");
    Require(a.uesNeverArriving == b.uesNeverArriving, "faults.ues_never_arriving differs");
    Require(SameEvents(a.cancels, b.cancels), "cancels differ");
    Require(a.seed == b.seed && a.run == b.run && a.replications == b.replications,
            "seed/run/replications differ");
    Require(a.duration == b.duration, "duration differs");
    Require(a.pcap == b.pcap, "pcap differs");
    const SrvccRegistrationConfig& ra = a.registration;
    const SrvccRegistrationConfig& rb = b.registration;
    Require(ra.enabled == rb.enabled && ra.start == rb.start && ra.spacing == rb.spacing
                && ra.t3520 == rb.t3520,
            "registration differs");
    Require(SameProfiles(a.ueProfiles, b.ueProfiles), "UE profiles differ");
    Require(SameEvents(a.returnsTo5g, b.returnsTo5g), "returns to 5G differ");
    Require(SameSettings(a.settings, b.settings), "node settings differ");
}

} // namespace

extern "C" int
LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    const std::vector<uint8_t> copy = srvccfuzz::CopyInput(data, size);
    const std::string text(copy.begin(), copy.end());
    SrvccScenario first;
    try
    {
        first = ParseScenario(text, "fuzz");
    }
    catch (const ScenarioError&)
    {
        return 0; // not a scenario: rejected with a message, as it should be
    }
    const std::string canonical = boost::json::serialize(boost::json::parse(text));
    SrvccScenario second;
    try
    {
        second = ParseScenario(canonical, "fuzz");
    }
    catch (const ScenarioError& e)
    {
        Fail(std::string("the canonical JSON of a scenario does not read: ") + e.what());
    }
    RequireSame(first, second);
    return 0;
}
