/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "gtpv2c-relocation-completion.h"

#include "gtpv2c-error.h"
#include "gtpv2c-ie-identity.h"

namespace ns3
{

NS_OBJECT_ENSURE_REGISTERED(SrvccForwardRelocationCompleteNotification);
NS_OBJECT_ENSURE_REGISTERED(SrvccForwardRelocationCompleteAcknowledge);
NS_OBJECT_ENSURE_REGISTERED(SrvccRelocationCancelRequest);
NS_OBJECT_ENSURE_REGISTERED(SrvccRelocationCancelResponse);

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

// ---- SrvccForwardRelocationCompleteNotification
// ---------------------------------------------------

SrvccForwardRelocationCompleteNotification::SrvccForwardRelocationCompleteNotification()
    : Gtpv2cMessageWithIes(Gtpv2cMessageType::kForwardRelocationCompleteNotification)
{
}

TypeId
SrvccForwardRelocationCompleteNotification::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SrvccForwardRelocationCompleteNotification")
                            .SetParent<SrvccGtpv2cMessage>()
                            .SetGroupName("SrvccSecurity")
                            .AddConstructor<SrvccForwardRelocationCompleteNotification>();
    return tid;
}

void
SrvccForwardRelocationCompleteNotification::EncodeIes(Gtpv2cIeWriter& writer) const
{
    if (!m_ies.indication.IsEmpty())
    {
        WriteIndicationIe(writer, m_ies.indication);
    }
}

void
SrvccForwardRelocationCompleteNotification::DecodeIes(const std::vector<Gtpv2cRawIe>& ies)
{
    ForwardRelocationCompleteNotificationIes out;
    for (const Gtpv2cRawIe& ie : ies)
    {
        if (ie.type == Gtpv2cIeType::kIndication && ie.instance == 0)
        {
            out.indication = ReadIndicationIe(ie);
            break;
        }
    }
    m_ies = out;
}

void
SrvccForwardRelocationCompleteNotification::PrintIes(std::ostream& os) const
{
    PrintIndication(os, m_ies.indication);
}

// ---- SrvccForwardRelocationCompleteAcknowledge
// ----------------------------------------------------

SrvccForwardRelocationCompleteAcknowledge::SrvccForwardRelocationCompleteAcknowledge()
    : Gtpv2cMessageWithIes(Gtpv2cMessageType::kForwardRelocationCompleteAcknowledge)
{
}

TypeId
SrvccForwardRelocationCompleteAcknowledge::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SrvccForwardRelocationCompleteAcknowledge")
                            .SetParent<SrvccGtpv2cMessage>()
                            .SetGroupName("SrvccSecurity")
                            .AddConstructor<SrvccForwardRelocationCompleteAcknowledge>();
    return tid;
}

void
SrvccForwardRelocationCompleteAcknowledge::EncodeIes(Gtpv2cIeWriter& writer) const
{
    WriteCauseIe(writer, m_ies.cause);
    if (m_ies.recovery)
    {
        WriteRecoveryIe(writer, *m_ies.recovery);
    }
}

void
SrvccForwardRelocationCompleteAcknowledge::DecodeIes(const std::vector<Gtpv2cRawIe>& ies)
{
    ForwardRelocationCompleteAcknowledgeIes out;
    bool haveCause = false;
    for (const Gtpv2cRawIe& ie : ies)
    {
        if (ie.instance != 0)
        {
            continue;
        }
        if (ie.type == Gtpv2cIeType::kCause && !haveCause)
        {
            out.cause = ReadCauseIe(ie);
            haveCause = true;
        }
        else if (ie.type == Gtpv2cIeType::kRecovery && !out.recovery)
        {
            out.recovery = ReadRecoveryIe(ie);
        }
    }
    if (!haveCause)
    {
        ThrowMissingIe(Gtpv2cIeType::kCause);
    }
    m_ies = out;
}

void
SrvccForwardRelocationCompleteAcknowledge::PrintIes(std::ostream& os) const
{
    PrintCause(os, m_ies.cause);
    if (m_ies.recovery)
    {
        os << " recovery=" << static_cast<unsigned>(*m_ies.recovery);
    }
}

// ---- SrvccRelocationCancelRequest
// -----------------------------------------------------------------

SrvccRelocationCancelRequest::SrvccRelocationCancelRequest()
    : Gtpv2cMessageWithIes(Gtpv2cMessageType::kRelocationCancelRequest)
{
}

TypeId
SrvccRelocationCancelRequest::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SrvccRelocationCancelRequest")
                            .SetParent<SrvccGtpv2cMessage>()
                            .SetGroupName("SrvccSecurity")
                            .AddConstructor<SrvccRelocationCancelRequest>();
    return tid;
}

void
SrvccRelocationCancelRequest::EncodeIes(Gtpv2cIeWriter& writer) const
{
    if (m_ies.imsi)
    {
        WriteImsiIe(writer, *m_ies.imsi);
    }
    if (m_ies.mei)
    {
        WriteMeiIe(writer, *m_ies.mei);
    }
    if (!m_ies.indication.IsEmpty())
    {
        WriteIndicationIe(writer, m_ies.indication);
    }
    if (m_ies.fCause)
    {
        WriteFCauseIe(writer, *m_ies.fCause);
    }
}

void
SrvccRelocationCancelRequest::DecodeIes(const std::vector<Gtpv2cRawIe>& ies)
{
    RelocationCancelRequestIes out;
    bool haveIndication = false;
    for (const Gtpv2cRawIe& ie : ies)
    {
        MaybeReadFCause(ie, out.fCause);
        if (ie.instance != 0)
        {
            continue;
        }
        if (ie.type == Gtpv2cIeType::kImsi && !out.imsi)
        {
            out.imsi = ReadImsiIe(ie);
        }
        else if (ie.type == Gtpv2cIeType::kMei && !out.mei)
        {
            out.mei = ReadMeiIe(ie);
        }
        else if (ie.type == Gtpv2cIeType::kIndication && !haveIndication)
        {
            out.indication = ReadIndicationIe(ie);
            haveIndication = true;
        }
    }
    m_ies = std::move(out);
}

void
SrvccRelocationCancelRequest::PrintIes(std::ostream& os) const
{
    PrintOptional(os, "imsi", m_ies.imsi);
    PrintOptional(os, "mei", m_ies.mei);
    PrintIndication(os, m_ies.indication);
    PrintFCause(os, m_ies.fCause);
}

// ---- SrvccRelocationCancelResponse
// ----------------------------------------------------------------

SrvccRelocationCancelResponse::SrvccRelocationCancelResponse()
    : Gtpv2cMessageWithIes(Gtpv2cMessageType::kRelocationCancelResponse)
{
}

TypeId
SrvccRelocationCancelResponse::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SrvccRelocationCancelResponse")
                            .SetParent<SrvccGtpv2cMessage>()
                            .SetGroupName("SrvccSecurity")
                            .AddConstructor<SrvccRelocationCancelResponse>();
    return tid;
}

void
SrvccRelocationCancelResponse::EncodeIes(Gtpv2cIeWriter& writer) const
{
    WriteCauseIe(writer, m_ies.cause);
}

void
SrvccRelocationCancelResponse::DecodeIes(const std::vector<Gtpv2cRawIe>& ies)
{
    m_ies.cause = FindCause(ies);
}

void
SrvccRelocationCancelResponse::PrintIes(std::ostream& os) const
{
    PrintCause(os, m_ies.cause);
}

} // namespace ns3
