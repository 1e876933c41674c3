/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc/nas-count.h"

#include "srvcc/crypto-error.h"

#include <algorithm>

namespace srvcc
{

NasCount
NasCount::FromValue(uint64_t value, const std::string& input)
{
    if (value > kMax)
    {
        throw CryptoError(input,
                          "NAS COUNT is 24 bits (0..16777215), got " + std::to_string(value));
    }
    return NasCount(static_cast<uint32_t>(value));
}

void
NasCount::Encode(uint8_t out[4]) const
{
    out[0] = 0x00;
    out[1] = static_cast<uint8_t>(m_value >> 16);
    out[2] = static_cast<uint8_t>(m_value >> 8);
    out[3] = static_cast<uint8_t>(m_value);
}

NasCount
NasCount::Next() const
{
    if (IsLast())
    {
        throw CryptoError("nas-count", "NAS COUNT would wrap around past 2^24 - 1");
    }
    return NasCount(m_value + 1);
}

void
DownlinkNasCountEstimator::OnDownlinkNasMessage(NasCount count)
{
    m_floor = std::max<uint32_t>(m_floor, count.Value() + 1);
}

std::optional<NasCount>
DownlinkNasCountEstimator::Estimate(uint8_t lsb4) const
{
    if (lsb4 > 0x0f)
    {
        throw CryptoError("dl-nas-count-lsb4",
                          "expected a 4-bit value (0..15), got " + std::to_string(lsb4));
    }
    // Smallest value >= m_floor whose 4 LSB are lsb4.
    uint64_t candidate = (static_cast<uint64_t>(m_floor) & ~uint64_t{0x0f}) | lsb4;
    if (candidate < m_floor)
    {
        candidate += 0x10;
    }
    if (candidate > NasCount::kMax)
    {
        return std::nullopt;
    }
    return NasCount::FromValue(candidate);
}

void
DownlinkNasCountEstimator::MarkUsed(NasCount count)
{
    m_floor = std::max<uint32_t>(m_floor, count.Value() + 1);
}

} // namespace srvcc
