/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-message-fuzzer.h"

#include "ns3/srvcc-injected-tag.h"

namespace ns3
{

namespace
{

/** GTPv2-C header (TS 29.274 5.1): version 2 in the top three bits of octet 1. */
bool
IsGtpv2c(const std::vector<uint8_t>& m)
{
    return m.size() >= 8 && (m[0] >> 5) == 2;
}

/** Offset of the first IE: 12 with a TEID (T flag, 0x08), else 8 (TS 29.274 5.1). */
std::size_t
FirstIeOffset(const std::vector<uint8_t>& m)
{
    return (m[0] & 0x08) ? 12 : 8;
}

/** The offsets of the IEs (TS 29.274 8.2: type, 2-octet length, instance) that fit whole. */
std::vector<std::size_t>
IeOffsets(const std::vector<uint8_t>& m)
{
    std::vector<std::size_t> offsets;
    std::size_t at = FirstIeOffset(m);
    while (at + 4 <= m.size())
    {
        const std::size_t length = (std::size_t{m[at + 1]} << 8) | m[at + 2];
        if (at + 4 + length > m.size())
        {
            break;
        }
        offsets.push_back(at);
        at += 4 + length;
    }
    return offsets;
}

void
PutU16(std::vector<uint8_t>& m, std::size_t at, uint32_t value)
{
    m[at] = static_cast<uint8_t>(value >> 8);
    m[at + 1] = static_cast<uint8_t>(value);
}

} // namespace

const char*
SrvccMutationKey(SrvccMutation mutation)
{
    switch (mutation)
    {
        case SrvccMutation::kBitFlip:
            return "bit_flip";
        case SrvccMutation::kTruncation:
            return "truncation";
        case SrvccMutation::kLengthField:
            return "length_field";
        case SrvccMutation::kDuplicateIe:
            return "duplicate_ie";
    }
    return "unknown";
}

SrvccMessageFuzzer::SrvccMessageFuzzer(uint64_t seed, uint32_t messages, uint32_t idBase)
    : m_rng(seed), m_budget(messages), m_idBase(idBase)
{
}

uint32_t
SrvccMessageFuzzer::Below(uint32_t bound)
{
    return bound == 0 ? 0 : static_cast<uint32_t>(m_rng() % bound);
}

std::vector<uint8_t>
SrvccMessageFuzzer::MutateOctets(const std::vector<uint8_t>& octets, SrvccMutation& applied)
{
    std::vector<uint8_t> m = octets;
    applied = static_cast<SrvccMutation>(Below(kSrvccMutationCount));
    if (m.size() < 4 && applied != SrvccMutation::kTruncation)
    {
        applied = SrvccMutation::kBitFlip; // too short for a length field or an IE
    }
    switch (applied)
    {
        case SrvccMutation::kBitFlip:
        {
            if (m.empty())
            {
                break;
            }
            const uint32_t flips = 1 + Below(3);
            for (uint32_t i = 0; i < flips; ++i)
            {
                m[Below(m.size())] ^= static_cast<uint8_t>(1u << Below(8));
            }
            break;
        }
        case SrvccMutation::kTruncation:
            m.resize(Below(m.size()));
            break;
        case SrvccMutation::kLengthField:
        {
            // The message length (octets 3-4 of the GTPv2-C header; of an NGAP PDU its value's
            // length, of a RANAP PDU the connection reference, of RRC and NAS plain content),
            // or, in a GTPv2-C message, one IE's length: off by a little, or anything.
            std::size_t at = 2;
            if (IsGtpv2c(m))
            {
                const std::vector<std::size_t> ies = IeOffsets(m);
                if (!ies.empty() && Below(2) == 0)
                {
                    at = ies[Below(ies.size())] + 1;
                }
            }
            const uint32_t old = (uint32_t{m[at]} << 8) | m[at + 1];
            const uint32_t value = Below(2) == 0 ? old + 1 + Below(4) - 2 : Below(65536);
            PutU16(m, at, value == old ? old + 1 : value);
            break;
        }
        case SrvccMutation::kDuplicateIe:
        {
            if (IsGtpv2c(m))
            {
                const std::vector<std::size_t> ies = IeOffsets(m);
                if (!ies.empty())
                {
                    const std::size_t at = ies[Below(ies.size())];
                    const std::size_t length = 4 + ((std::size_t{m[at + 1]} << 8) | m[at + 2]);
                    const std::vector<uint8_t> ie(m.begin() + at, m.begin() + at + length);
                    m.insert(m.begin() + at + length, ie.begin(), ie.end());
                    PutU16(m, 2, static_cast<uint32_t>(m.size() - 4)); // TS 29.274 5.5.1
                    break;
                }
            }
            // Any other message: repeat a run of octets after the first four.
            const std::size_t body = std::min<std::size_t>(m.size(), 4);
            if (m.size() > body)
            {
                const std::size_t from = body + Below(m.size() - body);
                const std::size_t length = 1 + Below(std::min<std::size_t>(16, m.size() - from));
                const std::vector<uint8_t> run(m.begin() + from, m.begin() + from + length);
                m.insert(m.begin() + from + length, run.begin(), run.end());
                PutU16(m, 2, static_cast<uint32_t>(std::min<std::size_t>(m.size() - 4, 65535)));
            }
            break;
        }
    }
    return m;
}

Ptr<Packet>
SrvccMessageFuzzer::Mutate(Ptr<Packet> packet)
{
    if (m_mutated >= m_budget)
    {
        return packet;
    }
    std::vector<uint8_t> octets(packet->GetSize());
    packet->CopyData(octets.data(), octets.size());
    SrvccMutation applied;
    const std::vector<uint8_t> mutated = MutateOctets(octets, applied);
    Ptr<Packet> out = Create<Packet>(mutated.data(), mutated.size());
    out->AddPacketTag(SrvccInjectedTag(m_idBase + m_mutated));
    ++m_byMutation[static_cast<std::size_t>(applied)];
    ++m_mutated;
    return out;
}

} // namespace ns3
