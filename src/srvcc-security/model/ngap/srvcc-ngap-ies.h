/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The NGAP IE value types the module's N2 messages carry (TS 38.413 9.3, ASN.1 in 9.4.5),
 * each encoded as the complete ALIGNED PER encoding an IE's open type holds. Decoders read
 * untrusted octets: anything malformed, or a value the module does not model, throws
 * MessageDecodeError "<pdu>: <IE>: <problem>".
 */
#ifndef SRVCC_NGAP_IES_H
#define SRVCC_NGAP_IES_H

#include "ns3/srvcc-target-rnc-id.h"

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace ns3
{

/**
 * The N2 causes the module uses, each one NGAP Cause choice and value (TS 38.413 9.3.1.2):
 * radioNetwork for all but kNormalRelease (nas normal-release).
 */
enum class N2Cause : uint8_t
{
    kUnspecified = 0,         //!< radioNetwork unspecified
    kHandoverCancelled,       //!< radioNetwork handover-cancelled
    kHoFailureInTargetSystem, //!< radioNetwork ho-failure-in-target-5GC-ngran-node-or-target-system
    kHoTargetNotAllowed,      //!< radioNetwork ho-target-not-allowed
    kTNgRelocPrepExpiry,      //!< radioNetwork tngrelocprep-expiry
    kTNgRelocOverallExpiry,   //!< radioNetwork tngrelocoverall-expiry
    kNormalRelease,           //!< nas normal-release
    kUnknownTargetId,         //!< radioNetwork unknown-targetID
    kRadioConnectionWithUeLost,       //!< radioNetwork radio-connection-with-ue-lost
    kHandoverDesirableForRadioReason, //!< radioNetwork handover-desirable-for-radio-reason
    kUnknownLocalUeNgapId,            //!< radioNetwork unknown-local-UE-NGAP-ID
};

/** \return the NGAP value name, e.g. "tngrelocprep-expiry"; "unknown" outside the enum. */
const char* N2CauseName(N2Cause cause);
std::ostream& operator<<(std::ostream& os, N2Cause cause);

/** HandoverType (TS 38.413 9.3.1.22): three root values and the extension fivegs-to-utran. */
enum class NgapHandoverType : uint8_t
{
    kIntra5gs = 0,
    kFivegsToEps = 1,
    kEpsTo5gs = 2,
    kFivegsToUtran = 3,
};

/** User Location Information, the NR alternative (TS 38.413 9.3.1.16): NR CGI and TAI. */
struct NgapNrLocation
{
    std::string mcc{"001"}; //!< the PLMN of the NR CGI and of the TAI
    std::string mnc{"01"};
    uint64_t nrCellIdentity{1}; //!< 36 bits (TS 38.413 9.3.1.7)
    uint32_t tac{1};            //!< 24 bits (TS 38.413 9.3.3.10)

    bool
    operator==(const NgapNrLocation& o) const
    {
        return mcc == o.mcc && mnc == o.mnc && nrCellIdentity == o.nrCellIdentity && tac == o.tac;
    }
};

/** One item of PDUSessionResourceListHORqd (Handover Required, TS 38.413 9.2.3.1). */
struct NgapPduSessionHoRqd
{
    uint8_t pduSessionId{1};
    /** Its Handover Required Transfer (TS 38.413 9.3.4): direct forwarding path available. */
    bool directForwardingPathAvailable{false};

    bool
    operator==(const NgapPduSessionHoRqd& o) const
    {
        return pduSessionId == o.pduSessionId
               && directForwardingPathAvailable == o.directForwardingPathAvailable;
    }
};

namespace ngap
{

/** AMF-UE-NGAP-ID ::= INTEGER (0..2^40-1) (TS 38.413 9.3.3.1). */
std::vector<uint8_t> EncodeAmfUeNgapId(uint64_t id, const char* pdu);
uint64_t DecodeAmfUeNgapId(const std::vector<uint8_t>& value, const char* pdu);
/** RAN-UE-NGAP-ID ::= INTEGER (0..2^32-1) (TS 38.413 9.3.3.2). */
std::vector<uint8_t> EncodeRanUeNgapId(uint32_t id, const char* pdu);
uint32_t DecodeRanUeNgapId(const std::vector<uint8_t>& value, const char* pdu);

std::vector<uint8_t> EncodeHandoverType(NgapHandoverType type, const char* pdu);
NgapHandoverType DecodeHandoverType(const std::vector<uint8_t>& value, const char* pdu);

/** Cause (TS 38.413 9.3.1.2); a choice or value outside N2Cause does not decode. */
std::vector<uint8_t> EncodeCause(N2Cause cause, const char* pdu);
N2Cause DecodeCause(const std::vector<uint8_t>& value, const char* pdu);

/**
 * TargetID (TS 38.413 9.3.1.25) as its choice-Extensions alternative: the TargetID-ExtIEs IE
 * id-TargetRNC-ID (178) holding TargetRNC-ID (LAI, RNC-ID; an RNC-ID above 4095 also goes in
 * extendedRNC-ID, as TS 25.413 9.2.1.39 has it).
 * \throws MessageEncodeError unless mcc is 3 digits and mnc 2 or 3
 */
std::vector<uint8_t> EncodeTargetRncId(const TargetRncId& id, const char* pdu);
TargetRncId DecodeTargetRncId(const std::vector<uint8_t>& value, const char* pdu);

/** PDUSessionResourceListHORqd: SEQUENCE (SIZE (1..256)) OF PDUSessionResourceItemHORqd. */
std::vector<uint8_t> EncodePduSessionListHoRqd(const std::vector<NgapPduSessionHoRqd>& list,
                                               const char* pdu);
std::vector<NgapPduSessionHoRqd> DecodePduSessionListHoRqd(const std::vector<uint8_t>& value,
                                                           const char* pdu);

/** OCTET STRING IEs: NAS-PDU, the transparent containers, NASSecurityParametersFromNGRAN. */
std::vector<uint8_t> EncodeOctetString(const std::vector<uint8_t>& octets, const char* pdu,
                                       const char* ie);
std::vector<uint8_t> DecodeOctetString(const std::vector<uint8_t>& value, const char* pdu,
                                       const char* ie);

/**
 * NASSecurityParametersFromNGRAN (Handover Command, TS 38.413 9.2.3.2) for a handover to
 * UTRAN: one octet, bits 8-5 spare (zero), bits 4-1 the 4 LSB of the DL NAS COUNT the AMF used
 * for KASME_SRVCC (TS 33.501 J.1.2 step 8), as the value part of "NAS security parameters
 * from E-UTRA" (TS 24.301 9.9.2.7) carries them for (v)SRVCC from E-UTRAN. Wireshark shows the
 * octet as the sequence number of an N1 mode to S1 mode NAS transparent container (TS 24.501
 * 9.11.2.7), which with the spare bits zero is the same 4 LSB.
 */
std::vector<uint8_t> EncodeNasSecurityParametersToUtran(uint8_t dlNasCountLsb4, const char* pdu);
uint8_t DecodeNasSecurityParametersToUtran(const std::vector<uint8_t>& value, const char* pdu);

/** UE-NGAP-IDs (UE Context Release Command, TS 38.413 9.2.2.5) as its uE-NGAP-ID-pair. */
std::vector<uint8_t> EncodeUeNgapIdPair(uint64_t amf, uint32_t ran, const char* pdu);
/** Also takes the aMF-UE-NGAP-ID alternative (then \p ran is left as it is). */
void DecodeUeNgapIds(const std::vector<uint8_t>& value, const char* pdu, uint64_t& amf,
                     uint32_t& ran);

/** UserLocationInformation, the userLocationInformationNR alternative. */
std::vector<uint8_t> EncodeNrLocation(const NgapNrLocation& location, const char* pdu);
NgapNrLocation DecodeNrLocation(const std::vector<uint8_t>& value, const char* pdu);

/** RRCEstablishmentCause (TS 38.413 9.3.1.111): a root value 0..9 (mo-Signalling = 3). */
constexpr uint8_t kRrcCauseEmergency = 0;
constexpr uint8_t kRrcCauseMoSignalling = 3;
std::vector<uint8_t> EncodeRrcEstablishmentCause(uint8_t cause, const char* pdu);
uint8_t DecodeRrcEstablishmentCause(const std::vector<uint8_t>& value, const char* pdu);

/** PLMN Identity (TS 38.413 9.3.3.5): 3 octets, the MCC and MNC digits as TS 24.008 10.5.1.13. */
void EncodePlmn(const std::string& mcc, const std::string& mnc, uint8_t out[3], const char* pdu,
                const char* field);
void DecodePlmn(const uint8_t in[3], std::string& mcc, std::string& mnc, const char* pdu,
                const char* field);

} // namespace ngap

} // namespace ns3

#endif // SRVCC_NGAP_IES_H
