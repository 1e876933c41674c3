/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The NR RRC messages of the module on NR-Uu (TS 38.331 6.2.2), UNALIGNED PER:
 * DL-DCCH mobilityFromNRCommand (the 5G-SRVCC HO command to the UE) and the two messages that
 * carry 5GMM NAS PDUs, DL-DCCH dlInformationTransfer and UL-DCCH ulInformationTransfer.
 */
#ifndef SRVCC_NR_RRC_MESSAGES_H
#define SRVCC_NR_RRC_MESSAGES_H

#include "srvcc-rrc-message.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace ns3
{

/** The c1 alternatives of DL-DCCH-MessageType the module uses (TS 38.331 6.2.1). */
enum class NrDlDcchType : uint8_t
{
    kDlInformationTransfer = 5,
    kMobilityFromNrCommand = 8,
};

/** The c1 alternative of UL-DCCH-MessageType the module uses (TS 38.331 6.2.1). */
enum class NrUlDcchType : uint8_t
{
    kUlInformationTransfer = 7,
};

/**
 * \ingroup srvcc-security
 *
 * gNB -> UE: DL-DCCH-Message mobilityFromNRCommand (TS 38.331 6.2.2; TS 23.216 6.5.4 step 9):
 * rrc-TransactionIdentifier, targetRAT-Type utra-fdd-v1610, targetRAT-MessageContainer (the
 * target RNC's HANDOVER TO UTRAN COMMAND, TS 25.331 10.2.16a) and nas-SecurityParamFromNR,
 * which TS 38.331 makes mandatory for a handover to UTRA-FDD (condition HO-ToEPCUTRAN): one
 * octet whose 4 LSB are the 4 LSB of the DL NAS COUNT (TS 33.501 J.1.2 step 9), upper nibble 0.
 */
class SrvccNrMobilityFromNrCommand : public SrvccRrcMessage
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    const char* GetMessageName() const override;
    SrvccMessageType GetSrvccMessageType() const override;

    /** \throws MessageEncodeError when \p id > 3 */
    void SetRrcTransactionId(uint8_t id);
    uint8_t GetRrcTransactionId() const;
    /** \throws MessageEncodeError when \p lsb4 > 15 */
    void SetDlNasCountLsb4(uint8_t lsb4);
    uint8_t GetDlNasCountLsb4() const;
    /** \throws MessageEncodeError when empty or 16384 octets or longer */
    void SetTargetRatMessageContainer(std::vector<uint8_t> container);
    const std::vector<uint8_t>& GetTargetRatMessageContainer() const;

  protected:
    void EncodeBody(PerWriter& w) const override;
    void DecodeBody(PerReader& r) override;
    void PrintBody(std::ostream& os) const override;

  private:
    uint8_t m_rrcTransactionId{0};
    uint8_t m_dlNasCountLsb4{0};
    std::vector<uint8_t> m_targetRatMessage;
};

/**
 * \ingroup srvcc-security
 *
 * The NAS transport of NR-Uu (TS 38.331 5.7.1, 5.7.2): DL-DCCH dlInformationTransfer (with an
 * rrc-TransactionIdentifier) or UL-DCCH ulInformationTransfer, dedicatedNAS-Message = one 5GMM
 * NAS PDU (TS 24.501), which the gNB relays without reading it.
 */
class SrvccNrInformationTransfer : public SrvccRrcMessage
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    const char* GetMessageName() const override;
    /** kNasRegistrationRequest: the NAS message inside decides the trace name (nodes pass it). */
    SrvccMessageType GetSrvccMessageType() const override;

    /** \param downlink true: DLInformationTransfer (to the UE), false: ULInformationTransfer */
    explicit SrvccNrInformationTransfer(bool downlink = false);

    bool IsDownlink() const;
    /** \throws MessageEncodeError when \p id > 3 (downlink only) */
    void SetRrcTransactionId(uint8_t id);
    uint8_t GetRrcTransactionId() const;
    /** \throws MessageEncodeError when empty or 16384 octets or longer */
    void SetDedicatedNasMessage(std::vector<uint8_t> nasPdu);
    const std::vector<uint8_t>& GetDedicatedNasMessage() const;

  protected:
    void EncodeBody(PerWriter& w) const override;
    void DecodeBody(PerReader& r) override;
    void PrintBody(std::ostream& os) const override;

  private:
    bool m_downlink;
    uint8_t m_rrcTransactionId{0};
    std::vector<uint8_t> m_nas;
};

/**
 * The c1 alternative of a DL-DCCH-Message from its first 5 bits (message class c1, then the
 * 4-bit c1 index), without decoding the rest; std::nullopt for anything else. Never throws.
 */
std::optional<uint8_t> PeekNrDlDcchC1(const uint8_t* data, std::size_t size);
/** As PeekNrDlDcchC1, for a UL-DCCH-Message. */
std::optional<uint8_t> PeekNrUlDcchC1(const uint8_t* data, std::size_t size);

} // namespace ns3

#endif // SRVCC_NR_RRC_MESSAGES_H
