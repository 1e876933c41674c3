/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Compact radio messages of the 5G-SRVCC handover: the NR command that sends the UE to UTRAN
 * (TS 38.331 MobilityFromNRCommand) and the UTRAN handover command / complete (TS 25.331).
 */
#ifndef SRVCC_RRC_MESSAGES_H
#define SRVCC_RRC_MESSAGES_H

#include "srvcc-compact-header.h"

#include <array>
#include <cstdint>
#include <vector>

namespace ns3
{

/** Octet 2 of an NR-Uu compact message. */
enum class NrRrcMessageType : uint8_t
{
    kMobilityFromNrCommand = 1,
};

/** Octet 2 of a UTRAN-Uu compact message. */
enum class UtranRrcMessageType : uint8_t
{
    kHandoverToUtranCommand = 1,
    kHandoverToUtranComplete,
};

/**
 * \ingroup srvcc-security
 *
 * gNB -> UE: MobilityFromNRCommand (TS 23.216 6.5.4 step 9). Body: UE id (4), RRC transaction
 * id (1, 0..3), 4 LSB of the DL NAS COUNT (1, 0..15; TS 33.501 J.1.2 step 9), target RAT
 * message container (2-octet length + octets; the serialized SrvccUtranHandoverToUtranCommand).
 */
class SrvccNrMobilityFromNrCommand : public SrvccCompactMessage
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    CompactInterface GetInterface() const override;
    uint8_t GetMessageType() const override;
    const char* GetMessageName() const override;
    SrvccMessageType GetSrvccMessageType() const override;

    void SetUeId(uint32_t id);
    uint32_t GetUeId() const;
    /** \throws MessageEncodeError when \p id > 3 */
    void SetRrcTransactionId(uint8_t id);
    uint8_t GetRrcTransactionId() const;
    /** \throws MessageEncodeError when \p lsb4 > 15 */
    void SetDlNasCountLsb4(uint8_t lsb4);
    uint8_t GetDlNasCountLsb4() const;
    /** \throws MessageEncodeError when longer than 65535 octets */
    void SetTargetRatMessageContainer(std::vector<uint8_t> container);
    const std::vector<uint8_t>& GetTargetRatMessageContainer() const;

  protected:
    uint32_t GetBodySize() const override;
    void SerializeBody(Buffer::Iterator& it) const override;
    void DeserializeBody(CompactReader& reader) override;
    void PrintBody(std::ostream& os) const override;

  private:
    uint32_t m_ueId{0};
    uint8_t m_rrcTransactionId{0};
    uint8_t m_dlNasCountLsb4{0};
    std::vector<uint8_t> m_targetRatMessage;
};

/**
 * \ingroup srvcc-security
 *
 * Target RNC -> UE (through the source): HANDOVER TO UTRAN COMMAND. Body: new U-RNTI (4),
 * integrity algorithm UIA id (1, 0..2), ciphering algorithm UEA id (1, 0..2), FRESH (4).
 */
class SrvccUtranHandoverToUtranCommand : public SrvccCompactMessage
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    CompactInterface GetInterface() const override;
    uint8_t GetMessageType() const override;
    const char* GetMessageName() const override;
    SrvccMessageType GetSrvccMessageType() const override;

    void SetNewUrnti(uint32_t urnti);
    uint32_t GetNewUrnti() const;
    /** \throws MessageEncodeError when \p uia > 2 */
    void SetIntegrityAlgorithm(uint8_t uia);
    uint8_t GetIntegrityAlgorithm() const;
    /** \throws MessageEncodeError when \p uea > 2 */
    void SetCipheringAlgorithm(uint8_t uea);
    uint8_t GetCipheringAlgorithm() const;
    void SetFresh(uint32_t fresh);
    uint32_t GetFresh() const;

  protected:
    uint32_t GetBodySize() const override;
    void SerializeBody(Buffer::Iterator& it) const override;
    void DeserializeBody(CompactReader& reader) override;
    void PrintBody(std::ostream& os) const override;

  private:
    uint32_t m_newUrnti{0};
    uint8_t m_integrityAlgorithm{0};
    uint8_t m_cipheringAlgorithm{0};
    uint32_t m_fresh{0};
};

/**
 * \ingroup srvcc-security
 *
 * UE -> target RNC: HANDOVER TO UTRAN COMPLETE, the first message protected with CK/IK_SRVCC.
 * Body: U-RNTI (4), RRC sequence number (1, 0..15), MAC-I (4), payload (2-octet length +
 * octets, ciphered). The MAC-I covers IntegrityInput(): the body with the MAC-I octets zero and
 * the payload in plaintext, so a wrong CK and a wrong IK both fail the RNC's check.
 */
class SrvccUtranHandoverToUtranComplete : public SrvccCompactMessage
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    CompactInterface GetInterface() const override;
    uint8_t GetMessageType() const override;
    const char* GetMessageName() const override;
    SrvccMessageType GetSrvccMessageType() const override;

    void SetUrnti(uint32_t urnti);
    uint32_t GetUrnti() const;
    /** \throws MessageEncodeError when \p sn > 15 */
    void SetRrcSequenceNumber(uint8_t sn);
    uint8_t GetRrcSequenceNumber() const;
    void SetMacI(std::array<uint8_t, 4> macI);
    std::array<uint8_t, 4> GetMacI() const;
    /** \throws MessageEncodeError when longer than 65535 octets */
    void SetPayload(std::vector<uint8_t> payload);
    const std::vector<uint8_t>& GetPayload() const;

    /** \return IntegrityInput(GetUrnti(), GetRrcSequenceNumber(), GetPayload()). */
    std::vector<uint8_t> GetIntegrityInput() const;
    /**
     * The octets the MAC-I covers: the body as serialized with the MAC-I set to zero and
     * \p plainPayload in place of the ciphered payload (same length).
     * \throws MessageEncodeError when \p rrcSn > 15 or \p plainPayload is too long
     */
    static std::vector<uint8_t> IntegrityInput(uint32_t urnti, uint8_t rrcSn,
                                               const std::vector<uint8_t>& plainPayload);

  protected:
    uint32_t GetBodySize() const override;
    void SerializeBody(Buffer::Iterator& it) const override;
    void DeserializeBody(CompactReader& reader) override;
    void PrintBody(std::ostream& os) const override;

  private:
    uint32_t m_urnti{0};
    uint8_t m_rrcSequenceNumber{0};
    std::array<uint8_t, 4> m_macI{};
    std::vector<uint8_t> m_payload;
};

} // namespace ns3

#endif // SRVCC_RRC_MESSAGES_H
