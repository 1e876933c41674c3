/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * GTPv2-C IEs that describe the handover target and carry the RAN containers: F-Container
 * (TS 29.274 8.48), F-Cause (8.49), Target Identification (8.51), Additional MM Context for
 * SRVCC (8.90), and the Sv IEs Source/Target Transparent Container (TS 29.280 6.3/6.4) and
 * Target RNC ID (6.8).
 */
#ifndef GTPV2C_IE_HANDOVER_H
#define GTPV2C_IE_HANDOVER_H

#include "gtpv2c-ie-identity.h"
#include "gtpv2c-ie.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace ns3
{

/**
 * \ingroup srvcc-security
 *
 * F-Container (TS 29.274 8.48): container type (bits 4-1 of octet 5) and the container.
 * For 5G-SRVCC to UTRAN it carries the Source RNC to Target RNC Transparent Container
 * (Forward Relocation Request) or the Target RNC to Source RNC Transparent Container
 * (Forward Relocation Response), container type 1, as APER-encoded RANAP (TS 25.413).
 * In both messages the IE instance names the container: 0 E-UTRAN, 1 UTRAN, 2 BSS
 * (TS 29.274 Tables 7.3.1-1 and 7.3.2-1), so the UTRAN container is instance 1.
 */
struct Gtpv2cFContainer
{
    static constexpr uint8_t kUtranTransparentContainer = 1;
    static constexpr uint8_t kBssContainer = 2;
    static constexpr uint8_t kEutranTransparentContainer = 3;

    uint8_t containerType{kUtranTransparentContainer};
    std::vector<uint8_t> container;

    /**
     * \return the instance of the F-Container with \p containerType in Forward Relocation
     *         Request/Response (Tables 7.3.1-1, 7.3.2-1): 0 E-UTRAN, 1 UTRAN, 2 BSS
     * \throws Gtpv2cEncodeError for another container type (no instance in those tables)
     */
    static uint8_t RelocationInstance(uint8_t containerType);

    bool
    operator==(const Gtpv2cFContainer& other) const
    {
        return containerType == other.containerType && container == other.container;
    }
};

/** \throws Gtpv2cEncodeError when the container is empty or the type exceeds 15 */
void WriteFContainerIe(Gtpv2cIeWriter& writer, const Gtpv2cFContainer& fContainer,
                       uint8_t instance = 0);
Gtpv2cFContainer ReadFContainerIe(const Gtpv2cRawIe& ie);
/**
 * Read the F-Container of a Forward Relocation Request/Response: instance 0, 1 or 2.
 * \throws Gtpv2cDecodeError when its container type is not the one its instance names
 */
Gtpv2cFContainer ReadRelocationFContainerIe(const Gtpv2cRawIe& ie);

/**
 * \ingroup srvcc-security
 *
 * F-Cause (TS 29.274 8.49). The IE instance says what the cause field holds: 0 the RAN
 * (S1AP/NGAP) cause, whose cause type (radio network, transport, NAS, protocol, misc) is then
 * meaningful; 1 a RANAP cause; 2 a BSSGP cause.
 */
struct Gtpv2cFCause
{
    static constexpr uint8_t kRanCauseInstance = 0;
    static constexpr uint8_t kRanapCauseInstance = 1;
    static constexpr uint8_t kBssgpCauseInstance = 2;
    static constexpr uint8_t kRadioNetworkLayer = 0;
    static constexpr uint8_t kTransportLayer = 1;
    static constexpr uint8_t kNas = 2;
    static constexpr uint8_t kProtocol = 3;
    static constexpr uint8_t kMiscellaneous = 4;

    uint8_t instance{kRanCauseInstance};
    uint8_t causeType{kRadioNetworkLayer};
    std::vector<uint8_t> cause; ///< the F-Cause field, octets 6 to (n+4)

    bool
    operator==(const Gtpv2cFCause& other) const
    {
        return instance == other.instance && causeType == other.causeType && cause == other.cause;
    }
};

/** Writes with the instance held in \p fCause. */
void WriteFCauseIe(Gtpv2cIeWriter& writer, const Gtpv2cFCause& fCause);
Gtpv2cFCause ReadFCauseIe(const Gtpv2cRawIe& ie);

/**
 * \ingroup srvcc-security
 *
 * The RNC a UTRAN handover goes to: the Target RNC-ID of TS 25.413 9.2.1.39 (LAI, optional
 * RAC, RNC-ID 0..4095, optional Extended RNC-ID 4096..65535).
 */
struct RncTargetId
{
    Gtpv2cPlmn plmn;
    uint16_t lac{0};
    std::optional<uint8_t> rac;
    uint16_t rncId{0};
    std::optional<uint16_t> extendedRncId;

    bool
    operator==(const RncTargetId& other) const
    {
        return plmn == other.plmn && lac == other.lac && rac == other.rac && rncId == other.rncId
               && extendedRncId == other.extendedRncId;
    }
};

/**
 * Target RNC ID (TS 29.280 6.8). The layout follows the Wireshark GTPv2 dissector: MCC/MNC
 * (3), LAC (2), RNC-ID (2), with no RAC octet; the Target Identification IE of TS 29.274
 * 8.51.2 does carry a RAC (in 5G-SRVCC a default 0xFF the MME_SRVCC ignores). Which of the two
 * TS 29.280 6.8 specifies is UNCONFIRMED, so the RAC is optional and the decoder tells the forms
 * apart by length: 7 (no RAC), 8 (RAC), 9 (no RAC, Extended RNC-ID), 10 (RAC and Extended RNC-ID).
 * Without a RAC the encoding is the one tshark decodes.
 */
void WriteTargetRncIdIe(Gtpv2cIeWriter& writer, const RncTargetId& target, uint8_t instance = 0);
RncTargetId ReadTargetRncIdIe(const Gtpv2cRawIe& ie);

/**
 * \ingroup srvcc-security
 *
 * Target Identification (TS 29.274 8.51). Target type 0 (RNC ID, the type 5G-SRVCC uses) is
 * decoded into \c rnc: MCC/MNC, LAC, RAC, RNC-ID and the optional Extended RNC-ID (8.51.2,
 * where the RAC is always present). Other target types are kept as raw octets.
 *
 * 8.51.2: in 5G-SRVCC the AMF has no target RAC (NGAP's Target RNC-ID carries none) and
 * "should set the RAC to a default value, e.g. hexadecimal value 'FF'"; "the MME_SRVCC shall
 * ignore the received RAC value".
 */
struct Gtpv2cTargetIdentification
{
    static constexpr uint8_t kRncId = 0;
    /** The default RAC an AMF sends in 5G-SRVCC (TS 29.274 8.51.2). */
    static constexpr uint8_t k5gSrvccDefaultRac = 0xff;

    uint8_t targetType{kRncId};
    RncTargetId rnc;                  ///< for target type 0; rac must be set
    std::vector<uint8_t> otherTarget; ///< the Target ID octets for other types

    bool operator==(const Gtpv2cTargetIdentification& other) const;
};

/** \throws Gtpv2cEncodeError for an RNC ID target without RAC, or an RNC-ID above 4095 */
void WriteTargetIdentificationIe(Gtpv2cIeWriter& writer, const Gtpv2cTargetIdentification& target,
                                 uint8_t instance = 0);
Gtpv2cTargetIdentification ReadTargetIdentificationIe(const Gtpv2cRawIe& ie);

/**
 * Source to Target (type 52) and Target to Source (type 53) Transparent Container
 * (TS 29.280 6.3/6.4): octet 5 holds the container length, or 255 for a longer container;
 * receivers take the length from the IE length (6.4).
 * \param type Gtpv2cIeType::kSourceToTargetTransparentContainer or ...TargetToSource...
 */
void WriteTransparentContainerIe(Gtpv2cIeWriter& writer, uint8_t type,
                                 const std::vector<uint8_t>& container, uint8_t instance = 0);
std::vector<uint8_t> ReadTransparentContainerIe(const Gtpv2cRawIe& ie);

/**
 * \ingroup srvcc-security
 *
 * Mobile Station Classmark 2 and 3 and the Supported Codec List (TS 24.008 10.5.1.6,
 * 10.5.1.7, 10.5.4.32), each after a 1-octet length that may be zero. They end the MM
 * Context for (E-)UTRAN SRVCC IEs and form the Additional MM Context for SRVCC IE.
 */
struct SrvccClassmarks
{
    std::vector<uint8_t> msClassmark2;
    std::vector<uint8_t> msClassmark3;
    std::vector<uint8_t> supportedCodecList;

    bool
    operator==(const SrvccClassmarks& other) const
    {
        return msClassmark2 == other.msClassmark2 && msClassmark3 == other.msClassmark3
               && supportedCodecList == other.supportedCodecList;
    }
};

void PutSrvccClassmarks(Gtpv2cIeWriter& writer, const SrvccClassmarks& classmarks);
SrvccClassmarks ReadSrvccClassmarks(Gtpv2cIeReader& reader);

/** Additional MM Context for SRVCC (TS 29.274 8.90). */
void WriteAdditionalMmContextForSrvccIe(Gtpv2cIeWriter& writer, const SrvccClassmarks& classmarks,
                                        uint8_t instance = 0);
SrvccClassmarks ReadAdditionalMmContextForSrvccIe(const Gtpv2cRawIe& ie);

} // namespace ns3

#endif // GTPV2C_IE_HANDOVER_H
