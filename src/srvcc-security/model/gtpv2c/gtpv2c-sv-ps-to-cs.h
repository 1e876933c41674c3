/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * SRVCC PS to CS Request and Response (TS 29.280 5.2.2, 5.2.3): the Sv handover preparation
 * between the MME_SRVCC and the MSC server in 5G-SRVCC (TS 23.216 6.5.4 step 6).
 *
 * The IE lists follow TS 29.280 as far as 5G-SRVCC to UTRAN needs them; which IEs are
 * conditional is the model's reading of TS 29.280 5.2.2 and TS 23.216 6.5 (listed under Scope
 * and Limitations in doc/srvcc-security.rst). IMSI is conditional: an emergency UE without
 * UICC is known by its MEI only.
 */
#ifndef GTPV2C_SV_PS_TO_CS_H
#define GTPV2C_SV_PS_TO_CS_H

#include "gtpv2c-ie-basic.h"
#include "gtpv2c-ie-handover.h"
#include "gtpv2c-ie-identity.h"
#include "gtpv2c-ie-mm-context.h"
#include "gtpv2c-message.h"
#include "ns3/address.h"

#include <optional>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup srvcc-security
 *
 * IEs of the SRVCC PS to CS Request (type 25), MME_SRVCC -> MSC server.
 * Exactly one of the two MM Context IEs is sent. The MME_SRVCC (and the sol1.2 AMF) send the
 * MM Context for E-UTRAN (v)SRVCC (54) by default: TS 33.501 J.1.2 step 5 sends the MSC server
 * KSI_SRVCC, CK_SRVCC and IK_SRVCC, exactly its fields, and 54 is the form a source MME uses
 * (E-UTRAN SRVCC), where the MM Context for UTRAN (v)SRVCC (55) is the SGSN's (UTRAN (HSPA)
 * SRVCC) and adds Kc'/CKSN', a GSM key 5G-SRVCC to UTRAN does not have. 55 stays selectable
 * (SrvccMmeApplication::UtranSrvccContextIe) since TS 29.280's 5G-SRVCC text was not
 * available; the MSC server accepts both and the keys are the same.
 */
struct SrvccPsToCsRequestIes
{
    std::optional<std::string> imsi;                        ///< IMSI (1), C
    std::optional<std::string> mei;                         ///< MEI (75), C: emergency
    Address svAddressForControlPlane;                       ///< IP Address (74), M
    uint32_t svTeidForControlPlane{0};                      ///< TEID-C (59), M
    std::optional<std::string> cMsisdn;                     ///< MSISDN (76), C
    std::optional<StnSr> stnSr;                             ///< STN-SR (51), C
    std::optional<MmContextEutranSrvcc> eutranSrvccContext; ///< (54), C
    std::optional<MmContextUtranSrvcc> utranSrvccContext;   ///< (55), C
    std::vector<uint8_t> sourceToTargetContainer;           ///< (52), M
    RncTargetId targetRncId;                                ///< Target RNC ID (57), M
    std::optional<SvFlags> svFlags;                         ///< Sv Flags (60), C

    bool operator==(const SrvccPsToCsRequestIes& other) const;
};

/**
 * \ingroup srvcc-security
 *
 * IEs of the SRVCC PS to CS Response (type 26), MSC server -> MME_SRVCC. The MSC server's
 * TEID-C is optional here (UNCONFIRMED that TS 29.280 5.2.3 lists it).
 */
struct SrvccPsToCsResponseIes
{
    Gtpv2cCause cause;                                           ///< Cause (2), M
    std::optional<uint32_t> mscSvTeidForControlPlane;            ///< TEID-C (59), C
    std::optional<std::vector<uint8_t>> targetToSourceContainer; ///< (53), C: accepted
    std::optional<uint8_t> srvccCause;                           ///< SRVCC Cause (56), C

    bool operator==(const SrvccPsToCsResponseIes& other) const;
};

/** \ingroup srvcc-security SRVCC PS to CS Request (TS 29.280 5.2.2). */
class SrvccPsToCsRequest : public Gtpv2cMessageWithIes<SrvccPsToCsRequest, SrvccPsToCsRequestIes>
{
  public:
    SrvccPsToCsRequest();
    static TypeId GetTypeId();

  protected:
    void EncodeIes(Gtpv2cIeWriter& writer) const override;
    void DecodeIes(const std::vector<Gtpv2cRawIe>& ies) override;
    void PrintIes(std::ostream& os) const override;
};

/** \ingroup srvcc-security SRVCC PS to CS Response (TS 29.280 5.2.3). */
class SrvccPsToCsResponse : public Gtpv2cMessageWithIes<SrvccPsToCsResponse, SrvccPsToCsResponseIes>
{
  public:
    SrvccPsToCsResponse();
    static TypeId GetTypeId();

  protected:
    void EncodeIes(Gtpv2cIeWriter& writer) const override;
    void DecodeIes(const std::vector<Gtpv2cRawIe>& ies) override;
    void PrintIes(std::ostream& os) const override;
};

} // namespace ns3

#endif // GTPV2C_SV_PS_TO_CS_H
