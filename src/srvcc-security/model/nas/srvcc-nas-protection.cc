/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Security-protected 5GS NAS messages (TS 24.501 9.1.1, 4.4.3, 4.4.5; TS 33.501 6.4).
 */
#include "srvcc-nas-protection.h"

#include "ns3/srvcc-message-decode-error.h"
#include "ns3/srvcc-nas-5gmm-messages.h"

namespace ns3
{

namespace
{

/** EPD, security header type, MAC (4), sequence number: TS 24.501 Figure 9.1.1-2. */
constexpr std::size_t kProtectedHeaderSize = 7;
constexpr uint8_t kLastHeaderType
    = static_cast<uint8_t>(NasSecurityHeaderType::kIntegrityProtectedAndCipheredNewContext);

srvcc::NasAlgorithmInput
Input(uint32_t count, uint8_t direction)
{
    srvcc::NasAlgorithmInput in;
    in.count = count;
    in.bearer = 0; // TS 33.501 6.4.3.1: the NAS connection identifier, 0 for 3GPP access
    in.direction = direction;
    return in;
}

bool
Ciphered(NasSecurityHeaderType type)
{
    return type == NasSecurityHeaderType::kIntegrityProtectedAndCiphered
           || type == NasSecurityHeaderType::kIntegrityProtectedAndCipheredNewContext;
}

void
ApplyCipher(std::vector<uint8_t>& octets, const SrvccNasSecurityKeys& keys, uint32_t count,
            uint8_t direction)
{
    if (keys.nea == srvcc::NasCipheringAlgorithm::kNea0 || octets.empty())
    {
        return; // D.1: NEA0's keystream is all zeroes
    }
    srvcc::ApplyNasCipher(keys.nea, keys.knasEnc, Input(count, direction), octets.data(),
                          8 * octets.size());
}

} // namespace

SrvccNasPdu
SrvccNasPdu::Parse(const uint8_t* data, std::size_t size)
{
    auto fail = [](const std::string& what)
    {
        throw MessageDecodeError("NAS PDU: " + what);
    };
    if (size < 3)
    {
        fail("header: truncated, " + std::to_string(size) + " octets, need at least 3");
    }
    if (data[0] != kNas5gmmEpd)
    {
        fail("extended protocol discriminator: " + std::to_string(data[0])
             + " is not 0x7e (5GS mobility management)");
    }
    const uint8_t sht = data[1] & 0x0f;
    if ((data[1] & 0xf0) != 0 || sht > kLastHeaderType)
    {
        fail("security header type: octet " + std::to_string(data[1]) + " is not 0..4");
    }
    SrvccNasPdu pdu;
    pdu.securityHeaderType = static_cast<NasSecurityHeaderType>(sht);
    if (sht == 0)
    {
        pdu.message.assign(data, data + size);
        return pdu;
    }
    if (size < kProtectedHeaderSize + 3)
    {
        fail("security protected header: truncated, " + std::to_string(size)
             + " octets, need the MAC, the sequence number and a 3-octet message");
    }
    std::copy(data + 2, data + 6, pdu.mac.begin());
    pdu.sequenceNumber = data[6];
    pdu.message.assign(data + kProtectedHeaderSize, data + size);
    return pdu;
}

SrvccNasPdu
SrvccNasPdu::Parse(Ptr<const Packet> packet)
{
    const std::vector<uint8_t> octets = NasPduOctets(packet);
    return Parse(octets.data(), octets.size());
}

bool
SrvccNasPdu::IsProtected() const
{
    return securityHeaderType != NasSecurityHeaderType::kPlain;
}

bool
SrvccNasPdu::IsCiphered() const
{
    return Ciphered(securityHeaderType);
}

std::vector<uint8_t>
SrvccNasPdu::MacInput() const
{
    std::vector<uint8_t> input;
    input.reserve(1 + message.size());
    input.push_back(sequenceNumber);
    input.insert(input.end(), message.begin(), message.end());
    return input;
}

srvcc::Mac32
ComputeNasMessageMac(srvcc::NasIntegrityAlgorithm nia, const srvcc::Key128& knasInt, uint32_t count,
                     uint8_t direction, const std::vector<uint8_t>& input)
{
    if (nia == srvcc::NasIntegrityAlgorithm::kNia0)
    {
        return srvcc::Mac32{}; // D.1: all zeroes, never checked
    }
    return srvcc::ComputeNasMac(nia, knasInt, Input(count, direction), input.data(),
                                8 * input.size());
}

std::vector<uint8_t>
ProtectNasMessage(const std::vector<uint8_t>& plain, NasSecurityHeaderType type,
                  const SrvccNasSecurityKeys& keys, uint32_t count, uint8_t direction)
{
    SrvccNasPdu pdu;
    pdu.securityHeaderType = type;
    pdu.sequenceNumber = static_cast<uint8_t>(count & 0xff); // TS 24.501 9.10
    pdu.message = plain;
    if (Ciphered(type))
    {
        ApplyCipher(pdu.message, keys, count, direction);
    }
    pdu.mac = ComputeNasMessageMac(keys.nia, keys.knasInt, count, direction, pdu.MacInput());
    std::vector<uint8_t> out(kProtectedHeaderSize + pdu.message.size());
    out[0] = kNas5gmmEpd;
    out[1] = static_cast<uint8_t>(type);
    for (std::size_t i = 0; i < pdu.mac.size(); ++i)
    {
        out[2 + i] = pdu.mac[i];
    }
    out[6] = pdu.sequenceNumber;
    std::copy(pdu.message.begin(), pdu.message.end(), out.begin() + kProtectedHeaderSize);
    return out;
}

bool
VerifyNasPdu(const SrvccNasPdu& pdu, const SrvccNasSecurityKeys& keys, uint32_t count,
             uint8_t direction)
{
    if (keys.nia == srvcc::NasIntegrityAlgorithm::kNia0)
    {
        return true; // D.1: "the receiver does not check the received MAC"
    }
    const srvcc::Mac32 expected
        = ComputeNasMessageMac(keys.nia, keys.knasInt, count, direction, pdu.MacInput());
    return srvcc::ConstantTimeEqual(expected.data(), pdu.mac.data(), expected.size());
}

std::vector<uint8_t>
DecipherNasPdu(const SrvccNasPdu& pdu, const SrvccNasSecurityKeys& keys, uint32_t count,
               uint8_t direction)
{
    std::vector<uint8_t> plain = pdu.message;
    if (pdu.IsCiphered())
    {
        ApplyCipher(plain, keys, count, direction);
    }
    return plain;
}

uint32_t
EstimateNasCount(uint32_t nextExpected, uint8_t seq)
{
    uint32_t count = (nextExpected & ~uint32_t{0xff}) | seq;
    if (count < nextExpected)
    {
        count += 0x100;
    }
    return count;
}

std::optional<SrvccMessageType>
ClassifyNasPdu(const uint8_t* data, std::size_t size)
{
    if (data == nullptr || size < 3 || data[0] != kNas5gmmEpd || (data[1] & 0xf0) != 0)
    {
        return std::nullopt;
    }
    SrvccMessageType out;
    switch (static_cast<NasSecurityHeaderType>(data[1]))
    {
        case NasSecurityHeaderType::kPlain:
            if (NasSrvccMessageType(data[2], out))
            {
                return out;
            }
            return std::nullopt;
        case NasSecurityHeaderType::kIntegrityProtected:
        case NasSecurityHeaderType::kIntegrityProtectedNewContext:
            // The plain message in clear at octet 8: its EPD, header type 0, then its type.
            if (size >= kProtectedHeaderSize + 3 && data[kProtectedHeaderSize] == kNas5gmmEpd
                && data[kProtectedHeaderSize + 1] == 0
                && NasSrvccMessageType(data[kProtectedHeaderSize + 2], out))
            {
                return out;
            }
            return std::nullopt;
        case NasSecurityHeaderType::kIntegrityProtectedAndCiphered:
            return size >= kProtectedHeaderSize + 3
                       ? std::optional<SrvccMessageType>(SrvccMessageType::kNasRegistrationAccept)
                       : std::nullopt;
        case NasSecurityHeaderType::kIntegrityProtectedAndCipheredNewContext:
            return size >= kProtectedHeaderSize + 3
                       ? std::optional<SrvccMessageType>(SrvccMessageType::kNasSecurityModeComplete)
                       : std::nullopt;
    }
    return std::nullopt;
}

std::optional<SrvccMessageType>
ClassifyNasPdu(Ptr<const Packet> packet)
{
    if (!packet)
    {
        return std::nullopt;
    }
    uint8_t head[kProtectedHeaderSize + 3] = {};
    const uint32_t n = packet->CopyData(head, sizeof(head));
    return ClassifyNasPdu(head, n);
}

Ptr<Packet>
NasPduPacket(const std::vector<uint8_t>& octets)
{
    return Create<Packet>(octets.data(), static_cast<uint32_t>(octets.size()));
}

std::vector<uint8_t>
NasPduOctets(Ptr<const Packet> packet)
{
    std::vector<uint8_t> octets(packet ? packet->GetSize() : 0);
    if (!octets.empty())
    {
        packet->CopyData(octets.data(), static_cast<uint32_t>(octets.size()));
    }
    return octets;
}

} // namespace ns3
