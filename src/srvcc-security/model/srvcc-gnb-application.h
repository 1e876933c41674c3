/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The source gNB of a 5G-SRVCC handover: it decides the handover (TS 23.216 6.5.4 step 2),
 * asks the AMF with Handover Required, relays the HO Command to the UE, and may cancel.
 */
#ifndef SRVCC_GNB_APPLICATION_H
#define SRVCC_GNB_APPLICATION_H

#include "ns3/event-id.h"
#include "srvcc-n2-messages.h"
#include "srvcc-node-application.h"
#include "srvcc-target-rnc-id.h"

#include <unordered_map>
#include <vector>

namespace ns3
{

class SrvccGnbApplication : public SrvccNodeApplication
{
  public:
    static TypeId GetTypeId();

    SrvccGnbApplication();

    /** The UTRAN RNC this gNB's SRVCC handovers target (the Target ID of Handover Required). */
    void SetTargetRncId(const TargetRncId& id);

    /** Start the SRVCC handover of UE \p ueIndex now (TS 23.216 6.5.4 steps 2-3). */
    void StartSrvccHandover(uint32_t ueIndex);

    /** Cancel the handover of UE \p ueIndex (NGAP Handover Cancel, TS 38.413 8.4.5). */
    void CancelSrvccHandover(uint32_t ueIndex);

    /** TracedCallback signature of HandoverStarted: the UE's index and IMSI. */
    typedef void (*HandoverTracedCallback)(uint32_t ueIndex, uint64_t imsi);

  protected:
    void DoDispose() override;
    void DoNodeDown() override;
    void Receive(SrvccInterface iface, uint32_t peerId, Ptr<Packet> packet) override;

  private:
    enum class State
    {
        kPreparing,
        kCommanded,
        kCancelling,
    };

    struct UeHandover
    {
        State state{State::kPreparing};
        EventId timer;
    };

    /**
     * A NAS PDU from UE \p ueIndex's radio link (NR-Uu: the bare PDU, the UE is its radio
     * link) to the AMF (NGAP Initial UE Message / Uplink NAS Transport, TS 38.413 8.6.1, 8.6.3).
     */
    void RelayUplinkNas(uint32_t ueIndex, Ptr<Packet> nasPdu);
    /** A NAS PDU the AMF sent on N2 for UE \p ueIndex (Downlink NAS Transport, 8.6.2). */
    void RelayDownlinkNas(uint32_t ueIndex, Ptr<Packet> nasPdu);
    void OnHandoverCommand(Ptr<Packet> packet);
    void OnPreparationFailure(Ptr<Packet> packet);
    void OnCancelAcknowledge(Ptr<Packet> packet);
    void OnUeContextReleaseCommand(Ptr<Packet> packet);
    void OnPreparationTimeout(uint32_t ueIndex);
    void OnOverallTimeout(uint32_t ueIndex);
    void SendCancel(uint32_t ueIndex, N2Cause cause);
    void Fail(uint32_t ueIndex, SrvccFailureCause cause);
    /** Attack (ReplayHoCommandAfter): send the recorded HO Command \p packet to the UE again. */
    void ReplayHoCommand(uint32_t ueIndex, Ptr<Packet> packet, SrvccMessageType type);

    TargetRncId m_targetRncId;
    Time m_relocPrepTimer;
    Time m_relocOverallTimer;
    Time m_replayHoCommandAfter;
    std::vector<EventId> m_replays;
    std::unordered_map<uint32_t, UeHandover> m_handovers;

    TracedCallback<uint32_t, uint64_t> m_handoverStartedTrace;
};

} // namespace ns3

#endif // SRVCC_GNB_APPLICATION_H
