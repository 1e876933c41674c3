/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The UTRAN RRC messages of the 5G-SRVCC handover (TS 25.331), UNALIGNED PER: the target
 * RNC's HANDOVER TO UTRAN COMMAND (10.2.16a), which reaches the UE inside the NR
 * MobilityFromNRCommand, and the UE's UL-DCCH HANDOVER TO UTRAN COMPLETE (10.2.17).
 */
#ifndef SRVCC_UTRAN_RRC_MESSAGES_H
#define SRVCC_UTRAN_RRC_MESSAGES_H

#include "srvcc-rrc-message.h"

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace ns3
{

/** The alternative of UL-DCCH-MessageType for HANDOVER TO UTRAN COMPLETE (TS 25.331 11.2). */
constexpr uint8_t kUtranUlDcchHandoverToUtranComplete = 4;

/**
 * \ingroup srvcc-security
 *
 * Target RNC -> UE (through the source): HandoverToUTRANCommand, the r11 critical extension
 * (HandoverToUTRANCommand-r11-IEs): new-U-RNTI (U-RNTI-Short), cipheringAlgorithm
 * (CipheringAlgorithm-r7, the UEA the RNC chose: ciphering starts with the handover,
 * TS 25.331 8.3.6.3) and the smallest radio configuration the ASN.1 allows: specificationMode
 * preconfiguration with a default configuration (TS 25.331 13.7) and one FDD radio link of fixed
 * placeholder parameters (the module does not model the physical layer).
 *
 * TS 25.331 has no integrity protection information in this message (integrity starts with a
 * later SECURITY MODE COMMAND); the module, which checks IK_SRVCC on the UE's first message,
 * carries the RNC's integrity choice in handoverToUTRANCommand-r11-add-ext, in its own layout
 * modelled on IntegrityProtectionModeInfo (10.3.3.19): integrityProtectionAlgorithm
 * ENUMERATED { uia1, uia2 } (1 bit) and integrityProtInitNumber = FRESH (32 bits). No add-ext
 * means integrity protection is not started: the unauthenticated emergency case (TS 33.501
 * J.2), which puts no "UIA0" code point on the wire (there is none).
 */
class SrvccUtranHandoverToUtranCommand : public SrvccRrcMessage
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    const char* GetMessageName() const override;
    SrvccMessageType GetSrvccMessageType() const override;

    /** U-RNTI-Short: SRNC identity (12 bits) << 10 | S-RNTI 2 (10 bits). \throws when >= 2^22 */
    void SetNewUrnti(uint32_t urnti);
    uint32_t GetNewUrnti() const;
    /**
     * 1 = UIA1, 2 = UIA2, 0 = integrity protection not started (no integrity information sent).
     * \throws MessageEncodeError when \p uia > 2
     */
    void SetIntegrityAlgorithm(uint8_t uia);
    uint8_t GetIntegrityAlgorithm() const;
    /** \throws MessageEncodeError when \p uea > 2 (UEA0, UEA1, UEA2) */
    void SetCipheringAlgorithm(uint8_t uea);
    uint8_t GetCipheringAlgorithm() const;
    /** FRESH (TS 33.102 6.5.3); sent only with integrity protection. */
    void SetFresh(uint32_t fresh);
    uint32_t GetFresh() const;

  protected:
    void EncodeBody(PerWriter& w) const override;
    void DecodeBody(PerReader& r) override;
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
 * UE -> target RNC: UL-DCCH-Message handoverToUTRANComplete, the first message under
 * CK_SRVCC/IK_SRVCC. integrityCheckInfo = the MAC-I and the RRC message sequence number
 * (present unless integrity protection was not started); the message carries the startList
 * with the START of the CS domain (20 bits, 0 for fresh keys, TS 33.102 6.4.8).
 *
 * TS 25.331 10.2.17 says integrity protection is not performed on this message; the module
 * performs it (the key check), computing the MAC-I as TS 25.331 8.5.10.3 does for an
 * integrity-protected message: over the encoded UL-DCCH message whose messageAuthenticationCode
 * holds the signalling radio bearer identity in its 5 LSB and whose sequence number is the one
 * used. The ciphering of the radio bearer (TS 33.102 6.6) is modelled on the START value
 * field: it travels ciphered with f8, so a wrong CK makes the RNC's MAC-I check fail too.
 */
class SrvccUtranHandoverToUtranComplete : public SrvccRrcMessage
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    const char* GetMessageName() const override;
    SrvccMessageType GetSrvccMessageType() const override;

    /** Whether integrityCheckInfo is present (default true). */
    void SetIntegrityCheckInfoPresent(bool present);
    bool HasIntegrityCheckInfo() const;
    /** \throws MessageEncodeError when \p sn > 15 */
    void SetRrcSequenceNumber(uint8_t sn);
    uint8_t GetRrcSequenceNumber() const;
    void SetMacI(std::array<uint8_t, 4> macI);
    std::array<uint8_t, 4> GetMacI() const;
    /** The START-Value of the CS domain as it is on the wire. \throws when >= 2^20 */
    void SetStartValue(uint32_t start);
    uint32_t GetStartValue() const;

    /**
     * The octets the MAC-I covers (TS 25.331 8.5.10.3): this message encoded with
     * messageAuthenticationCode = \p srbIdentity in the 5 LSB, the sequence number \p rrcSn and
     * the START value \p plainStart.
     * \throws MessageEncodeError when a value is out of range
     */
    static std::vector<uint8_t> IntegrityInput(uint8_t srbIdentity, uint8_t rrcSn,
                                               uint32_t plainStart);

  protected:
    void EncodeBody(PerWriter& w) const override;
    void DecodeBody(PerReader& r) override;
    void PrintBody(std::ostream& os) const override;

  private:
    bool m_integrityCheckInfo{true};
    uint8_t m_rrcSequenceNumber{0};
    std::array<uint8_t, 4> m_macI{};
    uint32_t m_startValue{0};
};

} // namespace ns3

#endif // SRVCC_UTRAN_RRC_MESSAGES_H
