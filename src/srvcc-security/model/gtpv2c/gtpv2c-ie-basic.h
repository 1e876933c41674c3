/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Small fixed-layout GTPv2-C IEs: Cause (TS 29.274 8.4), Recovery (8.5), IP Address (8.9),
 * Indication (8.12), F-TEID (8.22), and the Sv IEs SRVCC Cause (TS 29.280 6.7), TEID-C (6.10)
 * and Sv Flags (6.11).
 */
#ifndef GTPV2C_IE_BASIC_H
#define GTPV2C_IE_BASIC_H

#include "gtpv2c-ie.h"
#include "ns3/address.h"
#include "ns3/ipv4-address.h"
#include "ns3/ipv6-address.h"

#include <array>
#include <cstdint>
#include <optional>

namespace ns3
{

/**
 * \ingroup srvcc-security
 *
 * Cause values of TS 29.274 Table 8.4-1 used by the 5G-SRVCC messages. 16-63 accept a
 * request, 64-239 reject it.
 */
struct Gtpv2cCauseValue
{
    static constexpr uint8_t kRequestAccepted = 16;
    static constexpr uint8_t kRequestAcceptedPartially = 17;
    static constexpr uint8_t kContextNotFound = 64;
    static constexpr uint8_t kInvalidMessageFormat = 65;
    static constexpr uint8_t kInvalidLength = 67;
    static constexpr uint8_t kServiceNotSupported = 68;
    static constexpr uint8_t kMandatoryIeIncorrect = 69;
    static constexpr uint8_t kMandatoryIeMissing = 70;
    static constexpr uint8_t kSystemFailure = 72;
    static constexpr uint8_t kNoResourcesAvailable = 73;
    static constexpr uint8_t kRelocationFailure = 81;
    static constexpr uint8_t kDeniedInRat = 82;
    static constexpr uint8_t kUserAuthenticationFailed = 92;
    static constexpr uint8_t kRequestRejected = 94;
    static constexpr uint8_t kImsiImeiNotKnown = 96;
    static constexpr uint8_t kRemotePeerNotResponding = 100;
    static constexpr uint8_t kConditionalIeMissing = 103;
    static constexpr uint8_t kInvalidReplyFromRemotePeer = 107;
    static constexpr uint8_t kTargetAccessRestricted = 117;
};

/**
 * \ingroup srvcc-security
 *
 * Cause IE (TS 29.274 8.4): the value, the PCE/BCE/CS flags, and for a rejection caused by a
 * faulty IE the type and instance of the offending IE (then the IE is 6 octets long).
 */
struct Gtpv2cCause
{
    uint8_t value{Gtpv2cCauseValue::kRequestAccepted};
    bool pce{false}; ///< PDN Connection IE Error
    bool bce{false}; ///< Bearer Context IE Error
    bool cs{false};  ///< Cause Source: originated by the remote node
    std::optional<uint8_t> offendingIeType;
    uint8_t offendingIeInstance{0};

    /** \return true for the acceptance range 16-63 */
    bool
    IsAccepted() const
    {
        return value >= 16 && value <= 63;
    }

    bool operator==(const Gtpv2cCause& other) const;
};

void WriteCauseIe(Gtpv2cIeWriter& writer, const Gtpv2cCause& cause, uint8_t instance = 0);
Gtpv2cCause ReadCauseIe(const Gtpv2cRawIe& ie);

/** Recovery (restart counter), 1 octet. */
void WriteRecoveryIe(Gtpv2cIeWriter& writer, uint8_t restartCounter, uint8_t instance = 0);
uint8_t ReadRecoveryIe(const Gtpv2cRawIe& ie);

/** IP Address (TS 29.274 8.9): an IPv4 (4 octets) or IPv6 (16 octets) address. */
void WriteIpAddressIe(Gtpv2cIeWriter& writer, const Address& address, uint8_t instance = 0);
Address ReadIpAddressIe(const Gtpv2cRawIe& ie);

/**
 * \ingroup srvcc-security
 *
 * Indication flags (TS 29.274 Figure 8.12-1), octets 5 to 13 of the IE. Octets a sender leaves
 * out read as zero (8.12: "the receiver shall consider the value of the applicable flags as
 * 0"); the encoder sends at least octets 5-6 and stops after the last octet with a flag.
 * Octets beyond 13 (flags this model does not use) are ignored on receipt.
 */
class Gtpv2cIndication
{
  public:
    static constexpr std::size_t kFirstOctet = 5;
    static constexpr std::size_t kLastOctet = 13;

    /** UIMSI (Unauthenticated IMSI): octet 6, bit 7. */
    static constexpr std::size_t kUimsiOctet = 6;
    static constexpr uint8_t kUimsiMask = 0x40;
    /** 5SRHOI (5G-SRVCC HO Indication): octet 12, bit 2 (TS 29.274 Figure 8.12-1). */
    static constexpr std::size_t k5gSrvccHoOctet = 12;
    static constexpr uint8_t k5gSrvccHoMask = 0x02;
    /**
     * EMCI (Emergency PDU Session Indication): octet 13, bit 1 (TS 29.274 Figure 8.12-1).
     * Table 7.3.1-1: the AMF sets it on N26 when the UE has an emergency PDU session, always
     * together with 5SRHOI.
     */
    static constexpr std::size_t kEmciOctet = 13;
    static constexpr uint8_t kEmciMask = 0x01;

    /** Set or clear the flag \p mask of octet \p octet (5..13). */
    void SetFlag(std::size_t octet, uint8_t mask, bool on);
    bool GetFlag(std::size_t octet, uint8_t mask) const;

    void SetUnauthenticatedImsi(bool on);
    bool GetUnauthenticatedImsi() const;
    void Set5gSrvccHoIndication(bool on);
    bool Get5gSrvccHoIndication() const;
    void SetEmergencyPduSession(bool on);
    bool GetEmergencyPduSession() const;

    /** \return true when no flag is set (the IE is then not sent) */
    bool IsEmpty() const;
    /** \return octet \p octet (5..13) */
    uint8_t GetOctet(std::size_t octet) const;
    void SetOctet(std::size_t octet, uint8_t value);

    bool
    operator==(const Gtpv2cIndication& other) const
    {
        return m_octets == other.m_octets;
    }

  private:
    static std::size_t Index(std::size_t octet);

    std::array<uint8_t, kLastOctet - kFirstOctet + 1> m_octets{};
};

void WriteIndicationIe(Gtpv2cIeWriter& writer, const Gtpv2cIndication& indication,
                       uint8_t instance = 0);
Gtpv2cIndication ReadIndicationIe(const Gtpv2cRawIe& ie);

/**
 * \ingroup srvcc-security
 *
 * F-TEID (TS 29.274 8.22): V4/V6 flags, interface type (6 bits), TEID and the addresses.
 */
struct Gtpv2cFteid
{
    /** Interface types of TS 29.274 Table 8.22-1 used here. */
    static constexpr uint8_t kS11MmeGtpC = 10;
    static constexpr uint8_t kS11S4SgwGtpC = 11;
    static constexpr uint8_t kS10N26MmeGtpC = 12;
    static constexpr uint8_t kS3MmeGtpC = 13;
    static constexpr uint8_t kN26AmfGtpC = 40;

    uint8_t interfaceType{kN26AmfGtpC};
    uint32_t teid{0};
    std::optional<Ipv4Address> ipv4;
    std::optional<Ipv6Address> ipv6;

    bool operator==(const Gtpv2cFteid& other) const;
};

/** \throws Gtpv2cEncodeError when neither address is set or the interface type exceeds 63 */
void WriteFteidIe(Gtpv2cIeWriter& writer, const Gtpv2cFteid& fteid, uint8_t instance = 0);
Gtpv2cFteid ReadFteidIe(const Gtpv2cRawIe& ie);

/**
 * \ingroup srvcc-security
 *
 * SRVCC Cause values (TS 29.280 6.7). 0 is reserved and rejected as an invalid IE.
 */
struct SrvccCauseValue
{
    static constexpr uint8_t kUnspecified = 1;
    static constexpr uint8_t kCancelledBySource = 2;
    static constexpr uint8_t kFailureWithTarget = 3;
    static constexpr uint8_t kTargetNotAllowed = 4;
    static constexpr uint8_t kUnknownTargetId = 5;
    static constexpr uint8_t kTargetCellNotAvailable = 6;
    static constexpr uint8_t kNoRadioResourcesInTargetCell = 7;
    static constexpr uint8_t kRadioInterfaceProcedureFailure = 8;
    static constexpr uint8_t kPermanentSessionLegError = 9;
    static constexpr uint8_t kTemporarySessionLegError = 10;
};

void WriteSrvccCauseIe(Gtpv2cIeWriter& writer, uint8_t srvccCause, uint8_t instance = 0);
uint8_t ReadSrvccCauseIe(const Gtpv2cRawIe& ie);

/** TEID-C (TS 29.280 6.10), 4 octets. */
void WriteTeidCIe(Gtpv2cIeWriter& writer, uint32_t teid, uint8_t instance = 0);
uint32_t ReadTeidCIe(const Gtpv2cRawIe& ie);

/**
 * \ingroup srvcc-security
 *
 * Sv Flags (TS 29.280 6.11): STI (bit 3), ICS (bit 2), EmInd (bit 1, emergency session).
 */
struct SvFlags
{
    bool sessionTransfer{false}; ///< STI
    bool imsCentralized{false};  ///< ICS
    bool emergency{false};       ///< EmInd

    bool
    operator==(const SvFlags& other) const
    {
        return sessionTransfer == other.sessionTransfer && imsCentralized == other.imsCentralized
               && emergency == other.emergency;
    }
};

void WriteSvFlagsIe(Gtpv2cIeWriter& writer, const SvFlags& flags, uint8_t instance = 0);
SvFlags ReadSvFlagsIe(const Gtpv2cRawIe& ie);

} // namespace ns3

#endif // GTPV2C_IE_BASIC_H
