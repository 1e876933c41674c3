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
 * IEs of the Forward Relocation Request (type 133), AMF -> MME_SRVCC, TS 23.216 6.5.4 step 5
 * (IMSI, Target ID, STN-SR, C-MSISDN, MM Context, Source to Target Transparent Container,
 * 5G-SRVCC HO Indication, Supported Codec and MS Classmark 2, Emergency Indication, MEI), as
 * TS 29.274 Table 7.3.1-1 places them on N26:
 *
 * - The MM Context (107) carries KASME_SRVCC, eKSI and the UE security capability (TS 33.501
 *   J.1.2 step 3), and for an emergency session the equipment identifier in its MEI field:
 *   the table has no MEI IE (8.38: the MEI "shall be used as the UE identity" of a UICC-less
 *   or unauthenticated emergency UE).
 * - 5G-SRVCC HO Indication is the 5SRHOI flag of the Indication IE; the Emergency Indication
 *   is its EMCI flag, "set together with the 5SRHOI bit"; an unauthenticated IMSI sets UIMSI.
 * - The Source to Target Transparent Container is the UTRAN Transparent Container,
 *   F-Container instance 1, container type 1.
 * - The S1-AP Cause (F-Cause instance 0) is derived from the NGAP cause of the Handover
 *   Required; the SGW S11/S4 F-TEID (instance 1) is a zero placeholder on N26 ("any reserved
 *   TEID ... IPv4 address set to 0.0.0.0"), as there is no SGW in 5G-SRVCC.
 * - MS Classmark 2/3 and the Supported Codec List go in the Additional MM Context for SRVCC.
 */
struct ForwardRelocationRequestIes
{
    std::optional<std::string> imsi;                 ///< IMSI (1), C
    Gtpv2cFteid senderFteid;                         ///< F-TEID (87) instance 0, M
    std::optional<Gtpv2cFteid> sgwFteid;             ///< F-TEID (87) instance 1, C
    EpsSecurityContext mmContext;                    ///< MM Context (107), M
    Gtpv2cIndication indication;                     ///< Indication (77), sent if a flag is set
    Gtpv2cFContainer sourceToTargetContainer;        ///< F-Container (118) instance 1, M here
    Gtpv2cTargetIdentification targetIdentification; ///< Target Identification (121), M here
    std::optional<Gtpv2cFCause> fCause;              ///< F-Cause (119), C
    std::optional<StnSr> stnSr;                      ///< STN-SR (51), C
    std::optional<std::string> cMsisdn;              ///< MSISDN (76), C
    std::optional<SrvccClassmarks> additionalMmContextForSrvcc; ///< (159), C

    /** \return the zero SGW F-TEID (instance 1) an AMF sends on N26 (Table 7.3.1-1). */
    static Gtpv2cFteid N26SgwPlaceholder();

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
    std::optional<Gtpv2cFContainer> targetToSourceContainer; ///< F-Container (118) inst. 1, C

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
