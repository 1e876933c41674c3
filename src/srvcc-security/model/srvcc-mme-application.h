/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The MME_SRVCC of a 5G-SRVCC handover (TS 23.216 6.5.4 steps 5-7; TS 33.501 J.1.2 steps 4-7):
 * it maps the context the AMF sends, derives CK_SRVCC/IK_SRVCC, and runs the PS to CS
 * handover towards the MSC server on Sv.
 */
#ifndef SRVCC_MME_APPLICATION_H
#define SRVCC_MME_APPLICATION_H

#include "ns3/event-id.h"
#include "ns3/gtpv2c-sv-messages.h"
#include "srvcc-key-strategy.h"
#include "srvcc-node-application.h"
#include "srvcc-security-contexts.h"

#include <optional>
#include <unordered_map>

namespace ns3
{

class SrvccMmeApplication : public SrvccNodeApplication
{
  public:
    static TypeId GetTypeId();

    SrvccMmeApplication();

    void SetKeyStrategy(const SrvccKeyStrategy& strategy);

    /** Mapped contexts the MME holds now (0 once every handover has ended). */
    std::size_t GetContextCount() const;

    /** The mapped context of UE \p ueIndex, or nullptr. */
    const MmeMappedSecurityContext* GetContext(uint32_t ueIndex) const;

  protected:
    void DoDispose() override;
    void DoNodeDown() override;
    void Receive(SrvccInterface iface, uint32_t peerId, Ptr<Packet> packet) override;

  private:
    enum class State
    {
        kDeriving,
        kWaitingForMsc,
        kWaitingForCompletion,
        kCancelling,
    };

    struct Entry
    {
        MmeMappedSecurityContext context;
        State state{State::kDeriving};
        EventId timer;
        uint32_t amfSequence{0};
        /** The sequence number of its SRVCC PS to CS Request, once sent. */
        std::optional<uint32_t> svRequest;
        /** The PS to CS Request being built: all but the MM Context, filled once derived. */
        SrvccPsToCsRequestIes request;
        SrvccClassmarks classmarks;
    };

    /** A GTPv2-C message the transactions let through (not a duplicate). */
    void OnGtp(SrvccInterface iface, Ptr<Packet> packet);
    void OnForwardRelocationRequest(Ptr<Packet> packet);
    void SendPsToCsRequest(uint32_t ue);
    void OnPsToCsResponse(Ptr<Packet> packet);
    void OnCompleteNotification(Ptr<Packet> packet);
    void OnRelocationCancelRequest(Ptr<Packet> packet);
    void OnCancelAcknowledge(Ptr<Packet> packet);
    void OnTimeout(uint32_t ue);
    /** SRVCC PS to CS Cancel Notification to the MSC server (TS 29.280 5.2.6). */
    void SendCancelToMsc(uint32_t ue);
    void RejectToAmf(uint32_t ue, uint8_t cause, uint32_t sequence);
    void DeleteContext(uint32_t ue);
    Entry* Find(uint32_t ue);

    SrvccKeyStrategy m_strategy;
    std::unordered_map<uint32_t, Entry> m_entries;
    Time m_svResponseTimeout;
    Time m_completionTimeout;
    bool m_utranSrvccContextIe;
    uint32_t m_sequence{0};
};

} // namespace ns3

#endif // SRVCC_MME_APPLICATION_H
