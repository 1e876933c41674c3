/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The RANAP-PDU (TS 25.413 9.3.2) in ASN.1 aligned PER (TS 25.413 9.3, X.691): the CHOICE of
 * initiating / successful / unsuccessful message, the procedure code and its criticality, and
 * the message value as an open type. Every message the module sends (Relocation Request,
 * Acknowledge, Failure, Detect, Complete, Iu Release Request, Command, Complete) is a SEQUENCE
 * of a ProtocolIE-Container and an optional ProtocolExtensionContainer (TS 25.413 9.3.3), so one
 * codec carries them all; the IE values are encoded by srvcc-ranap-ies.h.
 */
#ifndef SRVCC_RANAP_PDU_H
#define SRVCC_RANAP_PDU_H

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/** RANAP-PDU alternatives (TS 25.413 9.3.2); "outcome" (class 3) is not used here. */
enum class RanapPduChoice : uint8_t
{
    kInitiatingMessage = 0,
    kSuccessfulOutcome = 1,
    kUnsuccessfulOutcome = 2,
};

/** Criticality ::= ENUMERATED { reject, ignore, notify } (TS 25.413 9.3.5). */
enum class RanapCriticality : uint8_t
{
    kReject = 0,
    kIgnore = 1,
    kNotify = 2,
};

/** Procedure codes (TS 25.413 9.3.6, RANAP-Constants) of the procedures the module uses. */
namespace ranap
{
constexpr uint8_t kProcIuRelease = 1;
constexpr uint8_t kProcRelocationResourceAllocation = 3;
constexpr uint8_t kProcIuReleaseRequest = 11;
constexpr uint8_t kProcRelocationDetect = 12;
constexpr uint8_t kProcRelocationComplete = 13;

/** Protocol IE ids (TS 25.413 9.3.6) of the IEs the module uses. */
constexpr uint16_t kIdCnDomainIndicator = 3;
constexpr uint16_t kIdCause = 4;
constexpr uint16_t kIdChosenEncryptionAlgorithm = 5;
constexpr uint16_t kIdChosenIntegrityProtectionAlgorithm = 6;
constexpr uint16_t kIdEncryptionInformation = 11;
constexpr uint16_t kIdIntegrityProtectionInformation = 12;
constexpr uint16_t kIdPermanentNasUeId = 23;
constexpr uint16_t kIdSourceToTargetTransparentContainer = 61;
constexpr uint16_t kIdTargetToSourceTransparentContainer = 63;
constexpr uint16_t kIdIuSigConId = 79;
} // namespace ranap

/** One ProtocolIE-Field: id, criticality and the IE value's own PER encoding. */
struct RanapIe
{
    uint16_t id{0};
    RanapCriticality criticality{RanapCriticality::kIgnore};
    std::vector<uint8_t> value;
};

/**
 * A RANAP-PDU whose message is SEQUENCE { protocolIEs, protocolExtensions OPTIONAL, ... }.
 * Decoding skips a ProtocolExtensionContainer and extension additions of the message (none of
 * the module's procedures needs them) and keeps the IEs in their order.
 */
struct RanapPdu
{
    RanapPduChoice choice{RanapPduChoice::kInitiatingMessage};
    uint8_t procedureCode{0};
    RanapCriticality criticality{RanapCriticality::kReject};
    std::vector<RanapIe> ies;
};

/**
 * Takes the IEs of a decoded message one by one (TS 25.413 10.3: an IE appears at most once;
 * one the receiver does not comprehend is ignored only when its criticality says "ignore").
 */
class RanapIeReader
{
  public:
    /** \throws MessageDecodeError when an IE id appears twice */
    RanapIeReader(const std::vector<RanapIe>& ies, const char* pduName);

    /** \return the value of IE \p id, or nullptr when the message does not hold it */
    const std::vector<uint8_t>* Optional(uint16_t id);
    /** \throws MessageDecodeError "<pdu>: <name>: mandatory IE (id N) missing" */
    const std::vector<uint8_t>& Mandatory(uint16_t id, const char* name);
    /**
     * \throws MessageDecodeError when an IE no call took has criticality reject or notify
     *         (TS 25.413 10.3.4.1: such an IE is not comprehended and the message is rejected)
     */
    void CheckRest() const;

    const char*
    GetPduName() const
    {
        return m_pdu;
    }

  private:
    const std::vector<RanapIe>& m_ies;
    std::vector<bool> m_taken;
    const char* m_pdu;
};

/**
 * \param pduName names the message in error texts (a literal)
 * \throws MessageEncodeError when a value does not fit its constraint (more than 65535 IEs, an
 *         open type of 16384 octets or more)
 */
std::vector<uint8_t> EncodeRanapPdu(const RanapPdu& pdu, const char* pduName);

/**
 * Decodes the RANAP-PDU at the start of \p data.
 * \param consumed gets the octets the PDU takes (the PDU ends with its value's open type)
 * \throws MessageDecodeError "<pduName>: <field>: <problem>" when it is truncated, an
 *         alternative or criticality is unknown, or the message value does not decode
 */
RanapPdu DecodeRanapPdu(const uint8_t* data, std::size_t size, const char* pduName,
                        std::size_t& consumed);

/**
 * Reads the PDU choice and the procedure code from the first two octets of an aligned-PER
 * RANAP-PDU (octet 0: extension bit, 2-bit choice index, padding; octet 1: procedureCode),
 * without decoding anything else; never throws.
 * \return false when \p size < 2 or octet 0 is not one of 0x00, 0x20, 0x40
 */
bool PeekRanapProcedure(const uint8_t* data, std::size_t size, RanapPduChoice& choice,
                        uint8_t& procedureCode);

} // namespace ns3

#endif // SRVCC_RANAP_PDU_H
