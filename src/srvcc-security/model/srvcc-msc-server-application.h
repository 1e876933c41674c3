/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The MSC server enhanced for SRVCC (TS 23.216 6.5.4 step 6; TS 33.501 J.1.2 steps 5-6): it
 * receives CK_SRVCC, IK_SRVCC and KSI_SRVCC — never KAMF — prepares the target RNC, and deletes
 * the mapped SRVCC context when the handover does not complete (J.1.2, TR 33.856 6.1.2).
 */
#ifndef SRVCC_MSC_SERVER_APPLICATION_H
#define SRVCC_MSC_SERVER_APPLICATION_H

#include "ns3/event-id.h"
#include "ns3/gtpv2c-ie-basic.h"
#include "srvcc-node-application.h"
#include "srvcc-security-contexts.h"

#include <optional>
#include <unordered_map>

namespace ns3
{

class SrvccMscServerApplication : public SrvccNodeApplication
{
  public:
    static TypeId GetTypeId();

    SrvccMscServerApplication();

    /** SRVCC contexts held now, in total and for handovers that have not completed. */
    std::size_t GetContextCount() const;
    std::size_t GetIncompleteContextCount() const;

    /** The SRVCC context of UE \p ueIndex, or nullptr. */
    const MscSrvccSecurityContext* GetContext(uint32_t ueIndex) const;

    /** \return true when UE \p ueIndex's session is an unauthenticated emergency one. */
    bool IsUnauthenticatedEmergency(uint32_t ueIndex) const;

    /** TracedCallback signature of HandoverCompleted: the UE's index and IMSI. */
    typedef void (*HandoverCompletedTracedCallback)(uint32_t ueIndex, uint64_t imsi);

  protected:
    void DoDispose() override;
    void DoNodeDown() override;
    void Receive(SrvccInterface iface, uint32_t peerId, Ptr<Packet> packet) override;

  private:
    enum class State
    {
        kPreparingTarget,
        kWaitingForUe,
        kActive,
    };

    struct Entry
    {
        MscSrvccSecurityContext context;
        State state{State::kPreparingTarget};
        SrvccInterface source{SrvccInterface::kSv}; ///< Sv (MME_SRVCC) or the sol1.2 AMF link
        uint32_t rnc{0};
        uint32_t requestSequence{0};
        bool unauthenticatedEmergency{false};
        EventId timer;
    };

    void OnGtp(SrvccInterface iface, Ptr<Packet> packet);
    void OnIu(uint32_t rnc, Ptr<Packet> packet);
    void OnPsToCsRequest(SrvccInterface iface, Ptr<Packet> packet);
    void OnCancelNotification(SrvccInterface iface, Ptr<Packet> packet);
    void OnRelocationRequestAcknowledge(Ptr<Packet> packet);
    void OnRelocationFailure(Ptr<Packet> packet);
    void OnRelocationComplete(Ptr<Packet> packet);
    /** The target RNC gives up after the UE arrived: its MAC-I check failed. */
    void OnIuReleaseRequest(Ptr<Packet> packet);
    void OnPreparationTimeout(uint32_t ue);
    void OnUeArrivalTimeout(uint32_t ue);
    /** SRVCC PS to CS Complete Notification to the source side, with a post-failure cause when
     *  the handover failed after the response. */
    void NotifyCompletion(uint32_t ue, std::optional<uint8_t> postFailureCause);
    /** SRVCC PS to CS Response rejecting the request: \p cause (TS 29.274 8.4), \p srvccCause. */
    void RespondReject(SrvccInterface iface, uint32_t ue, uint32_t sequence, uint8_t srvccCause,
                       uint8_t cause = Gtpv2cCauseValue::kRelocationFailure);
    /** Delete the SRVCC context (CK, IK, KSI wiped) and release the target. */
    void DeleteContext(uint32_t ue, bool releaseTarget);
    Entry* Find(uint32_t ue);

    std::unordered_map<uint32_t, Entry> m_entries;
    Time m_preparationTimeout;
    Time m_ueArrivalTimeout;
    bool m_rejectPsToCs;
    bool m_tamperCk;
    bool m_tamperIk;
    uint32_t m_sequence{0};

    TracedCallback<uint32_t, uint64_t> m_handoverCompletedTrace;
};

} // namespace ns3

#endif // SRVCC_MSC_SERVER_APPLICATION_H
