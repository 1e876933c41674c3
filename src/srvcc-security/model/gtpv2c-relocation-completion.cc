/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "gtpv2c-relocation-completion.h"

#include "gtpv2c-error.h"
#include "gtpv2c-ie-identity.h"

namespace ns3
{

NS_OBJECT_ENSURE_REGISTERED(ForwardRelocationCompleteNotification);
NS_OBJECT_ENSURE_REGISTERED(ForwardRelocationCompleteAcknowledge);
NS_OBJECT_ENSURE_REGISTERED(RelocationCancelRequest);
NS_OBJECT_ENSURE_REGISTERED(RelocationCancelResponse);

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

// ---- ForwardRelocationCompleteNotification ---------------------------------------------------

ForwardRelocationCompleteNotification::ForwardRelocationCompleteNotification()
    : Gtpv2cMessageWithIes(Gtpv2cMessageType::kForwardRelocationCompleteNotification)
{
}

TypeId
ForwardRelocationCompleteNotification::GetTypeId()
{
    static TypeId tid = TypeId("ns3::ForwardRelocationCompleteNotification")
                            .SetParent<Gtpv2cMessage>()
                            .SetGroupName("SrvccSecurity")
                            .AddConstructor<ForwardRelocationCompleteNotification>();
    return tid;
}

void
ForwardRelocationCompleteNotification::EncodeIes(Gtpv2cIeWriter& writer) const
{
    if (!m_ies.indication.IsEmpty())
    {
        WriteIndicationIe(writer, m_ies.indication);
    }
}

void
ForwardRelocationCompleteNotification::DecodeIes(const std::vector<Gtpv2cRawIe>& ies)
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
ForwardRelocationCompleteNotification::PrintIes(std::ostream& os) const
{
    PrintIndication(os, m_ies.indication);
}

// ---- ForwardRelocationCompleteAcknowledge ----------------------------------------------------

ForwardRelocationCompleteAcknowledge::ForwardRelocationCompleteAcknowledge()
    : Gtpv2cMessageWithIes(Gtpv2cMessageType::kForwardRelocationCompleteAcknowledge)
{
}

TypeId
ForwardRelocationCompleteAcknowledge::GetTypeId()
{
    static TypeId tid = TypeId("ns3::ForwardRelocationCompleteAcknowledge")
                            .SetParent<Gtpv2cMessage>()
                            .SetGroupName("SrvccSecurity")
                            .AddConstructor<ForwardRelocationCompleteAcknowledge>();
    return tid;
}

void
ForwardRelocationCompleteAcknowledge::EncodeIes(Gtpv2cIeWriter& writer) const
{
    WriteCauseIe(writer, m_ies.cause);
    if (m_ies.recovery)
    {
        WriteRecoveryIe(writer, *m_ies.recovery);
    }
}

void
ForwardRelocationCompleteAcknowledge::DecodeIes(const std::vector<Gtpv2cRawIe>& ies)
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
ForwardRelocationCompleteAcknowledge::PrintIes(std::ostream& os) const
{
    PrintCause(os, m_ies.cause);
    if (m_ies.recovery)
    {
        os << " recovery=" << static_cast<unsigned>(*m_ies.recovery);
    }
}

// ---- RelocationCancelRequest -----------------------------------------------------------------

RelocationCancelRequest::RelocationCancelRequest()
    : Gtpv2cMessageWithIes(Gtpv2cMessageType::kRelocationCancelRequest)
{
}

TypeId
RelocationCancelRequest::GetTypeId()
{
    static TypeId tid = TypeId("ns3::RelocationCancelRequest")
                            .SetParent<Gtpv2cMessage>()
                            .SetGroupName("SrvccSecurity")
                            .AddConstructor<RelocationCancelRequest>();
    return tid;
}

void
RelocationCancelRequest::EncodeIes(Gtpv2cIeWriter& writer) const
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
RelocationCancelRequest::DecodeIes(const std::vector<Gtpv2cRawIe>& ies)
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
RelocationCancelRequest::PrintIes(std::ostream& os) const
{
    PrintOptional(os, "imsi", m_ies.imsi);
    PrintOptional(os, "mei", m_ies.mei);
    PrintIndication(os, m_ies.indication);
    PrintFCause(os, m_ies.fCause);
}

// ---- RelocationCancelResponse ----------------------------------------------------------------

RelocationCancelResponse::RelocationCancelResponse()
    : Gtpv2cMessageWithIes(Gtpv2cMessageType::kRelocationCancelResponse)
{
}

TypeId
RelocationCancelResponse::GetTypeId()
{
    static TypeId tid = TypeId("ns3::RelocationCancelResponse")
                            .SetParent<Gtpv2cMessage>()
                            .SetGroupName("SrvccSecurity")
                            .AddConstructor<RelocationCancelResponse>();
    return tid;
}

void
RelocationCancelResponse::EncodeIes(Gtpv2cIeWriter& writer) const
{
    WriteCauseIe(writer, m_ies.cause);
}

void
RelocationCancelResponse::DecodeIes(const std::vector<Gtpv2cRawIe>& ies)
{
    m_ies.cause = FindCause(ies);
}

void
RelocationCancelResponse::PrintIes(std::ostream& os) const
{
    PrintCause(os, m_ies.cause);
}

} // namespace ns3
