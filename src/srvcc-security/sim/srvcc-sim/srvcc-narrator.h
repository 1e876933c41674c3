/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * SrvccNarrator: tells the story of ONE UE's 5G-SRVCC handover in plain words, from the traces
 * of a SrvccHelper's nodes: each message (sender, receiver, time, what it carries), each key
 * derived and the clause that defines it, each security context created or deleted, the MAC-I
 * check on UTRAN, and at the end what every node holds and what an attacker on the CS side
 * could learn (TS 33.501 J.1.1). It keeps the events for the sequence diagram.
 */
#ifndef SRVCC_NARRATOR_H
#define SRVCC_NARRATOR_H

#include "ns3/nstime.h"
#include "ns3/packet.h"
#include "ns3/srvcc-helper.h"
#include "ns3/srvcc-kamf-exposure-scanner.h"
#include "ns3/srvcc-trace-types.h"
#include "srvcc-sim/srvcc-run-summary.h"

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace ns3
{

struct SrvccScenario;

/** The lifelines of the narration and of the sequence diagram, left to right. */
enum class SrvccLifeline : uint8_t
{
    kUe,
    kGnb,
    kAmf,
    kMme,
    kMscServer,
    kRnc,
};

/** "UE", "gNB", "AMF", "MME_SRVCC", "MSC server", "target RNC". */
const char* ToString(SrvccLifeline lifeline);

/** One thing that happened to the narrated UE. */
struct SrvccNarrationEvent
{
    enum class Kind : uint8_t
    {
        kMessage,           ///< a message sent (name, iface, node -> peer)
        kKeyDerived,        ///< name = key, clause = the clause that defines it
        kCountEstimated,    ///< the UE estimated the DL NAS COUNT (name = the value)
        kContextCreated,    ///< name = the context
        kContextDeleted,    ///< name = the context
        kKeyCheck,          ///< the target RNC checked the MAC-I (passed)
        kHandoverCompleted, ///< the MSC server saw the UE arrive with matching keys
        kHandoverFailed,    ///< name = the cause
        kReplayRejected,    ///< the UE refused a HO Command it had already used
    };

    Kind kind{Kind::kMessage};
    Time at;                        ///< when it happened; a message: when it was sent
    SrvccLifeline node{};           ///< the sender, or the node it happened at
    SrvccLifeline peer{};           ///< messages: the receiver
    SrvccMessageType message{};     ///< messages: which (name holds its name)
    SrvccInterface link{};          ///< messages: the interface (iface holds its name)
    SrvccContextKind context{};     ///< contexts: which (name holds its name)
    std::string iface;              ///< messages: "n2", "sv", ...
    std::string name;               ///< message, key, context, COUNT or cause
    std::string clause;             ///< keys: the clause that defines the key
    std::string content;            ///< messages: what the message carries (as narrated)
    std::optional<Time> receivedAt; ///< messages: when the receiver took it; none if it did not
    bool passed{false};             ///< key checks
};

class SrvccNarrator
{
  public:
    /**
     * Narrate UE \p ue. Keys appear in full only with \p revealKeys (else as fingerprints).
     * \param live where to write the narration as it happens (may be nullptr); the text is
     *        kept in any case (GetText)
     */
    SrvccNarrator(uint32_t ue, bool revealKeys, std::ostream* live = nullptr);

    /** The UE a narrated run of \p scenario follows: UE 0 if it hands over, else the first. */
    static uint32_t ChooseUe(const SrvccScenario& scenario);

    /** Connect to every node of \p helper (after Install, before the run). */
    void Connect(SrvccHelper& helper);

    /**
     * After the run, before Simulator::Destroy: the outcome, what each node holds for the UE,
     * and the attacker's view (KAMF scan of the CS side and of the MSC server's keys).
     */
    void Finish(const SrvccHelper& helper);

    /**
     * After Finish, when the scenario injected or fuzzed traffic: what the attacker put on the
     * wire and what each receiver did with it (the summary's injected and fuzzed).
     */
    void TellFaults(const SrvccRunSummary& summary);

    uint32_t GetUe() const;
    const std::vector<SrvccNarrationEvent>& GetEvents() const;
    const std::string& GetText() const;
    /** Number of messages sent for the UE. */
    std::size_t GetMessageCount() const;

    /** The scan of everything sent on Sv, the AMF-MSC link and Iu, for every UE's KAMF. */
    const KamfExposureScanner& GetCsSideScanner() const;
    /** KAMF appearances in the keys the MSC server holds at the end (Finish). */
    uint64_t GetMscStoredKamfExposures() const;

    /**
     * Write narration.txt and sequence.svg into \p directory, each whole or not at all.
     * \throws srvcc::OutputError when a file cannot be written
     */
    void WriteFiles(const std::string& directory) const;

  private:
    void Say(const std::string& head, const std::string& body = "");
    void OnMessageSent(std::string lifeline, SrvccInterface iface, SrvccMessageType type,
                       uint32_t ue, uint64_t imsi, Ptr<const Packet> packet);
    void OnMessageReceived(std::string lifeline, SrvccInterface iface, SrvccMessageType type,
                           uint32_t ue, uint64_t imsi, Ptr<const Packet> packet);
    void OnKeyDerived(std::string lifeline, uint32_t ue, uint64_t imsi, SrvccKeyKind key);
    void OnContextCreated(std::string lifeline, uint32_t ue, uint64_t imsi,
                          SrvccContextKind context);
    void OnContextDeleted(std::string lifeline, uint32_t ue, uint64_t imsi,
                          SrvccContextKind context);
    void OnHandoverFailed(std::string lifeline, uint32_t ue, uint64_t imsi, SrvccFailureCause cause,
                          uint8_t causeValue);
    void OnHandoverCommand(uint32_t ue, uint64_t imsi, uint32_t dlNasCount);
    void OnKeyCheck(uint32_t ue, uint64_t imsi, bool passed);
    void OnHandoverCompleted(uint32_t ue, uint64_t imsi);
    void OnReplayRejected(uint32_t ue, uint64_t imsi);
    SrvccNarrationEvent& Record(SrvccNarrationEvent::Kind kind, SrvccLifeline node,
                                const std::string& name);
    std::string KeyValues(SrvccLifeline node, SrvccKeyKind key) const;
    std::string Key(const srvcc::Key128& key) const;
    std::string Key(const srvcc::Key256& key) const;

    uint32_t m_ue;
    bool m_reveal;
    std::ostream* m_live;
    srvcc::SrvccProfile m_profile{srvcc::SrvccProfile::kTs33501};
    bool m_hasMme{true};
    Ptr<SrvccUeApplication> m_ueApp;
    Ptr<SrvccMmeApplication> m_mme;
    Ptr<SrvccAmfApplication> m_amf;
    std::vector<SrvccNarrationEvent> m_events;
    std::string m_text;
    KamfExposureScanner m_csScanner;
    uint64_t m_mscStoredExposures{0};
};

} // namespace ns3

#endif // SRVCC_NARRATOR_H
