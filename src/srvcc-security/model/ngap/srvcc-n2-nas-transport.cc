/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-n2-nas-transport.h"

#include "ns3/srvcc-message-decode-error.h"

namespace ns3
{

namespace
{

constexpr NgapCriticality kReject = NgapCriticality::kReject;
constexpr NgapCriticality kIgnore = NgapCriticality::kIgnore;
constexpr uint8_t kRrcCauseRootMax = 9;

} // namespace

NS_OBJECT_ENSURE_REGISTERED(SrvccN2NasTransport);

TypeId
SrvccN2NasTransport::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SrvccN2NasTransport")
                            .SetParent<SrvccN2Message>()
                            .SetGroupName("SrvccSecurity");
    return tid;
}

void
SrvccN2NasTransport::SetNasPdu(std::vector<uint8_t> nasPdu)
{
    m_nasPdu = std::move(nasPdu);
}

const std::vector<uint8_t>&
SrvccN2NasTransport::GetNasPdu() const
{
    return m_nasPdu;
}

NgapCriticality
SrvccN2NasTransport::GetProcedureCriticality() const
{
    return kIgnore;
}

void
SrvccN2NasTransport::PrintFields(std::ostream& os) const
{
    os << " nasPdu=" << m_nasPdu.size() << " octets";
}

NgapIe
SrvccN2NasTransport::NasPduIe() const
{
    return {ngap::kIeNasPdu, kReject,
            ngap::EncodeOctetString(m_nasPdu, GetMessageName(), "NAS-PDU")};
}

void
SrvccN2NasTransport::ReadNasPdu(const NgapIeSet& set)
{
    m_nasPdu = ngap::DecodeOctetString(set.Get(ngap::kIeNasPdu), GetMessageName(), "NAS-PDU");
    if (m_nasPdu.empty())
    {
        throw MessageDecodeError(std::string(GetMessageName()) + ": NAS-PDU: empty");
    }
}

// ---- Initial UE Message --------------------------------------------------------------------

SRVCC_N2_MESSAGE_DEFINE(SrvccN2InitialUeMessage, SrvccN2NasTransport,
                        NgapPduType::kInitiatingMessage, ngap::kProcInitialUeMessage)

const char*
SrvccN2InitialUeMessage::GetMessageName() const
{
    return "NGAP Initial UE Message";
}

void
SrvccN2InitialUeMessage::SetUserLocation(const NgapNrLocation& location)
{
    m_location = location;
}

const NgapNrLocation&
SrvccN2InitialUeMessage::GetUserLocation() const
{
    return m_location;
}

void
SrvccN2InitialUeMessage::SetRrcEstablishmentCause(uint8_t cause)
{
    if (cause > kRrcCauseRootMax)
    {
        throw MessageEncodeError(std::string(GetMessageName()) + ": RRCEstablishmentCause: "
                                 + std::to_string(cause) + " outside 0..9");
    }
    m_rrcEstablishmentCause = cause;
}

uint8_t
SrvccN2InitialUeMessage::GetRrcEstablishmentCause() const
{
    return m_rrcEstablishmentCause;
}

std::vector<NgapIe>
SrvccN2InitialUeMessage::BuildIes() const
{
    const char* pdu = GetMessageName();
    return {RanIdIe(kReject),
            NasPduIe(),
            {ngap::kIeUserLocationInformation, kReject, ngap::EncodeNrLocation(m_location, pdu)},
            {ngap::kIeRrcEstablishmentCause, kIgnore,
             ngap::EncodeRrcEstablishmentCause(m_rrcEstablishmentCause, pdu)}};
}

void
SrvccN2InitialUeMessage::ParseIes(const std::vector<NgapIe>& ies)
{
    const char* pdu = GetMessageName();
    const NgapIeSet set(pdu, ies,
                        {{ngap::kIeRanUeNgapId, "RAN-UE-NGAP-ID", true},
                         {ngap::kIeNasPdu, "NAS-PDU", true},
                         {ngap::kIeUserLocationInformation, "UserLocationInformation", true},
                         {ngap::kIeRrcEstablishmentCause, "RRCEstablishmentCause", true}});
    SetAmfUeNgapId(0);
    SetRanUeNgapId(ngap::DecodeRanUeNgapId(set.Get(ngap::kIeRanUeNgapId), pdu));
    ReadNasPdu(set);
    m_location = ngap::DecodeNrLocation(set.Get(ngap::kIeUserLocationInformation), pdu);
    m_rrcEstablishmentCause
        = ngap::DecodeRrcEstablishmentCause(set.Get(ngap::kIeRrcEstablishmentCause), pdu);
}

// ---- Downlink NAS Transport ----------------------------------------------------------------

SRVCC_N2_MESSAGE_DEFINE(SrvccN2DownlinkNasTransport, SrvccN2NasTransport,
                        NgapPduType::kInitiatingMessage, ngap::kProcDownlinkNasTransport)

const char*
SrvccN2DownlinkNasTransport::GetMessageName() const
{
    return "NGAP Downlink NAS Transport";
}

std::vector<NgapIe>
SrvccN2DownlinkNasTransport::BuildIes() const
{
    return {AmfIdIe(kReject), RanIdIe(kReject), NasPduIe()};
}

void
SrvccN2DownlinkNasTransport::ParseIes(const std::vector<NgapIe>& ies)
{
    const NgapIeSet set(GetMessageName(), ies,
                        {{ngap::kIeAmfUeNgapId, "AMF-UE-NGAP-ID", true},
                         {ngap::kIeRanUeNgapId, "RAN-UE-NGAP-ID", true},
                         {ngap::kIeNasPdu, "NAS-PDU", true}});
    ReadIds(set);
    ReadNasPdu(set);
}

// ---- Uplink NAS Transport ------------------------------------------------------------------

SRVCC_N2_MESSAGE_DEFINE(SrvccN2UplinkNasTransport, SrvccN2NasTransport,
                        NgapPduType::kInitiatingMessage, ngap::kProcUplinkNasTransport)

const char*
SrvccN2UplinkNasTransport::GetMessageName() const
{
    return "NGAP Uplink NAS Transport";
}

void
SrvccN2UplinkNasTransport::SetUserLocation(const NgapNrLocation& location)
{
    m_location = location;
}

const NgapNrLocation&
SrvccN2UplinkNasTransport::GetUserLocation() const
{
    return m_location;
}

std::vector<NgapIe>
SrvccN2UplinkNasTransport::BuildIes() const
{
    return {AmfIdIe(kReject),
            RanIdIe(kReject),
            NasPduIe(),
            {ngap::kIeUserLocationInformation, kIgnore,
             ngap::EncodeNrLocation(m_location, GetMessageName())}};
}

void
SrvccN2UplinkNasTransport::ParseIes(const std::vector<NgapIe>& ies)
{
    const NgapIeSet set(GetMessageName(), ies,
                        {{ngap::kIeAmfUeNgapId, "AMF-UE-NGAP-ID", true},
                         {ngap::kIeRanUeNgapId, "RAN-UE-NGAP-ID", true},
                         {ngap::kIeNasPdu, "NAS-PDU", true},
                         {ngap::kIeUserLocationInformation, "UserLocationInformation", true}});
    ReadIds(set);
    ReadNasPdu(set);
    m_location
        = ngap::DecodeNrLocation(set.Get(ngap::kIeUserLocationInformation), GetMessageName());
}

bool
NgapPeekNasPdu(const uint8_t* data, std::size_t size, std::vector<uint8_t>& nasPdu)
{
    NgapPduType type;
    uint8_t procedure = 0;
    if (!PeekNgapPdu(data, size, type, procedure) || type != NgapPduType::kInitiatingMessage
        || (procedure != ngap::kProcInitialUeMessage && procedure != ngap::kProcUplinkNasTransport
            && procedure != ngap::kProcDownlinkNasTransport))
    {
        return false;
    }
    try
    {
        NgapPdu pdu;
        DecodeNgapPdu(data, size, pdu, "NGAP NAS transport");
        for (const NgapIe& ie : pdu.ies)
        {
            if (ie.id == ngap::kIeNasPdu)
            {
                nasPdu = ngap::DecodeOctetString(ie.value, "NGAP NAS transport", "NAS-PDU");
                return !nasPdu.empty();
            }
        }
    }
    catch (const MessageDecodeError&)
    {
    }
    return false;
}

} // namespace ns3
