/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "gtpv2c-forward-relocation.h"

#include "gtpv2c-error.h"

namespace ns3
{

NS_OBJECT_ENSURE_REGISTERED(SrvccForwardRelocationRequest);
NS_OBJECT_ENSURE_REGISTERED(SrvccForwardRelocationResponse);

namespace
{

/** Read an F-Cause of any of the instances 0 (RAN), 1 (RANAP), 2 (BSSGP); the first counts. */
void
MaybeReadFCause(const Gtpv2cRawIe& ie, std::optional<Gtpv2cFCause>& out)
{
    if (ie.type == Gtpv2cIeType::kFCause && !out && ie.instance <= 2)
    {
        out = ReadFCauseIe(ie);
    }
}

} // namespace

bool
ForwardRelocationRequestIes::operator==(const ForwardRelocationRequestIes& other) const
{
    return imsi == other.imsi && senderFteid == other.senderFteid && mmContext == other.mmContext
           && indication == other.indication
           && sourceToTargetContainer == other.sourceToTargetContainer
           && targetIdentification == other.targetIdentification && fCause == other.fCause
           && stnSr == other.stnSr && cMsisdn == other.cMsisdn && mei == other.mei
           && additionalMmContextForSrvcc == other.additionalMmContextForSrvcc
           && emergencyIndication == other.emergencyIndication;
}

bool
ForwardRelocationResponseIes::operator==(const ForwardRelocationResponseIes& other) const
{
    return cause == other.cause && senderFteid == other.senderFteid
           && indication == other.indication && fCause == other.fCause
           && targetToSourceContainer == other.targetToSourceContainer;
}

// ---- Forward Relocation Request --------------------------------------------------------------

SrvccForwardRelocationRequest::SrvccForwardRelocationRequest()
    : Gtpv2cMessageWithIes(Gtpv2cMessageType::kForwardRelocationRequest)
{
}

TypeId
SrvccForwardRelocationRequest::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SrvccForwardRelocationRequest")
                            .SetParent<SrvccGtpv2cMessage>()
                            .SetGroupName("SrvccSecurity")
                            .AddConstructor<SrvccForwardRelocationRequest>();
    return tid;
}

void
SrvccForwardRelocationRequest::EncodeIes(Gtpv2cIeWriter& writer) const
{
    if (!m_ies.imsi && !m_ies.mei)
    {
        throw Gtpv2cEncodeError("neither IMSI nor MEI set");
    }
    if (m_ies.imsi)
    {
        WriteImsiIe(writer, *m_ies.imsi);
    }
    WriteFteidIe(writer, m_ies.senderFteid);
    WriteEpsSecurityContextIe(writer, m_ies.mmContext);
    if (!m_ies.indication.IsEmpty())
    {
        WriteIndicationIe(writer, m_ies.indication);
    }
    WriteFContainerIe(writer, m_ies.sourceToTargetContainer);
    WriteTargetIdentificationIe(writer, m_ies.targetIdentification);
    if (m_ies.fCause)
    {
        WriteFCauseIe(writer, *m_ies.fCause);
    }
    if (m_ies.stnSr)
    {
        WriteStnSrIe(writer, *m_ies.stnSr);
    }
    if (m_ies.cMsisdn)
    {
        WriteMsisdnIe(writer, *m_ies.cMsisdn);
    }
    if (m_ies.mei)
    {
        WriteMeiIe(writer, *m_ies.mei);
    }
    if (m_ies.additionalMmContextForSrvcc)
    {
        WriteAdditionalMmContextForSrvccIe(writer, *m_ies.additionalMmContextForSrvcc);
    }
    if (m_ies.emergencyIndication)
    {
        SvFlags flags;
        flags.emergency = true;
        WriteSvFlagsIe(writer, flags);
    }
}

void
SrvccForwardRelocationRequest::DecodeIes(const std::vector<Gtpv2cRawIe>& ies)
{
    ForwardRelocationRequestIes out;
    bool haveFteid = false;
    bool haveMmContext = false;
    bool haveIndication = false;
    bool haveContainer = false;
    bool haveTarget = false;
    bool haveSvFlags = false;
    for (const Gtpv2cRawIe& ie : ies)
    {
        MaybeReadFCause(ie, out.fCause);
        if (ie.instance != 0)
        {
            continue;
        }
        switch (ie.type)
        {
            case Gtpv2cIeType::kImsi:
                if (!out.imsi)
                {
                    out.imsi = ReadImsiIe(ie);
                }
                break;
            case Gtpv2cIeType::kFteid:
                if (!haveFteid)
                {
                    out.senderFteid = ReadFteidIe(ie);
                    haveFteid = true;
                }
                break;
            case Gtpv2cIeType::kMmContextEpsSecurityContextQuadruplets:
                if (!haveMmContext)
                {
                    out.mmContext = ReadEpsSecurityContextIe(ie);
                    haveMmContext = true;
                }
                break;
            case Gtpv2cIeType::kIndication:
                if (!haveIndication)
                {
                    out.indication = ReadIndicationIe(ie);
                    haveIndication = true;
                }
                break;
            case Gtpv2cIeType::kFContainer:
                if (!haveContainer)
                {
                    out.sourceToTargetContainer = ReadFContainerIe(ie);
                    haveContainer = true;
                }
                break;
            case Gtpv2cIeType::kTargetIdentification:
                if (!haveTarget)
                {
                    out.targetIdentification = ReadTargetIdentificationIe(ie);
                    haveTarget = true;
                }
                break;
            case Gtpv2cIeType::kStnSr:
                if (!out.stnSr)
                {
                    out.stnSr = ReadStnSrIe(ie);
                }
                break;
            case Gtpv2cIeType::kMsisdn:
                if (!out.cMsisdn)
                {
                    out.cMsisdn = ReadMsisdnIe(ie);
                }
                break;
            case Gtpv2cIeType::kMei:
                if (!out.mei)
                {
                    out.mei = ReadMeiIe(ie);
                }
                break;
            case Gtpv2cIeType::kAdditionalMmContextForSrvcc:
                if (!out.additionalMmContextForSrvcc)
                {
                    out.additionalMmContextForSrvcc = ReadAdditionalMmContextForSrvccIe(ie);
                }
                break;
            case Gtpv2cIeType::kSvFlags:
                if (!haveSvFlags)
                {
                    out.emergencyIndication = ReadSvFlagsIe(ie).emergency;
                    haveSvFlags = true;
                }
                break;
            default:
                break;
        }
    }
    if (!out.imsi && !out.mei)
    {
        ThrowMissingImsiAndMei();
    }
    if (!haveFteid)
    {
        ThrowMissingIe(Gtpv2cIeType::kFteid);
    }
    if (!haveMmContext)
    {
        ThrowMissingIe(Gtpv2cIeType::kMmContextEpsSecurityContextQuadruplets);
    }
    if (!haveContainer)
    {
        ThrowMissingIe(Gtpv2cIeType::kFContainer);
    }
    if (!haveTarget)
    {
        ThrowMissingIe(Gtpv2cIeType::kTargetIdentification);
    }
    m_ies = std::move(out);
}

void
SrvccForwardRelocationRequest::PrintIes(std::ostream& os) const
{
    const EpsSecurityContext& mm = m_ies.mmContext;
    PrintOptional(os, "imsi", m_ies.imsi);
    os << " senderTeid=" << m_ies.senderFteid.teid
       << " ksiAsme=" << static_cast<unsigned>(mm.ksiAsme) << " kasme=" << mm.kasme.Fingerprint()
       << " dlNasCount=" << mm.nasDownlinkCount << " ulNasCount=" << mm.nasUplinkCount;
    PrintIndication(os, m_ies.indication);
    PrintBytes(os, "sourceToTarget", m_ies.sourceToTargetContainer.container);
    os << " targetType=" << static_cast<unsigned>(m_ies.targetIdentification.targetType);
    if (m_ies.targetIdentification.targetType == Gtpv2cTargetIdentification::kRncId)
    {
        PrintRnc(os, m_ies.targetIdentification.rnc);
    }
    PrintFCause(os, m_ies.fCause);
    if (m_ies.stnSr)
    {
        os << " stnSr=" << m_ies.stnSr->digits;
    }
    PrintOptional(os, "cMsisdn", m_ies.cMsisdn);
    PrintOptional(os, "mei", m_ies.mei);
    if (m_ies.emergencyIndication)
    {
        os << " emergency";
    }
}

// ---- Forward Relocation Response -------------------------------------------------------------

SrvccForwardRelocationResponse::SrvccForwardRelocationResponse()
    : Gtpv2cMessageWithIes(Gtpv2cMessageType::kForwardRelocationResponse)
{
}

TypeId
SrvccForwardRelocationResponse::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SrvccForwardRelocationResponse")
                            .SetParent<SrvccGtpv2cMessage>()
                            .SetGroupName("SrvccSecurity")
                            .AddConstructor<SrvccForwardRelocationResponse>();
    return tid;
}

void
SrvccForwardRelocationResponse::EncodeIes(Gtpv2cIeWriter& writer) const
{
    WriteCauseIe(writer, m_ies.cause);
    if (m_ies.senderFteid)
    {
        WriteFteidIe(writer, *m_ies.senderFteid);
    }
    if (!m_ies.indication.IsEmpty())
    {
        WriteIndicationIe(writer, m_ies.indication);
    }
    if (m_ies.fCause)
    {
        WriteFCauseIe(writer, *m_ies.fCause);
    }
    if (m_ies.targetToSourceContainer)
    {
        WriteFContainerIe(writer, *m_ies.targetToSourceContainer);
    }
}

void
SrvccForwardRelocationResponse::DecodeIes(const std::vector<Gtpv2cRawIe>& ies)
{
    ForwardRelocationResponseIes out;
    bool haveCause = false;
    bool haveIndication = false;
    for (const Gtpv2cRawIe& ie : ies)
    {
        MaybeReadFCause(ie, out.fCause);
        if (ie.instance != 0)
        {
            continue;
        }
        if (ie.type == Gtpv2cIeType::kCause && !haveCause)
        {
            out.cause = ReadCauseIe(ie);
            haveCause = true;
        }
        else if (ie.type == Gtpv2cIeType::kFteid && !out.senderFteid)
        {
            out.senderFteid = ReadFteidIe(ie);
        }
        else if (ie.type == Gtpv2cIeType::kIndication && !haveIndication)
        {
            out.indication = ReadIndicationIe(ie);
            haveIndication = true;
        }
        else if (ie.type == Gtpv2cIeType::kFContainer && !out.targetToSourceContainer)
        {
            out.targetToSourceContainer = ReadFContainerIe(ie);
        }
    }
    if (!haveCause)
    {
        ThrowMissingIe(Gtpv2cIeType::kCause);
    }
    m_ies = std::move(out);
}

void
SrvccForwardRelocationResponse::PrintIes(std::ostream& os) const
{
    PrintCause(os, m_ies.cause);
    if (m_ies.senderFteid)
    {
        os << " senderTeid=" << m_ies.senderFteid->teid;
    }
    PrintIndication(os, m_ies.indication);
    PrintFCause(os, m_ies.fCause);
    if (m_ies.targetToSourceContainer)
    {
        PrintBytes(os, "targetToSource", m_ies.targetToSourceContainer->container);
    }
}

} // namespace ns3
