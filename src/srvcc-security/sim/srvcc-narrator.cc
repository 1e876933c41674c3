/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-sim/srvcc-narrator.h"

#include "ns3/callback.h"
#include "ns3/simulator.h"
#include "ns3/srvcc-stats-collector.h"
#include "srvcc-sim/srvcc-message-content.h"
#include "srvcc-sim/srvcc-number-format.h"
#include "srvcc-sim/srvcc-output-file.h"
#include "srvcc-sim/srvcc-scenario.h"
#include "srvcc-sim/srvcc-sequence-diagram.h"
#include "srvcc/secret-bytes.h"

#include <cstdio>
#include <map>
#include <set>
#include <sstream>

namespace ns3
{

namespace
{

/** The lifeline a trace context names (the digit Attach connects with). */
SrvccLifeline
LifelineOfContext(const std::string& context)
{
    return static_cast<SrvccLifeline>(context.empty() ? 0 : context[0] - '0');
}

} // namespace

namespace
{

/** Width of the narration text and the indent of the explanation under each headline. */
constexpr std::size_t kTextWidth = 100;
constexpr std::size_t kIndent = 16;

std::string
Ms(Time t)
{
    char buffer[32];
    std::snprintf(buffer, sizeof(buffer), "%10.3f ms", t.GetSeconds() * 1000.0);
    return buffer;
}

/**
 * \p text word-wrapped to kTextWidth: the first line after \p first, the others indented by
 * \p indent (\p first is as wide as the indent).
 */
std::string
Wrap(const std::string& text, const std::string& first, std::size_t indent)
{
    std::istringstream words(text);
    std::string word;
    std::string out;
    std::string line;
    while (words >> word)
    {
        if (!line.empty() && indent + line.size() + 1 + word.size() > kTextWidth)
        {
            out += (out.empty() ? first : std::string(indent, ' ')) + line + "\n";
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
    }
    if (!line.empty())
    {
        out += (out.empty() ? first : std::string(indent, ' ')) + line + "\n";
    }
    return out;
}

/** \p text word-wrapped to kTextWidth, every line indented by kIndent. */
std::string
Wrap(const std::string& text)
{
    return Wrap(text, std::string(kIndent, ' '), kIndent);
}

/** The node at the other end of \p iface from \p node (each interface joins two roles). */
SrvccLifeline
PeerOf(SrvccLifeline node, SrvccInterface iface)
{
    std::pair<SrvccLifeline, SrvccLifeline> ends{node, node};
    switch (iface)
    {
        case SrvccInterface::kNrUu:
            ends = {SrvccLifeline::kUe, SrvccLifeline::kGnb};
            break;
        case SrvccInterface::kN2:
            ends = {SrvccLifeline::kGnb, SrvccLifeline::kAmf};
            break;
        case SrvccInterface::kN26:
            ends = {SrvccLifeline::kAmf, SrvccLifeline::kMme};
            break;
        case SrvccInterface::kSv:
            ends = {SrvccLifeline::kMme, SrvccLifeline::kMscServer};
            break;
        case SrvccInterface::kAmfMsc:
            ends = {SrvccLifeline::kAmf, SrvccLifeline::kMscServer};
            break;
        case SrvccInterface::kIu:
            ends = {SrvccLifeline::kMscServer, SrvccLifeline::kRnc};
            break;
        case SrvccInterface::kUtranUu:
            ends = {SrvccLifeline::kUe, SrvccLifeline::kRnc};
            break;
    }
    return ends.first == node ? ends.second : ends.first;
}

const char*
ProfileStatus(srvcc::SrvccProfile profile)
{
    switch (profile)
    {
        case srvcc::SrvccProfile::kTs33501:
            return "TS 33.501 Annex J.1.2, normative";
        case srvcc::SrvccProfile::kSol11:
            return "TR 33.856 Solution #1.1, study";
        case srvcc::SrvccProfile::kSol11Concat:
            return "TR 33.856 Solution #1.1 NOTE, study";
        case srvcc::SrvccProfile::kSol12:
            return "TR 33.856 Solution #1.2, study; its KDF is the module's own choice";
    }
    return "";
}

/** One sentence on why key \p key exists and how \p node got it. */
std::string
KeyExplanation(SrvccLifeline node, SrvccKeyKind key, srvcc::SrvccProfile profile)
{
    const bool ue = node == SrvccLifeline::kUe;
    if (key == SrvccKeyKind::kKasmeSrvcc)
    {
        return ue ? "The UE runs the same A.21 step on its own KAMF with the COUNT it estimated "
                    "(J.1.2 step 10)."
                  : "KDF(KAMF, FC 0x7D, current DL NAS COUNT); the AMF then steps its DL NAS "
                    "COUNT up by one (J.1.2 step 2). The KDF is one-way: whoever holds "
                    "KASME_SRVCC cannot compute KAMF back (J.1.1 backward security).";
    }
    if (key == SrvccKeyKind::kKPrimeAsme)
    {
        return ue ? "The UE runs the same A.14.2 step on its own KAMF with the COUNT it "
                    "estimated."
                  : "KDF(KAMF, FC 0x74, current DL NAS COUNT), the 5GS-to-EPS mapping of TS "
                    "33.501 8.6.1, as TR 33.856 Solution #1.1 proposes; one-way, so KAMF stays "
                    "hidden from the MME_SRVCC.";
    }
    if (IsSrvccCkIk(key))
    {
        std::string how;
        switch (profile)
        {
            case srvcc::SrvccProfile::kTs33501:
                how = "KDF(KASME_SRVCC, FC 0x1A, DL NAS COUNT 0) (J.1.2 step 4)";
                break;
            case srvcc::SrvccProfile::kSol11:
                how = "KDF(K'ASME, FC 0x1A, the same DL NAS COUNT) (the module's reading of TR "
                      "33.856 Solution #1.1)";
                break;
            case srvcc::SrvccProfile::kSol11Concat:
                how = "no further KDF under sol1.1-concat: K'ASME itself is split (TR 33.856 6.1.2 "
                      "NOTE)";
                break;
            case srvcc::SrvccProfile::kSol12:
                how = "KDF(KAMF, FC 0x1A, DL NAS COUNT), the A.12 function keyed with KAMF (the "
                      "module's choice: TR 33.856 Solution #1.2 names no KDF)";
                break;
        }
        return how + "; CK_SRVCC is the 128 MSB and IK_SRVCC the 128 LSB (TS 33.401 14.1). "
               + (ue ? "If the UE's keys equal the network's, the MAC-I check on UTRAN passes."
                     : "With KSI_SRVCC, these are all the MSC server will ever receive.");
    }
    return "";
}

/** What a security context named \p name holds, and why it is created or deleted. */
std::string
ContextExplanation(SrvccContextKind context, bool created)
{
    static const std::map<SrvccContextKind, std::pair<const char*, const char*>> kContexts = {
        {SrvccContextKind::kMmeMapped,
         {"The MME_SRVCC's mapped context: the mapped KASME, eKSI and the DL NAS COUNT (J.1.2 "
          "step 3).",
          "The MME_SRVCC drops its mapped context (KASME, CK, IK): it has served its purpose or "
          "the handover is over."}},
        {SrvccContextKind::kMscSrvcc,
         {"The MSC server's SRVCC context: CK_SRVCC, IK_SRVCC and KSI_SRVCC, nothing else (J.1.2 "
          "step 5).",
          "The MSC server deletes CK_SRVCC, IK_SRVCC and KSI_SRVCC: \"If the SRVCC handover is not "
          "completed successfully, the new mapped CK_SRVCC, IK_SRVCC and KSI_SRVCC cannot be "
          "used\" (J.1.2)."}},
        {SrvccContextKind::kRncSrvcc,
         {"The target RNC's context for the UE: CK and IK from the MSC server, the chosen "
          "UIA/UEA and FRESH.",
          "The target RNC drops the UE's CK and IK."}},
        {SrvccContextKind::kUeSrvcc,
         {"The UE's SRVCC context: CK_SRVCC, IK_SRVCC and KSI_SRVCC (= the ngKSI value).",
          "The UE drops its SRVCC keys."}},
    };
    const auto it = kContexts.find(context);
    if (it == kContexts.end())
    {
        return "";
    }
    return created ? it->second.first : it->second.second;
}

} // namespace

const char*
ToString(SrvccLifeline lifeline)
{
    switch (lifeline)
    {
        case SrvccLifeline::kUe:
            return "UE";
        case SrvccLifeline::kGnb:
            return "gNB";
        case SrvccLifeline::kAmf:
            return "AMF";
        case SrvccLifeline::kMme:
            return "MME_SRVCC";
        case SrvccLifeline::kMscServer:
            return "MSC server";
        case SrvccLifeline::kRnc:
            return "target RNC";
    }
    return "?";
}

SrvccNarrator::SrvccNarrator(uint32_t ue, bool revealKeys, std::ostream* live)
    : m_ue(ue), m_reveal(revealKeys), m_live(live)
{
}

uint32_t
SrvccNarrator::ChooseUe(const SrvccScenario& scenario)
{
    if (scenario.handovers.empty() && !scenario.arrivals.ues.empty())
    {
        // A random process, drawn at run time: UE 0 if it hands over, else the first listed.
        const auto& ues = scenario.arrivals.ues;
        return std::find(ues.begin(), ues.end(), 0u) != ues.end() ? 0 : ues.front();
    }
    const SrvccUeEvent* first = nullptr;
    for (const SrvccUeEvent& h : scenario.handovers)
    {
        if (h.ue == 0)
        {
            return 0;
        }
        if (first == nullptr || h.at < first->at)
        {
            first = &h;
        }
    }
    return first ? first->ue : 0;
}

void
SrvccNarrator::Connect(SrvccHelper& helper)
{
    m_profile = helper.GetKeyStrategy().GetProfile();
    m_hasMme = helper.GetKeyStrategy().UsesMme();
    m_ueApp = helper.GetUe(m_ue);
    m_mme = helper.GetMme();
    m_amf = helper.GetAmf();
    for (uint32_t ue = 0; ue < helper.GetNumUes(); ++ue)
    {
        m_csScanner.AddKamf(ue, helper.GetUe(ue)->GetNasSecurityContext().kamf);
    }

    std::vector<std::pair<Ptr<SrvccNodeApplication>, SrvccLifeline>> nodes;
    nodes.emplace_back(m_ueApp, SrvccLifeline::kUe);
    const uint32_t gnb = helper.GetGnbOfUe(m_ue);
    nodes.emplace_back(helper.GetGnb(gnb), SrvccLifeline::kGnb);
    nodes.emplace_back(helper.GetAmf(), SrvccLifeline::kAmf);
    if (m_mme)
    {
        nodes.emplace_back(m_mme, SrvccLifeline::kMme);
    }
    nodes.emplace_back(helper.GetMscServer(), SrvccLifeline::kMscServer);
    // Every RNC: the Iu scan covers all of them; only the UE's own appears in the story.
    for (uint32_t g = 0; g < helper.GetNumGnbs(); ++g)
    {
        nodes.emplace_back(helper.GetRnc(g), SrvccLifeline::kRnc);
    }
    // The lifeline travels as the trace context (one digit): ns-3.35, which the waf build
    // supports, has no MakeCallback with bound arguments.
    for (const auto& [app, lifeline] : nodes)
    {
        const std::string context(1, static_cast<char>('0' + static_cast<int>(lifeline)));
        app->TraceConnect("MessageSent", context,
                          MakeCallback(&SrvccNarrator::OnMessageSent, this));
        app->TraceConnect("MessageReceived", context,
                          MakeCallback(&SrvccNarrator::OnMessageReceived, this));
        app->TraceConnect("KeyDerived", context, MakeCallback(&SrvccNarrator::OnKeyDerived, this));
        app->TraceConnect("ContextCreated", context,
                          MakeCallback(&SrvccNarrator::OnContextCreated, this));
        app->TraceConnect("ContextDeleted", context,
                          MakeCallback(&SrvccNarrator::OnContextDeleted, this));
        app->TraceConnect("HandoverFailed", context,
                          MakeCallback(&SrvccNarrator::OnHandoverFailed, this));
    }
    m_ueApp->TraceConnectWithoutContext("HandoverCommandReceived",
                                        MakeCallback(&SrvccNarrator::OnHandoverCommand, this));
    m_ueApp->TraceConnectWithoutContext("ReplayRejected",
                                        MakeCallback(&SrvccNarrator::OnReplayRejected, this));
    helper.GetRnc(gnb)->TraceConnectWithoutContext("KeyCheck",
                                                   MakeCallback(&SrvccNarrator::OnKeyCheck, this));
    helper.GetMscServer()->TraceConnectWithoutContext(
        "HandoverCompleted", MakeCallback(&SrvccNarrator::OnHandoverCompleted, this));

    std::string intro = "5G-SRVCC handover of UE " + std::to_string(m_ue) + " (of "
                        + std::to_string(helper.GetNumUes()) + "), profile "
                        + std::string(srvcc::ToString(m_profile)) + " (" + ProfileStatus(m_profile)
                        + ")";
    Say(intro, m_reveal ? "Keys are shown in full (--revealKeys=true): for teaching only."
                        : "Keys are shown as fingerprints (their first two octets, e.g. "
                          "\"44e7..\"); --revealKeys=true shows them in full.");
}

uint32_t
SrvccNarrator::GetUe() const
{
    return m_ue;
}

const std::vector<SrvccNarrationEvent>&
SrvccNarrator::GetEvents() const
{
    return m_events;
}

const std::string&
SrvccNarrator::GetText() const
{
    return m_text;
}

std::size_t
SrvccNarrator::GetMessageCount() const
{
    std::size_t n = 0;
    for (const SrvccNarrationEvent& e : m_events)
    {
        n += e.kind == SrvccNarrationEvent::Kind::kMessage ? 1 : 0;
    }
    return n;
}

const KamfExposureScanner&
SrvccNarrator::GetCsSideScanner() const
{
    return m_csScanner;
}

uint64_t
SrvccNarrator::GetMscStoredKamfExposures() const
{
    return m_mscStoredExposures;
}

void
SrvccNarrator::TellFaults(const SrvccRunSummary& summary)
{
    if (summary.injections.empty() && summary.fuzzed.empty())
    {
        return;
    }
    Say("\nThe attacker on the wire (faults.inject, faults.fuzz):");
    for (const SrvccInjectionSummary& i : summary.injections)
    {
        std::string outcome = i.outcome == "accepted"  ? "taken as " + i.detail
                              : i.outcome == "dropped" ? "dropped (" + i.detail + ")"
                              : i.outcome == "lost"    ? "lost on the link"
                                                       : "not sent: the sender was down";
        Say("  " + srvcc::FormatNumber(i.atS * 1000) + " ms  " + std::to_string(i.octets)
            + " octets on " + i.iface + " as " + i.from + " -> " + i.to + ": " + outcome);
    }
    for (const auto& [iface, f] : summary.fuzzed)
    {
        uint64_t dropped = 0;
        for (const auto& [reason, n] : f.dropped)
        {
            dropped += n;
        }
        Say("  " + iface + ": " + std::to_string(f.mutated)
            + " messages mutated; the receivers took " + std::to_string(f.accepted) + ", dropped "
            + std::to_string(dropped) + ", " + std::to_string(f.lost) + " lost");
    }
}

void
SrvccNarrator::Say(const std::string& head, const std::string& body)
{
    std::string text = head + "\n" + (body.empty() ? "" : Wrap(body));
    m_text += text;
    if (m_live)
    {
        *m_live << text << std::flush;
    }
}

SrvccNarrationEvent&
SrvccNarrator::Record(SrvccNarrationEvent::Kind kind, SrvccLifeline node, const std::string& name)
{
    SrvccNarrationEvent e;
    e.kind = kind;
    e.at = Simulator::Now();
    e.node = node;
    e.name = name;
    m_events.push_back(std::move(e));
    return m_events.back();
}

std::string
SrvccNarrator::Key(const srvcc::Key128& key) const
{
    return SrvccKeyText(key, m_reveal);
}

std::string
SrvccNarrator::Key(const srvcc::Key256& key) const
{
    return SrvccKeyText(key, m_reveal);
}

void
SrvccNarrator::OnMessageSent(std::string lifeline, SrvccInterface iface, SrvccMessageType type,
                             uint32_t ue, uint64_t /* imsi */, Ptr<const Packet> packet)
{
    const SrvccLifeline node = LifelineOfContext(lifeline);
    if (iface == SrvccInterface::kSv || iface == SrvccInterface::kAmfMsc
        || iface == SrvccInterface::kIu)
    {
        m_csScanner.Scan(ToString(iface), packet);
    }
    if (ue != m_ue)
    {
        return;
    }
    SrvccNarrationEvent& e
        = Record(SrvccNarrationEvent::Kind::kMessage, node, SrvccMessageTypeName(type));
    e.message = type;
    e.link = iface;
    e.iface = ToString(iface);
    e.peer = PeerOf(node, iface);
    e.content = DescribeSrvccMessage(type, packet, m_profile, m_reveal);
    Say(Ms(e.at) + "  " + ToString(node) + " -> " + ToString(e.peer) + "  " + e.name + "  ["
            + e.iface + ", " + std::to_string(packet->GetSize()) + " octets]",
        e.content);
}

void
SrvccNarrator::OnMessageReceived(std::string lifeline, SrvccInterface iface, SrvccMessageType type,
                                 uint32_t ue, uint64_t /* imsi */, Ptr<const Packet> /* packet */)
{
    const SrvccLifeline node = LifelineOfContext(lifeline);
    if (ue != m_ue)
    {
        return;
    }
    for (SrvccNarrationEvent& e : m_events)
    {
        if (e.kind == SrvccNarrationEvent::Kind::kMessage && !e.receivedAt && e.peer == node
            && e.link == iface && e.message == type)
        {
            e.receivedAt = Simulator::Now();
            return;
        }
    }
}

std::string
SrvccNarrator::KeyValues(SrvccLifeline node, SrvccKeyKind key) const
{
    if (node == SrvccLifeline::kUe && m_ueApp->GetSrvccKeys())
    {
        const srvcc::SrvccKeyChain& chain = *m_ueApp->GetSrvccKeys();
        if (IsSrvccCkIk(key))
        {
            return "CK_SRVCC " + Key(chain.ckIk.ck) + ", IK_SRVCC " + Key(chain.ckIk.ik)
                   + ", KSI_SRVCC " + std::to_string(chain.ksiSrvcc);
        }
        if (chain.mappedKasme)
        {
            return SrvccKeyName(key) + (" " + Key(*chain.mappedKasme));
        }
    }
    srvcc::NasCount used;
    if (node == SrvccLifeline::kAmf && m_amf && m_amf->GetLastSrvccCount(m_ue, used))
    {
        // The AMF hands its keys straight on; the message below shows them.
        return "DL NAS COUNT " + std::to_string(used.Value()) + " used (the AMF's is now "
               + std::to_string(used.Value() + 1) + "); the keys go into the next message.";
    }
    if (node == SrvccLifeline::kMme && m_mme && m_mme->GetContext(m_ue))
    {
        const MmeMappedSecurityContext& c = *m_mme->GetContext(m_ue);
        return "CK_SRVCC " + Key(c.ckIk.ck) + ", IK_SRVCC " + Key(c.ckIk.ik) + ", KSI_SRVCC "
               + std::to_string(c.ksiSrvcc);
    }
    return "";
}

void
SrvccNarrator::OnKeyDerived(std::string lifeline, uint32_t ue, uint64_t /* imsi */,
                            SrvccKeyKind key)
{
    const SrvccLifeline node = LifelineOfContext(lifeline);
    if (ue != m_ue)
    {
        return;
    }
    SrvccNarrationEvent& e
        = Record(SrvccNarrationEvent::Kind::kKeyDerived, node, SrvccKeyName(key));
    e.clause = SrvccKeyClause(key);
    const std::string values = KeyValues(node, key);
    Say(Ms(e.at) + "  " + ToString(node) + " derives " + e.name + "  (" + e.clause + ")",
        KeyExplanation(node, key, m_profile) + (values.empty() ? "" : " Result: " + values));
}

void
SrvccNarrator::OnContextCreated(std::string lifeline, uint32_t ue, uint64_t /* imsi */,
                                SrvccContextKind context)
{
    const SrvccLifeline node = LifelineOfContext(lifeline);
    if (ue != m_ue)
    {
        return;
    }
    SrvccNarrationEvent& e
        = Record(SrvccNarrationEvent::Kind::kContextCreated, node, SrvccContextKindName(context));
    e.context = context;
    Say(Ms(e.at) + "  " + ToString(node) + " creates security context " + e.name,
        ContextExplanation(context, true));
}

void
SrvccNarrator::OnContextDeleted(std::string lifeline, uint32_t ue, uint64_t /* imsi */,
                                SrvccContextKind context)
{
    const SrvccLifeline node = LifelineOfContext(lifeline);
    if (ue != m_ue)
    {
        return;
    }
    SrvccNarrationEvent& e
        = Record(SrvccNarrationEvent::Kind::kContextDeleted, node, SrvccContextKindName(context));
    e.context = context;
    Say(Ms(e.at) + "  " + ToString(node) + " deletes security context " + e.name,
        ContextExplanation(context, false));
}

void
SrvccNarrator::OnHandoverFailed(std::string lifeline, uint32_t ue, uint64_t /* imsi */,
                                SrvccFailureCause cause, uint8_t causeValue)
{
    const SrvccLifeline node = LifelineOfContext(lifeline);
    if (ue != m_ue)
    {
        return;
    }
    const SrvccNarrationEvent& e = Record(SrvccNarrationEvent::Kind::kHandoverFailed, node,
                                          SrvccFailureText(cause, causeValue));
    Say(Ms(e.at) + "  " + ToString(node) + " gives the handover up: " + e.name);
}

void
SrvccNarrator::OnHandoverCommand(uint32_t ue, uint64_t /* imsi */, uint32_t dlNasCount)
{
    if (ue != m_ue)
    {
        return;
    }
    const SrvccNarrationEvent& e = Record(SrvccNarrationEvent::Kind::kCountEstimated,
                                          SrvccLifeline::kUe, std::to_string(dlNasCount));
    Say(Ms(e.at) + "  UE estimates DL NAS COUNT = " + std::to_string(dlNasCount)
            + "  (TS 33.401 14.1, J.1.2 step 10)",
        "The smallest COUNT whose 4 LSB match and that no earlier derivation used; the UE "
        "never uses a COUNT twice and never goes back.");
}

void
SrvccNarrator::OnKeyCheck(uint32_t ue, uint64_t /* imsi */, bool passed)
{
    if (ue != m_ue)
    {
        return;
    }
    SrvccNarrationEvent& e = Record(SrvccNarrationEvent::Kind::kKeyCheck, SrvccLifeline::kRnc,
                                    passed ? "MAC-I verified" : "MAC-I mismatch");
    e.passed = passed;
    Say(Ms(e.at) + "  target RNC checks the MAC-I of HANDOVER TO UTRAN COMPLETE: "
            + (passed ? "verified" : "it does NOT verify"),
        passed ? "The IK_SRVCC the MSC server sent and the one the UE derived are the same, and "
                 "the CK deciphers the payload (TS 33.102 6.5, 6.6)."
               : "The keys the network handed to the RNC differ from the UE's own: the RNC "
                 "cannot trust the UE's messages, and the handover cannot complete.");
}

void
SrvccNarrator::OnHandoverCompleted(uint32_t ue, uint64_t /* imsi */)
{
    if (ue != m_ue)
    {
        return;
    }
    const SrvccNarrationEvent& e = Record(SrvccNarrationEvent::Kind::kHandoverCompleted,
                                          SrvccLifeline::kMscServer, "handover complete");
    Say(Ms(e.at) + "  MSC server: handover complete",
        "The call continues on UTRAN CS, protected with CK_SRVCC and IK_SRVCC.");
}

void
SrvccNarrator::OnReplayRejected(uint32_t ue, uint64_t /* imsi */)
{
    if (ue != m_ue)
    {
        return;
    }
    const SrvccNarrationEvent& e = Record(SrvccNarrationEvent::Kind::kReplayRejected,
                                          SrvccLifeline::kUe, "replayed HO Command rejected");
    Say(Ms(e.at) + "  UE rejects a replayed HO Command",
        "It already acted on a HO Command for this handover (it has derived its keys or is on "
        "UTRAN), so it derives nothing again: a DL NAS COUNT is never used twice (TS 33.401 "
        "14.1) and its CK_SRVCC and IK_SRVCC stay as they are.");
}

void
SrvccNarrator::Finish(const SrvccHelper& helper)
{
    bool completed = false;
    bool started = false;
    std::set<SrvccContextKind> contextsMade;
    std::string cause;
    for (const SrvccNarrationEvent& e : m_events)
    {
        completed = completed || e.kind == SrvccNarrationEvent::Kind::kHandoverCompleted;
        started = started
                  || (e.kind == SrvccNarrationEvent::Kind::kMessage
                      && e.message == SrvccMessageType::kN2HandoverRequired);
        if (e.kind == SrvccNarrationEvent::Kind::kContextCreated)
        {
            contextsMade.insert(e.context);
        }
        if (e.kind == SrvccNarrationEvent::Kind::kHandoverFailed && cause.empty())
        {
            cause = std::string(ToString(e.node)) + ": " + e.name;
        }
    }
    const std::string outcome = completed        ? "the handover completed"
                                : !cause.empty() ? "the handover failed (" + cause + ")"
                                : !started
                                    ? "UE " + std::to_string(m_ue) + " started no SRVCC handover"
                                    : "the handover had not finished";
    Say("\nOutcome at " + Ms(Simulator::Now()) + ": " + outcome + ".");

    std::string ue = "UE:          ";
    if (m_ueApp->GetSrvccKeys())
    {
        const srvcc::SrvccKeyChain& c = *m_ueApp->GetSrvccKeys();
        ue += (c.mappedKasme ? "mapped KASME " + Key(*c.mappedKasme) + ", " : "") + "CK_SRVCC "
              + Key(c.ckIk.ck) + ", IK_SRVCC " + Key(c.ckIk.ik) + ", KSI_SRVCC "
              + std::to_string(c.ksiSrvcc) + " (and its KAMF "
              + Key(m_ueApp->GetNasSecurityContext().kamf) + ")";
    }
    else
    {
        const srvcc::Key256& kamf = m_ueApp->GetNasSecurityContext().kamf;
        ue += "no SRVCC keys ("
              + (kamf.IsZero() ? std::string("and no KAMF yet") : "KAMF " + Key(kamf)) + ")";
    }
    const AmfNasSecurityContext* nas = helper.GetAmf()->GetNasSecurityContext(m_ue);
    std::string amf = "AMF:         "
                      + (nas ? "KAMF " + Key(nas->kamf) + ", which it never sends"
                             : std::string("no 5G NAS security context"));
    srvcc::NasCount used;
    if (helper.GetAmf()->GetLastSrvccCount(m_ue, used))
    {
        amf += "; it used DL NAS COUNT " + std::to_string(used.Value()) + " for this handover";
    }
    std::string mme = "MME_SRVCC:   ";
    if (!m_mme)
    {
        mme += "none in this profile (direct AMF-MSC interface)";
    }
    else if (m_mme->GetContext(m_ue))
    {
        mme += "mapped KASME " + Key(m_mme->GetContext(m_ue)->mappedKasme) + " (still held)";
    }
    else
    {
        mme += contextsMade.count(SrvccContextKind::kMmeMapped)
                   ? "nothing (its mapped context was deleted)"
                   : "nothing (it made no mapped context)";
    }
    std::string msc = "MSC server:  ";
    const MscSrvccSecurityContext* held = helper.GetMscServer()->GetContext(m_ue);
    if (held)
    {
        msc += "CK_SRVCC " + Key(held->ckIk.ck) + ", IK_SRVCC " + Key(held->ckIk.ik)
               + ", KSI_SRVCC " + std::to_string(held->ksiSrvcc) + " and the IMSI " + held->imsi
               + ": only CK, IK and KSI, no KAMF and no mapped KASME";
    }
    else
    {
        msc += contextsMade.count(SrvccContextKind::kMscSrvcc)
                   ? "nothing (its SRVCC context was deleted)"
                   : "nothing (it received no SRVCC context)";
    }
    const Ptr<SrvccRncApplication> rnc = helper.GetRnc(helper.GetGnbOfUe(m_ue));
    Say("What each node holds for UE " + std::to_string(m_ue) + " now:");
    const std::string holders[] = {ue, amf, mme, msc,
                                   "target RNC:  " + std::to_string(rnc->GetContextCount())
                                       + " UE context(s) with CK and IK"};
    for (const std::string& holder : holders)
    {
        // "  UE:          ..." (a 13-character label), continuation lines under the text.
        constexpr std::size_t kLabel = 13;
        const std::string line
            = Wrap(holder.substr(kLabel), "  " + holder.substr(0, kLabel), kLabel + 2);
        m_text += line;
        if (m_live)
        {
            *m_live << line << std::flush;
        }
    }

    // The attacker's view (TR 33.856 Key Issue #1): everything on the CS side and every key
    // the MSC server holds, searched for any UE's KAMF.
    KamfExposureScanner stored;
    for (uint32_t u = 0; u < helper.GetNumUes(); ++u)
    {
        stored.AddKamf(u, helper.GetUe(u)->GetNasSecurityContext().kamf);
    }
    uint32_t contexts = 0;
    for (uint32_t u = 0; u < helper.GetNumUes(); ++u)
    {
        const MscSrvccSecurityContext* c = helper.GetMscServer()->GetContext(u);
        if (c == nullptr)
        {
            continue;
        }
        ++contexts;
        uint8_t octets[33];
        std::copy(c->ckIk.ck.Data(), c->ckIk.ck.Data() + 16, octets);
        std::copy(c->ckIk.ik.Data(), c->ckIk.ik.Data() + 16, octets + 16);
        octets[32] = c->ksiSrvcc;
        stored.Scan("msc-context", octets, sizeof(octets));
        // OPENSSL_cleanse, which the compiler cannot drop as a dead store (std::fill it may).
        srvcc::SecureWipe(octets, sizeof(octets));
    }
    m_mscStoredExposures = stored.GetExposures();
    Say("Attacker's view (TS 33.501 J.1.1: \"the MSC server should never know the KAMF\"):",
        "Every message sent on " + std::string(m_hasMme ? "Sv" : "the AMF-MSC link")
            + " and Iu in this run (" + std::to_string(m_csScanner.GetPacketsScanned())
            + " messages, " + std::to_string(m_csScanner.GetOctetsScanned())
            + " octets, all UEs) was searched for every UE's KAMF: found "
            + std::to_string(m_csScanner.GetExposures()) + " times. The keys the MSC server "
            + "holds (" + std::to_string(contexts) + " SRVCC context(s)) were searched too: KAMF "
            + "found " + std::to_string(m_mscStoredExposures) + " times. "
            + (m_csScanner.GetExposures() + m_mscStoredExposures == 0
                   ? "An attacker who reads Sv or breaks into the MSC server learns CK_SRVCC, "
                     "IK_SRVCC and KSI_SRVCC, which protect only this CS call, and nothing that "
                     "gives KAMF or the 5G keys derived from it."
                   : "KAMF IS EXPOSED: backward security is broken."));
}

void
SrvccNarrator::WriteFiles(const std::string& directory) const
{
    const std::string title = "5G-SRVCC handover of UE " + std::to_string(m_ue) + ", profile "
                              + std::string(srvcc::ToString(m_profile));
    srvcc::WriteOutputFile(directory + "/narration.txt", m_text);
    srvcc::WriteOutputFile(directory + "/sequence.svg",
                           RenderSequenceSvg(m_events, m_hasMme, title));
}

} // namespace ns3
