/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The target RNC of a 5G-SRVCC handover (TS 23.216 6.5.4 steps 6, 11-12): it receives
 * CK_SRVCC/IK_SRVCC from the MSC server in Relocation Request, chooses the UTRAN algorithms,
 * and checks the UE's first message with them.
 */
#ifndef SRVCC_RNC_APPLICATION_H
#define SRVCC_RNC_APPLICATION_H

#include "ns3/event-id.h"
#include "ns3/random-variable-stream.h"
#include "srvcc-node-application.h"
#include "srvcc-utran-rrc-protection.h"
#include "srvcc/kdf-ts33401.h"

#include <unordered_map>

namespace ns3
{

class SrvccRncApplication : public SrvccNodeApplication
{
  public:
    static TypeId GetTypeId();

    SrvccRncApplication();

    /** TracedCallback signature of KeyCheck: UE index, IMSI, whether the MAC-I matched. */
    typedef void (*KeyCheckTracedCallback)(uint32_t ueIndex, uint64_t imsi, bool passed);

    /** Number of UE contexts (with CK/IK) the RNC holds. */
    std::size_t GetContextCount() const;

    /**
     * Contexts of relocations whose UE has not arrived (no HANDOVER TO UTRAN COMPLETE): 0 once
     * every handover has ended.
     */
    std::size_t GetIncompleteContextCount() const;

    int64_t AssignStreams(int64_t stream);

  protected:
    void DoDispose() override;
    void DoNodeDown() override;
    void Receive(SrvccInterface iface, uint32_t peerId, Ptr<Packet> packet) override;

  private:
    struct UeContext
    {
        srvcc::CkIk keys;
        UtranProtectionParameters protection;
        bool unauthenticated{false};
        bool arrived{false}; ///< HANDOVER TO UTRAN COMPLETE received
        EventId guard;       ///< UnusedResourceTimeout while the UE has not arrived
    };

    void OnRelocationRequest(Ptr<Packet> packet);
    void OnHandoverComplete(uint32_t ueIndex, Ptr<Packet> packet);
    void OnIuReleaseCommand(Ptr<Packet> packet);
    void OnUnusedResourceTimeout(uint32_t ueIndex);
    void DeleteContext(uint32_t ueIndex);
    uint8_t Choose(uint8_t permitted, uint8_t preferred) const;

    std::unordered_map<uint32_t, UeContext> m_contexts;
    uint8_t m_preferredIntegrity;
    uint8_t m_preferredCiphering;
    bool m_rejectRelocation;
    Time m_unusedResourceTimeout;
    uint8_t m_forcedIntegrity{255};
    Ptr<UniformRandomVariable> m_freshRng;

    TracedCallback<uint32_t, uint64_t, bool> m_keyCheckTrace;
};

} // namespace ns3

#endif // SRVCC_RNC_APPLICATION_H
