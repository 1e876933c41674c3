/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "gtpv2c-sv-completion.h"

#include "gtpv2c-error.h"
#include "gtpv2c-ie-identity.h"

namespace ns3
{

NS_OBJECT_ENSURE_REGISTERED(SrvccPsToCsCompleteNotification);
NS_OBJECT_ENSURE_REGISTERED(SrvccPsToCsCompleteAcknowledge);
NS_OBJECT_ENSURE_REGISTERED(SrvccPsToCsCancelNotification);
NS_OBJECT_ENSURE_REGISTERED(SrvccPsToCsCancelAcknowledge);

// ---- Complete Notification -------------------------------------------------------------------

SrvccPsToCsCompleteNotification::SrvccPsToCsCompleteNotification()
    : Gtpv2cMessageWithIes(Gtpv2cMessageType::kSrvccPsToCsCompleteNotification)
{
}

TypeId
SrvccPsToCsCompleteNotification::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SrvccPsToCsCompleteNotification")
                            .SetParent<SrvccGtpv2cMessage>()
                            .SetGroupName("SrvccSecurity")
                            .AddConstructor<SrvccPsToCsCompleteNotification>();
    return tid;
}

void
SrvccPsToCsCompleteNotification::EncodeIes(Gtpv2cIeWriter& writer) const
{
    if (m_ies.imsi)
    {
        WriteImsiIe(writer, *m_ies.imsi);
    }
    if (m_ies.srvccPostFailureCause)
    {
        WriteSrvccCauseIe(writer, *m_ies.srvccPostFailureCause);
    }
}

void
SrvccPsToCsCompleteNotification::DecodeIes(const std::vector<Gtpv2cRawIe>& ies)
{
    SrvccPsToCsCompleteNotificationIes out;
    for (const Gtpv2cRawIe& ie : ies)
    {
        if (ie.instance != 0)
        {
            continue;
        }
        if (ie.type == Gtpv2cIeType::kImsi && !out.imsi)
        {
            out.imsi = ReadImsiIe(ie);
        }
        else if (ie.type == Gtpv2cIeType::kSrvccCause && !out.srvccPostFailureCause)
        {
            out.srvccPostFailureCause = ReadSrvccCauseIe(ie);
        }
    }
    m_ies = std::move(out);
}

void
SrvccPsToCsCompleteNotification::PrintIes(std::ostream& os) const
{
    PrintOptional(os, "imsi", m_ies.imsi);
    PrintOptional(os, "srvccPostFailureCause", m_ies.srvccPostFailureCause);
}

// ---- Complete Acknowledge --------------------------------------------------------------------

SrvccPsToCsCompleteAcknowledge::SrvccPsToCsCompleteAcknowledge()
    : Gtpv2cMessageWithIes(Gtpv2cMessageType::kSrvccPsToCsCompleteAcknowledge)
{
}

TypeId
SrvccPsToCsCompleteAcknowledge::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SrvccPsToCsCompleteAcknowledge")
                            .SetParent<SrvccGtpv2cMessage>()
                            .SetGroupName("SrvccSecurity")
                            .AddConstructor<SrvccPsToCsCompleteAcknowledge>();
    return tid;
}

void
SrvccPsToCsCompleteAcknowledge::EncodeIes(Gtpv2cIeWriter& writer) const
{
    WriteCauseIe(writer, m_ies.cause);
}

void
SrvccPsToCsCompleteAcknowledge::DecodeIes(const std::vector<Gtpv2cRawIe>& ies)
{
    m_ies.cause = FindCause(ies);
}

void
SrvccPsToCsCompleteAcknowledge::PrintIes(std::ostream& os) const
{
    PrintCause(os, m_ies.cause);
}

// ---- Cancel Notification ---------------------------------------------------------------------

SrvccPsToCsCancelNotification::SrvccPsToCsCancelNotification()
    : Gtpv2cMessageWithIes(Gtpv2cMessageType::kSrvccPsToCsCancelNotification)
{
}

TypeId
SrvccPsToCsCancelNotification::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SrvccPsToCsCancelNotification")
                            .SetParent<SrvccGtpv2cMessage>()
                            .SetGroupName("SrvccSecurity")
                            .AddConstructor<SrvccPsToCsCancelNotification>();
    return tid;
}

void
SrvccPsToCsCancelNotification::EncodeIes(Gtpv2cIeWriter& writer) const
{
    if (!m_ies.imsi && !m_ies.mei)
    {
        throw Gtpv2cEncodeError("neither IMSI nor MEI set");
    }
    if (m_ies.imsi)
    {
        WriteImsiIe(writer, *m_ies.imsi);
    }
    WriteSrvccCauseIe(writer, m_ies.srvccCause);
    if (m_ies.mei)
    {
        WriteMeiIe(writer, *m_ies.mei);
    }
}

void
SrvccPsToCsCancelNotification::DecodeIes(const std::vector<Gtpv2cRawIe>& ies)
{
    SrvccPsToCsCancelNotificationIes out;
    bool haveCause = false;
    for (const Gtpv2cRawIe& ie : ies)
    {
        if (ie.instance != 0)
        {
            continue;
        }
        if (ie.type == Gtpv2cIeType::kImsi && !out.imsi)
        {
            out.imsi = ReadImsiIe(ie);
        }
        else if (ie.type == Gtpv2cIeType::kSrvccCause && !haveCause)
        {
            out.srvccCause = ReadSrvccCauseIe(ie);
            haveCause = true;
        }
        else if (ie.type == Gtpv2cIeType::kMei && !out.mei)
        {
            out.mei = ReadMeiIe(ie);
        }
    }
    if (!out.imsi && !out.mei)
    {
        ThrowMissingImsiAndMei();
    }
    if (!haveCause)
    {
        ThrowMissingIe(Gtpv2cIeType::kSrvccCause);
    }
    m_ies = std::move(out);
}

void
SrvccPsToCsCancelNotification::PrintIes(std::ostream& os) const
{
    PrintOptional(os, "imsi", m_ies.imsi);
    os << " srvccCause=" << static_cast<unsigned>(m_ies.srvccCause);
    PrintOptional(os, "mei", m_ies.mei);
}

// ---- Cancel Acknowledge ----------------------------------------------------------------------

SrvccPsToCsCancelAcknowledge::SrvccPsToCsCancelAcknowledge()
    : Gtpv2cMessageWithIes(Gtpv2cMessageType::kSrvccPsToCsCancelAcknowledge)
{
}

TypeId
SrvccPsToCsCancelAcknowledge::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SrvccPsToCsCancelAcknowledge")
                            .SetParent<SrvccGtpv2cMessage>()
                            .SetGroupName("SrvccSecurity")
                            .AddConstructor<SrvccPsToCsCancelAcknowledge>();
    return tid;
}

void
SrvccPsToCsCancelAcknowledge::EncodeIes(Gtpv2cIeWriter& writer) const
{
    WriteCauseIe(writer, m_ies.cause);
}

void
SrvccPsToCsCancelAcknowledge::DecodeIes(const std::vector<Gtpv2cRawIe>& ies)
{
    m_ies.cause = FindCause(ies);
}

void
SrvccPsToCsCancelAcknowledge::PrintIes(std::ostream& os) const
{
    PrintCause(os, m_ies.cause);
}

} // namespace ns3
