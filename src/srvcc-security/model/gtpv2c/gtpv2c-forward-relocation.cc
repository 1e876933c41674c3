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

/** The UTRAN, E-UTRAN or BSS container of instance 0..2 (Tables 7.3.1-1, 7.3.2-1). */
bool
IsRelocationFContainer(const Gtpv2cRawIe& ie)
{
    return ie.type == Gtpv2cIeType::kFContainer && ie.instance <= 2;
}

} // namespace

Gtpv2cFteid
ForwardRelocationRequestIes::N26SgwPlaceholder()
{
    Gtpv2cFteid fteid;
    fteid.interfaceType = Gtpv2cFteid::kS11S4SgwGtpC;
    fteid.teid = 0;
    fteid.ipv4 = Ipv4Address("0.0.0.0");
    return fteid;
}

bool
ForwardRelocationRequestIes::operator==(const ForwardRelocationRequestIes& other) const
{
    return imsi == other.imsi && senderFteid == other.senderFteid && sgwFteid == other.sgwFteid
           && mmContext == other.mmContext && indication == other.indication
           && sourceToTargetContainer == other.sourceToTargetContainer
           && targetIdentification == other.targetIdentification && fCause == other.fCause
           && stnSr == other.stnSr && cMsisdn == other.cMsisdn
           && additionalMmContextForSrvcc == other.additionalMmContextForSrvcc;
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
    // Table 7.3.1-1: the IMSI may be left out only for a UICC-less emergency UE, which the
    // MEI of the MM Context then identifies (8.38).
    if (!m_ies.imsi && !m_ies.mmContext.mei)
    {
        throw Gtpv2cEncodeError("neither IMSI nor the MM Context's MEI set");
    }
    if (m_ies.indication.GetEmergencyPduSession() && !m_ies.indication.Get5gSrvccHoIndication())
    {
        throw Gtpv2cEncodeError("Indication: EMCI without 5SRHOI (TS 29.274 Table 7.3.1-1: "
                                "\"The EMCI bit shall be set together with the 5SRHOI bit\")");
    }
    if (m_ies.imsi)
    {
        WriteImsiIe(writer, *m_ies.imsi);
    }
    WriteFteidIe(writer, m_ies.senderFteid, 0);
    if (m_ies.sgwFteid)
    {
        WriteFteidIe(writer, *m_ies.sgwFteid, 1);
    }
    WriteEpsSecurityContextIe(writer, m_ies.mmContext);
    if (!m_ies.indication.IsEmpty())
    {
        WriteIndicationIe(writer, m_ies.indication);
    }
    WriteFContainerIe(
        writer, m_ies.sourceToTargetContainer,
        Gtpv2cFContainer::RelocationInstance(m_ies.sourceToTargetContainer.containerType));
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
    if (m_ies.additionalMmContextForSrvcc)
    {
        WriteAdditionalMmContextForSrvccIe(writer, *m_ies.additionalMmContextForSrvcc);
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
    for (const Gtpv2cRawIe& ie : ies)
    {
        MaybeReadFCause(ie, out.fCause);
        if (IsRelocationFContainer(ie))
        {
            if (!haveContainer)
            {
                out.sourceToTargetContainer = ReadRelocationFContainerIe(ie);
                haveContainer = true;
            }
            continue;
        }
        if (ie.type == Gtpv2cIeType::kFteid && ie.instance == 1)
        {
            if (!out.sgwFteid)
            {
                out.sgwFteid = ReadFteidIe(ie);
            }
            continue;
        }
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
            case Gtpv2cIeType::kAdditionalMmContextForSrvcc:
                if (!out.additionalMmContextForSrvcc)
                {
                    out.additionalMmContextForSrvcc = ReadAdditionalMmContextForSrvccIe(ie);
                }
                break;
            default:
                break; // not in Table 7.3.1-1 for N26 (e.g. IE 75 MEI): ignored (7.7.8)
        }
    }
    if (!haveMmContext)
    {
        ThrowMissingIe(Gtpv2cIeType::kMmContextEpsSecurityContextQuadruplets);
    }
    if (!out.imsi && !out.mmContext.mei)
    {
        throw Gtpv2cDecodeError("mandatory IE missing: IE 1 (IMSI), or the MEI field of IE 107 "
                                "(MM Context) for an emergency UE without IMSI");
    }
    if (out.indication.GetEmergencyPduSession() && !out.indication.Get5gSrvccHoIndication())
    {
        // What the encoder refuses is refused here too: a request the module could not send.
        throw Gtpv2cDecodeError("Indication: EMCI without 5SRHOI (TS 29.274 Table 7.3.1-1: "
                                "\"The EMCI bit shall be set together with the 5SRHOI bit\")");
    }
    if (!haveFteid)
    {
        ThrowMissingIe(Gtpv2cIeType::kFteid);
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
    PrintOptional(os, "mei", m_ies.mmContext.mei);
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
        WriteFContainerIe(
            writer, *m_ies.targetToSourceContainer,
            Gtpv2cFContainer::RelocationInstance(m_ies.targetToSourceContainer->containerType));
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
        if (IsRelocationFContainer(ie))
        {
            if (!out.targetToSourceContainer)
            {
                out.targetToSourceContainer = ReadRelocationFContainerIe(ie);
            }
            continue;
        }
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
