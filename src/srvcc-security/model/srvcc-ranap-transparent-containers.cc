/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-ranap-transparent-containers.h"

#include "srvcc-message-decode-error.h"

namespace ns3
{

namespace
{

/** X.691 10.9: an unconstrained length, octet-aligned: 1 octet below 128, else 2 (10xxxxxx). */
void
AppendOctetString(std::vector<uint8_t>& out, const std::vector<uint8_t>& octets, const char* what)
{
    const std::size_t n = octets.size();
    if (n < 128)
    {
        out.push_back(static_cast<uint8_t>(n));
    }
    else if (n < 16384)
    {
        out.push_back(static_cast<uint8_t>(0x80 | (n >> 8)));
        out.push_back(static_cast<uint8_t>(n & 0xff));
    }
    else
    {
        throw MessageEncodeError(std::string(what) + ": RRC-Container of " + std::to_string(n)
                                 + " octets, at most 16383 are supported");
    }
    out.insert(out.end(), octets.begin(), octets.end());
}

} // namespace

std::vector<uint8_t>
EncodeSourceRncToTargetRncContainer(const std::vector<uint8_t>& rrcContainer)
{
    // Preamble: extension bit + 10 optional-field bits, all 0, padded to 2 octets.
    std::vector<uint8_t> out = {0x00, 0x00};
    AppendOctetString(out, rrcContainer, "Source RNC to Target RNC Transparent Container");
    // numberOfIuInstances (1..2) = 1 -> bit 0; relocationType: extension bit 0, ue-involved 1.
    out.push_back(0x20);
    return out;
}

std::vector<uint8_t>
EncodeTargetRncToSourceRncContainer(const std::vector<uint8_t>& rrcContainer)
{
    // Preamble: extension bit + 2 optional-field bits (d-RNTI, iE-Extensions), all 0.
    std::vector<uint8_t> out = {0x00};
    AppendOctetString(out, rrcContainer, "Target RNC to Source RNC Transparent Container");
    return out;
}

std::optional<std::vector<uint8_t>>
DecodeTargetRncToSourceRncContainer(const std::vector<uint8_t>& c)
{
    if (c.size() < 2 || c[0] != 0x00)
    {
        return std::nullopt;
    }
    std::size_t at = 1;
    std::size_t n = c[at++];
    if (n & 0x80)
    {
        if ((n & 0x40) || at >= c.size())
        {
            return std::nullopt; // fragmented lengths are not used here
        }
        n = ((n & 0x3f) << 8) | c[at++];
    }
    if (c.size() != at + n)
    {
        return std::nullopt;
    }
    return std::vector<uint8_t>(c.begin() + static_cast<std::ptrdiff_t>(at), c.end());
}

} // namespace ns3
