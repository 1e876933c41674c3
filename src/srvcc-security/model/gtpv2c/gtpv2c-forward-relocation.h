/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Forward Relocation Request and Response (TS 29.274 7.3.1, 7.3.2) between the AMF and the
 * MME_SRVCC in 5G-SRVCC (TS 23.216 6.5.4 steps 5 and 7). The request carries KASME_SRVCC to
 * the MME_SRVCC (TS 33.501 J.1.2 step 3).
 */
#ifndef GTPV2C_FORWARD_RELOCATION_H
#define GTPV2C_FORWARD_RELOCATION_H

#include "gtpv2c-ie-basic.h"
#include "gtpv2c-ie-handover.h"
#include "gtpv2c-ie-identity.h"
#include "gtpv2c-ie-mm-context.h"
#include "gtpv2c-message.h"

#include <optional>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup srvcc-security
 *
 * IEs of the Forward Relocation Request (type 133), AMF -> MME_SRVCC, TS 23.216 6.5.4 step 5:
 * IMSI, Target ID, STN-SR, C-MSISDN, MM Context, Source to Target Transparent Container,
 * 5G-SRVCC HO Indication, Supported Codec and MS Classmark 2, Emergency Indication, MEI.
 *
 * - The MM Context carries KASME_SRVCC, eKSI and the UE security capability (TS 33.501
 *   J.1.2 step 3; the KASME field is UNCONFIRMED, see EpsSecurityContext).
 * - 5G-SRVCC HO Indication is the 5SRHOI flag of the Indication IE; an unauthenticated IMSI
 *   (emergency) sets UIMSI there too.
 * - MS Classmark 2/3 and the Supported Codec List go in the Additional MM Context for SRVCC.
 * - No TS 29.274 IE for the Emergency Indication was available here; this module sends it as
 *   the EmInd bit of an Sv Flags IE (60), which the MME_SRVCC copies to the Sv request.
 *   UNCONFIRMED.
 */
struct ForwardRelocationRequestIes
{
    std::optional<std::string> imsi;                 ///< IMSI (1), C
    Gtpv2cFteid senderFteid;                         ///< F-TEID (87) instance 0, M
    EpsSecurityContext mmContext;                    ///< MM Context (107), M
    Gtpv2cIndication indication;                     ///< Indication (77), sent if a flag is set
    Gtpv2cFContainer sourceToTargetContainer;        ///< F-Container (118) instance 0, M here
    Gtpv2cTargetIdentification targetIdentification; ///< Target Identification (121), M here
    std::optional<Gtpv2cFCause> fCause;              ///< F-Cause (119), C
    std::optional<StnSr> stnSr;                      ///< STN-SR (51), C
    std::optional<std::string> cMsisdn;              ///< MSISDN (76), C
    std::optional<std::string> mei;                  ///< MEI (75), C: emergency session
    std::optional<SrvccClassmarks> additionalMmContextForSrvcc; ///< (159), C
    bool emergencyIndication{false}; ///< Sv Flags (60) EmInd, UNCONFIRMED

    bool operator==(const ForwardRelocationRequestIes& other) const;
};

/**
 * \ingroup srvcc-security
 * IEs of the Forward Relocation Response (type 134), MME_SRVCC -> AMF (step 7).
 */
struct ForwardRelocationResponseIes
{
    Gtpv2cCause cause;                                       ///< Cause (2), M
    std::optional<Gtpv2cFteid> senderFteid;                  ///< F-TEID (87), C: accepted
    Gtpv2cIndication indication;                             ///< Indication (77), O
    std::optional<Gtpv2cFCause> fCause;                      ///< F-Cause (119), C
    std::optional<Gtpv2cFContainer> targetToSourceContainer; ///< F-Container (118), C

    bool operator==(const ForwardRelocationResponseIes& other) const;
};

/** \ingroup srvcc-security Forward Relocation Request (TS 29.274 7.3.1). */
class SrvccForwardRelocationRequest
    : public Gtpv2cMessageWithIes<SrvccForwardRelocationRequest, ForwardRelocationRequestIes>
{
  public:
    SrvccForwardRelocationRequest();
    static TypeId GetTypeId();

  protected:
    void EncodeIes(Gtpv2cIeWriter& writer) const override;
    void DecodeIes(const std::vector<Gtpv2cRawIe>& ies) override;
    void PrintIes(std::ostream& os) const override;
};

/** \ingroup srvcc-security Forward Relocation Response (TS 29.274 7.3.2). */
class SrvccForwardRelocationResponse
    : public Gtpv2cMessageWithIes<SrvccForwardRelocationResponse, ForwardRelocationResponseIes>
{
  public:
    SrvccForwardRelocationResponse();
    static TypeId GetTypeId();

  protected:
    void EncodeIes(Gtpv2cIeWriter& writer) const override;
    void DecodeIes(const std::vector<Gtpv2cRawIe>& ies) override;
    void PrintIes(std::ostream& os) const override;
};

} // namespace ns3

#endif // GTPV2C_FORWARD_RELOCATION_H
