/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "gtpv2c-sv-ps-to-cs.h"

#include "gtpv2c-error.h"
#include "ns3/ipv4-address.h"
#include "ns3/ipv6-address.h"

namespace ns3
{

NS_OBJECT_ENSURE_REGISTERED(SrvccPsToCsRequest);
NS_OBJECT_ENSURE_REGISTERED(SrvccPsToCsResponse);

bool
SrvccPsToCsRequestIes::operator==(const SrvccPsToCsRequestIes& other) const
{
    return imsi == other.imsi && mei == other.mei
           && svAddressForControlPlane == other.svAddressForControlPlane
           && svTeidForControlPlane == other.svTeidForControlPlane && cMsisdn == other.cMsisdn
           && stnSr == other.stnSr && eutranSrvccContext == other.eutranSrvccContext
           && utranSrvccContext == other.utranSrvccContext
           && sourceToTargetContainer == other.sourceToTargetContainer
           && targetRncId == other.targetRncId && svFlags == other.svFlags;
}

bool
SrvccPsToCsResponseIes::operator==(const SrvccPsToCsResponseIes& other) const
{
    return cause == other.cause && mscSvTeidForControlPlane == other.mscSvTeidForControlPlane
           && targetToSourceContainer == other.targetToSourceContainer
           && srvccCause == other.srvccCause;
}

// ---- SRVCC PS to CS Request ------------------------------------------------------------------

SrvccPsToCsRequest::SrvccPsToCsRequest()
    : Gtpv2cMessageWithIes(Gtpv2cMessageType::kSrvccPsToCsRequest)
{
}

TypeId
SrvccPsToCsRequest::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SrvccPsToCsRequest")
                            .SetParent<SrvccGtpv2cMessage>()
                            .SetGroupName("SrvccSecurity")
                            .AddConstructor<SrvccPsToCsRequest>();
    return tid;
}

void
SrvccPsToCsRequest::EncodeIes(Gtpv2cIeWriter& writer) const
{
    if (!m_ies.imsi && !m_ies.mei)
    {
        throw Gtpv2cEncodeError("neither IMSI nor MEI set");
    }
    if (m_ies.eutranSrvccContext.has_value() == m_ies.utranSrvccContext.has_value())
    {
        throw Gtpv2cEncodeError("exactly one MM Context (for E-UTRAN SRVCC or for UTRAN "
                                "SRVCC) must be set");
    }
    if (m_ies.imsi)
    {
        WriteImsiIe(writer, *m_ies.imsi);
    }
    if (m_ies.mei)
    {
        WriteMeiIe(writer, *m_ies.mei);
    }
    WriteIpAddressIe(writer, m_ies.svAddressForControlPlane);
    WriteTeidCIe(writer, m_ies.svTeidForControlPlane);
    if (m_ies.cMsisdn)
    {
        WriteMsisdnIe(writer, *m_ies.cMsisdn);
    }
    if (m_ies.stnSr)
    {
        WriteStnSrIe(writer, *m_ies.stnSr);
    }
    if (m_ies.eutranSrvccContext)
    {
        WriteMmContextEutranSrvccIe(writer, *m_ies.eutranSrvccContext);
    }
    if (m_ies.utranSrvccContext)
    {
        WriteMmContextUtranSrvccIe(writer, *m_ies.utranSrvccContext);
    }
    WriteTransparentContainerIe(writer, Gtpv2cIeType::kSourceToTargetTransparentContainer,
                                m_ies.sourceToTargetContainer);
    WriteTargetRncIdIe(writer, m_ies.targetRncId);
    if (m_ies.svFlags)
    {
        WriteSvFlagsIe(writer, *m_ies.svFlags);
    }
}

void
SrvccPsToCsRequest::DecodeIes(const std::vector<Gtpv2cRawIe>& ies)
{
    SrvccPsToCsRequestIes out;
    bool haveAddress = false;
    bool haveTeid = false;
    bool haveContainer = false;
    bool haveTarget = false;
    for (const Gtpv2cRawIe& ie : ies)
    {
        if (ie.instance != 0)
        {
            continue; // every IE of this message uses instance 0
        }
        switch (ie.type)
        {
            case Gtpv2cIeType::kImsi:
                if (!out.imsi)
                {
                    out.imsi = ReadImsiIe(ie);
                }
                break;
            case Gtpv2cIeType::kMei:
                if (!out.mei)
                {
                    out.mei = ReadMeiIe(ie);
                }
                break;
            case Gtpv2cIeType::kIpAddress:
                if (!haveAddress)
                {
                    out.svAddressForControlPlane = ReadIpAddressIe(ie);
                    haveAddress = true;
                }
                break;
            case Gtpv2cIeType::kTeidC:
                if (!haveTeid)
                {
                    out.svTeidForControlPlane = ReadTeidCIe(ie);
                    haveTeid = true;
                }
                break;
            case Gtpv2cIeType::kMsisdn:
                if (!out.cMsisdn)
                {
                    out.cMsisdn = ReadMsisdnIe(ie);
                }
                break;
            case Gtpv2cIeType::kStnSr:
                if (!out.stnSr)
                {
                    out.stnSr = ReadStnSrIe(ie);
                }
                break;
            case Gtpv2cIeType::kMmContextEutranSrvcc:
                if (!out.eutranSrvccContext && !out.utranSrvccContext)
                {
                    out.eutranSrvccContext = ReadMmContextEutranSrvccIe(ie);
                }
                break;
            case Gtpv2cIeType::kMmContextUtranSrvcc:
                if (!out.eutranSrvccContext && !out.utranSrvccContext)
                {
                    out.utranSrvccContext = ReadMmContextUtranSrvccIe(ie);
                }
                break;
            case Gtpv2cIeType::kSourceToTargetTransparentContainer:
                if (!haveContainer)
                {
                    out.sourceToTargetContainer = ReadTransparentContainerIe(ie);
                    haveContainer = true;
                }
                break;
            case Gtpv2cIeType::kTargetRncId:
                if (!haveTarget)
                {
                    out.targetRncId = ReadTargetRncIdIe(ie);
                    haveTarget = true;
                }
                break;
            case Gtpv2cIeType::kSvFlags:
                if (!out.svFlags)
                {
                    out.svFlags = ReadSvFlagsIe(ie);
                }
                break;
            default:
                break; // not used by this message: ignored (TS 29.274 7.7.8)
        }
    }
    if (!out.imsi && !out.mei)
    {
        ThrowMissingImsiAndMei();
    }
    if (!haveAddress)
    {
        ThrowMissingIe(Gtpv2cIeType::kIpAddress);
    }
    if (!haveTeid)
    {
        ThrowMissingIe(Gtpv2cIeType::kTeidC);
    }
    if (!out.eutranSrvccContext && !out.utranSrvccContext)
    {
        throw Gtpv2cDecodeError("mandatory IE missing: IE 54 (MM Context for E-UTRAN SRVCC) "
                                "or IE 55 (MM Context for UTRAN SRVCC)");
    }
    if (!haveContainer)
    {
        ThrowMissingIe(Gtpv2cIeType::kSourceToTargetTransparentContainer);
    }
    if (!haveTarget)
    {
        ThrowMissingIe(Gtpv2cIeType::kTargetRncId);
    }
    m_ies = std::move(out);
}

void
SrvccPsToCsRequest::PrintIes(std::ostream& os) const
{
    PrintOptional(os, "imsi", m_ies.imsi);
    PrintOptional(os, "mei", m_ies.mei);
    os << " svAddress=";
    const Address& a = m_ies.svAddressForControlPlane;
    if (Ipv4Address::IsMatchingType(a))
    {
        os << Ipv4Address::ConvertFrom(a);
    }
    else if (Ipv6Address::IsMatchingType(a))
    {
        os << Ipv6Address::ConvertFrom(a);
    }
    else
    {
        os << "unset";
    }
    os << " svTeidC=" << m_ies.svTeidForControlPlane;
    PrintOptional(os, "cMsisdn", m_ies.cMsisdn);
    if (m_ies.stnSr)
    {
        os << " stnSr=" << m_ies.stnSr->digits;
    }
    if (m_ies.eutranSrvccContext)
    {
        const MmContextEutranSrvcc& c = *m_ies.eutranSrvccContext;
        os << " eKsi=" << static_cast<unsigned>(c.eKsi) << " ckSrvcc=" << c.ckSrvcc.Fingerprint()
           << " ikSrvcc=" << c.ikSrvcc.Fingerprint();
    }
    if (m_ies.utranSrvccContext)
    {
        const MmContextUtranSrvcc& c = *m_ies.utranSrvccContext;
        os << " ksiCs=" << static_cast<unsigned>(c.ksiCs) << " ckCs=" << c.ckCs.Fingerprint()
           << " ikCs=" << c.ikCs.Fingerprint() << " kc=" << c.kc.Fingerprint()
           << " cksn=" << static_cast<unsigned>(c.cksn);
    }
    PrintBytes(os, "sourceToTarget", m_ies.sourceToTargetContainer);
    PrintRnc(os, m_ies.targetRncId);
    if (m_ies.svFlags)
    {
        os << " sti=" << m_ies.svFlags->sessionTransfer << " ics=" << m_ies.svFlags->imsCentralized
           << " emInd=" << m_ies.svFlags->emergency;
    }
}

// ---- SRVCC PS to CS Response -----------------------------------------------------------------

SrvccPsToCsResponse::SrvccPsToCsResponse()
    : Gtpv2cMessageWithIes(Gtpv2cMessageType::kSrvccPsToCsResponse)
{
}

TypeId
SrvccPsToCsResponse::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SrvccPsToCsResponse")
                            .SetParent<SrvccGtpv2cMessage>()
                            .SetGroupName("SrvccSecurity")
                            .AddConstructor<SrvccPsToCsResponse>();
    return tid;
}

void
SrvccPsToCsResponse::EncodeIes(Gtpv2cIeWriter& writer) const
{
    WriteCauseIe(writer, m_ies.cause);
    if (m_ies.mscSvTeidForControlPlane)
    {
        WriteTeidCIe(writer, *m_ies.mscSvTeidForControlPlane);
    }
    if (m_ies.targetToSourceContainer)
    {
        WriteTransparentContainerIe(writer, Gtpv2cIeType::kTargetToSourceTransparentContainer,
                                    *m_ies.targetToSourceContainer);
    }
    if (m_ies.srvccCause)
    {
        WriteSrvccCauseIe(writer, *m_ies.srvccCause);
    }
}

void
SrvccPsToCsResponse::DecodeIes(const std::vector<Gtpv2cRawIe>& ies)
{
    SrvccPsToCsResponseIes out;
    bool haveCause = false;
    for (const Gtpv2cRawIe& ie : ies)
    {
        if (ie.instance != 0)
        {
            continue;
        }
        switch (ie.type)
        {
            case Gtpv2cIeType::kCause:
                if (!haveCause)
                {
                    out.cause = ReadCauseIe(ie);
                    haveCause = true;
                }
                break;
            case Gtpv2cIeType::kTeidC:
                if (!out.mscSvTeidForControlPlane)
                {
                    out.mscSvTeidForControlPlane = ReadTeidCIe(ie);
                }
                break;
            case Gtpv2cIeType::kTargetToSourceTransparentContainer:
                if (!out.targetToSourceContainer)
                {
                    out.targetToSourceContainer = ReadTransparentContainerIe(ie);
                }
                break;
            case Gtpv2cIeType::kSrvccCause:
                if (!out.srvccCause)
                {
                    out.srvccCause = ReadSrvccCauseIe(ie);
                }
                break;
            default:
                break;
        }
    }
    if (!haveCause)
    {
        ThrowMissingIe(Gtpv2cIeType::kCause);
    }
    m_ies = std::move(out);
}

void
SrvccPsToCsResponse::PrintIes(std::ostream& os) const
{
    PrintCause(os, m_ies.cause);
    if (m_ies.mscSvTeidForControlPlane)
    {
        os << " mscSvTeidC=" << *m_ies.mscSvTeidForControlPlane;
    }
    if (m_ies.targetToSourceContainer)
    {
        PrintBytes(os, "targetToSource", *m_ies.targetToSourceContainer);
    }
    PrintOptional(os, "srvccCause", m_ies.srvccCause);
}

} // namespace ns3
