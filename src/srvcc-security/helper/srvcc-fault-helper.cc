/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-fault-helper.h"

#include "ns3/log.h"
#include "ns3/simulator.h"
#include "ns3/srvcc-injected-tag.h"

#include <stdexcept>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SrvccFaultHelper");

namespace
{

struct RoleName
{
    SrvccRole role;
    const char* name;
    bool indexed;
};

constexpr RoleName kRoleNames[] = {
    {SrvccRole::kUe, "ue", true},    {SrvccRole::kGnb, "gnb", true},
    {SrvccRole::kRnc, "rnc", true},  {SrvccRole::kAmf, "amf", false},
    {SrvccRole::kMme, "mme", false}, {SrvccRole::kMscServer, "msc", false},
};

} // namespace

std::string
ToString(const SrvccNodeRef& node)
{
    for (const RoleName& r : kRoleNames)
    {
        if (r.role == node.role)
        {
            return r.indexed ? std::string(r.name) + ":" + std::to_string(node.index) : r.name;
        }
    }
    return "unknown";
}

std::optional<SrvccNodeRef>
ParseSrvccNodeRef(const std::string& text)
{
    const std::size_t colon = text.find(':');
    const std::string role = text.substr(0, colon);
    for (const RoleName& r : kRoleNames)
    {
        if (role != r.name)
        {
            continue;
        }
        if (!r.indexed)
        {
            return colon == std::string::npos ? std::optional<SrvccNodeRef>({r.role, 0})
                                              : std::nullopt;
        }
        const std::string digits = colon == std::string::npos ? "" : text.substr(colon + 1);
        if (digits.empty() || digits.size() > 9
            || digits.find_first_not_of("0123456789") != std::string::npos)
        {
            return std::nullopt;
        }
        return SrvccNodeRef{r.role, static_cast<uint32_t>(std::stoul(digits))};
    }
    return std::nullopt;
}

SrvccFaultHelper::SrvccFaultHelper(Ptr<SrvccHelper> helper) : m_helper(helper) {}

Ptr<SrvccNodeApplication>
SrvccFaultHelper::GetApplication(const SrvccNodeRef& node) const
{
    Ptr<SrvccNodeApplication> app;
    switch (node.role)
    {
        case SrvccRole::kUe:
            app = node.index < m_helper->GetNumUes() ? m_helper->GetUe(node.index) : nullptr;
            break;
        case SrvccRole::kGnb:
            app = node.index < m_helper->GetNumGnbs() ? m_helper->GetGnb(node.index) : nullptr;
            break;
        case SrvccRole::kRnc:
            app = node.index < m_helper->GetNumGnbs() ? m_helper->GetRnc(node.index) : nullptr;
            break;
        case SrvccRole::kAmf:
            app = m_helper->GetAmf();
            break;
        case SrvccRole::kMme:
            app = m_helper->GetMme();
            break;
        case SrvccRole::kMscServer:
            app = m_helper->GetMscServer();
            break;
    }
    if (!app)
    {
        throw std::invalid_argument("no node " + ToString(node) + " in this topology");
    }
    return app;
}

void
SrvccFaultHelper::ScheduleNodeDown(const SrvccNodeRef& node, Time at, std::optional<Time> upAt)
{
    NS_LOG_FUNCTION(this << ToString(node) << at);
    if (node.role == SrvccRole::kUe)
    {
        throw std::invalid_argument(ToString(node)
                                    + ": a UE is not taken down (only network nodes: gnb, rnc, "
                                      "amf, mme, msc)");
    }
    if (upAt && *upAt <= at)
    {
        throw std::invalid_argument(ToString(node) + ": up_at_s must be after at_s");
    }
    Ptr<SrvccNodeApplication> app = GetApplication(node);
    Simulator::Schedule(at, &SrvccNodeApplication::NodeDown, app);
    if (upAt)
    {
        Simulator::Schedule(*upAt, &SrvccNodeApplication::NodeUp, app);
    }
}

uint32_t
SrvccFaultHelper::ScheduleInjection(SrvccInterface iface, const SrvccNodeRef& from,
                                    std::optional<SrvccNodeRef> to, std::vector<uint8_t> payload,
                                    Time at)
{
    NS_LOG_FUNCTION(this << ToString(iface) << ToString(from) << at << payload.size());
    if (payload.empty())
    {
        throw std::invalid_argument("an injection needs at least one octet");
    }
    Ptr<SrvccNodeApplication> sender = GetApplication(from);
    if (!to)
    {
        to = OnlyPeer(iface, from);
        if (!to)
        {
            throw std::invalid_argument(
                ToString(from) + " has " + std::to_string(sender->GetPeerIds(iface).size())
                + " peers on " + ToString(iface) + ": say which one receives (\"to\")");
        }
    }
    Ptr<SrvccNodeApplication> receiver = GetApplication(*to);
    if (!sender->FindPeer(iface, receiver->GetNode()))
    {
        throw std::invalid_argument(ToString(from) + " and " + ToString(*to) + " share no link on "
                                    + ToString(iface));
    }
    SrvccInjection injection;
    injection.id = static_cast<uint32_t>(m_injections.size());
    injection.iface = iface;
    injection.from = from;
    injection.to = *to;
    injection.at = at;
    injection.payload = std::move(payload);
    m_injections.push_back(std::move(injection));
    Simulator::Schedule(at, &SrvccFaultHelper::Inject, this, m_injections.back().id);
    return m_injections.back().id;
}

std::optional<SrvccNodeRef>
SrvccFaultHelper::OnlyPeer(SrvccInterface iface, const SrvccNodeRef& from) const
{
    // The wiring of SrvccHelper::Install: each UE and gNB pair with one RNC and the core.
    const uint32_t gnbs = m_helper->GetNumGnbs();
    const bool singleGnb = gnbs == 1;
    switch (from.role)
    {
        case SrvccRole::kUe:
            if (iface == SrvccInterface::kNrUu)
            {
                return SrvccNodeRef{SrvccRole::kGnb, m_helper->GetGnbOfUe(from.index)};
            }
            if (iface == SrvccInterface::kUtranUu)
            {
                return SrvccNodeRef{SrvccRole::kRnc, m_helper->GetGnbOfUe(from.index)};
            }
            break;
        case SrvccRole::kGnb:
            if (iface == SrvccInterface::kN2)
            {
                return SrvccNodeRef{SrvccRole::kAmf, 0};
            }
            break;
        case SrvccRole::kRnc:
            if (iface == SrvccInterface::kIu)
            {
                return SrvccNodeRef{SrvccRole::kMscServer, 0};
            }
            break;
        case SrvccRole::kAmf:
            if (iface == SrvccInterface::kN2 && singleGnb)
            {
                return SrvccNodeRef{SrvccRole::kGnb, 0};
            }
            if (iface == SrvccInterface::kN26)
            {
                return SrvccNodeRef{SrvccRole::kMme, 0};
            }
            if (iface == SrvccInterface::kAmfMsc)
            {
                return SrvccNodeRef{SrvccRole::kMscServer, 0};
            }
            break;
        case SrvccRole::kMme:
            if (iface == SrvccInterface::kN26)
            {
                return SrvccNodeRef{SrvccRole::kAmf, 0};
            }
            if (iface == SrvccInterface::kSv)
            {
                return SrvccNodeRef{SrvccRole::kMscServer, 0};
            }
            break;
        case SrvccRole::kMscServer:
            if (iface == SrvccInterface::kSv)
            {
                return SrvccNodeRef{SrvccRole::kMme, 0};
            }
            if (iface == SrvccInterface::kAmfMsc)
            {
                return SrvccNodeRef{SrvccRole::kAmf, 0};
            }
            if (iface == SrvccInterface::kIu && singleGnb)
            {
                return SrvccNodeRef{SrvccRole::kRnc, 0};
            }
            break;
    }
    return std::nullopt; // several peers (a gNB's UEs, ...), or none
}

void
SrvccFaultHelper::Inject(uint32_t id)
{
    SrvccInjection& injection = m_injections[id];
    Ptr<SrvccNodeApplication> sender = GetApplication(injection.from);
    const uint32_t peer
        = *sender->FindPeer(injection.iface, GetApplication(injection.to)->GetNode());
    Ptr<Packet> packet = Create<Packet>(injection.payload.data(), injection.payload.size());
    packet->AddPacketTag(SrvccInjectedTag(id));
    injection.sent = sender->InjectToPeer(injection.iface, peer, packet);
}

void
SrvccFaultHelper::EnableFuzzing(SrvccInterface iface, uint64_t seed, uint32_t messages)
{
    NS_LOG_FUNCTION(this << ToString(iface) << seed << messages);
    if (GetFuzzer(iface))
    {
        throw std::invalid_argument(std::string(ToString(iface)) + " is fuzzed already");
    }
    // Each fuzzed interface gets its own id range (2^24 messages each) above the injections'.
    const uint32_t idBase = kSrvccFuzzedIdBase + (static_cast<uint32_t>(m_fuzzers.size()) << 24);
    auto fuzzer = std::make_shared<SrvccMessageFuzzer>(seed, std::min(messages, 1u << 24), idBase);
    bool linked = false;
    for (Ptr<SrvccNodeApplication> app : m_helper->GetAllApplications())
    {
        if (!app->GetPeerIds(iface).empty())
        {
            // One fuzzer for the interface: its budget counts the messages of every sender.
            app->SetOutboundMutator(iface,
                                    [fuzzer](Ptr<Packet> p)
                                    {
                                        return fuzzer->Mutate(p);
                                    });
            linked = true;
        }
    }
    if (!linked)
    {
        throw std::invalid_argument(std::string(ToString(iface)) + " has no link in this topology");
    }
    m_fuzzers.emplace_back(iface, std::move(fuzzer));
}

const std::vector<SrvccInjection>&
SrvccFaultHelper::GetInjections() const
{
    return m_injections;
}

const SrvccMessageFuzzer*
SrvccFaultHelper::GetFuzzer(SrvccInterface iface) const
{
    for (const auto& [i, fuzzer] : m_fuzzers)
    {
        if (i == iface)
        {
            return fuzzer.get();
        }
    }
    return nullptr;
}

} // namespace ns3
