/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * NAS COUNT (TS 33.501 6.4.3.1, TS 24.501 4.4.3.1) and the UE's estimate of the downlink NAS
 * COUNT from the 4 LSB carried in the SRVCC HO Command (TS 33.501 J.1.2 step 10,
 * TS 33.401 14.1).
 */
#ifndef SRVCC_NAS_COUNT_H
#define SRVCC_NAS_COUNT_H

#include <cstdint>
#include <optional>
#include <string>

namespace srvcc
{

/**
 * A 24-bit NAS COUNT: NAS OVERFLOW (16 bits) || NAS SQN (8 bits). As a KDF parameter it is
 * encoded on 4 octets, big-endian, with the top octet 0x00 (TS 33.501 A.14, A.21).
 */
class NasCount
{
  public:
    static constexpr uint32_t kMax = 0xffffff;

    NasCount() = default;

    /** \throws CryptoError naming \p input when \p value exceeds 2^24 - 1 */
    static NasCount FromValue(uint64_t value, const std::string& input = "nas-count");

    uint32_t
    Value() const
    {
        return m_value;
    }

    /** The 4 LSB sent in the HO Command (TS 33.501 J.1.2 step 8). */
    uint8_t
    Lsb4() const
    {
        return static_cast<uint8_t>(m_value & 0x0f);
    }

    uint16_t
    Overflow() const
    {
        return static_cast<uint16_t>(m_value >> 8);
    }

    uint8_t
    Sequence() const
    {
        return static_cast<uint8_t>(m_value & 0xff);
    }

    /** The 4-octet big-endian KDF encoding. */
    void Encode(uint8_t out[4]) const;

    /** \return true when the next COUNT would exceed 24 bits. */
    bool
    IsLast() const
    {
        return m_value == kMax;
    }

    /**
     * \return this COUNT plus one
     * \throws CryptoError when it would wrap (a new KAMF is needed before that, TS 33.501 6.4.3.1)
     */
    NasCount Next() const;

    bool
    operator==(const NasCount& o) const
    {
        return m_value == o.m_value;
    }

    bool
    operator!=(const NasCount& o) const
    {
        return m_value != o.m_value;
    }

    bool
    operator<(const NasCount& o) const
    {
        return m_value < o.m_value;
    }

  private:
    explicit NasCount(uint32_t value) : m_value(value) {}

    uint32_t m_value{0};
};

/**
 * What the UE keeps to estimate the downlink NAS COUNT an SRVCC (or PS) handover used.
 *
 * TS 33.401 14.1 (which TS 33.501 J.1.2 applies to 5G-SRVCC): the UE estimates the full COUNT
 * from its 4 LSB, "shall ensure that the estimated NAS downlink COUNT has not been used to
 * calculate a CK' and IK' in a previous successful or unsuccessful PS or SRVCC handover", and
 * "the stored NAS downlink COUNT shall never be decreased".
 *
 * The estimator holds the lowest COUNT still allowed: one above the last downlink NAS message
 * received and one above the last COUNT used for a derivation. The estimate is the smallest
 * COUNT at or above that floor whose 4 LSB match. Using it moves the floor past it, so no COUNT
 * is used twice and the stored value never goes backwards.
 */
class DownlinkNasCountEstimator
{
  public:
    DownlinkNasCountEstimator() = default;

    /** Start from the COUNT the next downlink NAS message is expected to carry. */
    explicit DownlinkNasCountEstimator(NasCount nextExpected) : m_floor(nextExpected.Value()) {}

    /** A downlink NAS message with \p count was received and accepted. */
    void OnDownlinkNasMessage(NasCount count);

    /**
     * \return the estimated COUNT for \p lsb4, or nothing when it would exceed 24 bits
     * \throws CryptoError when \p lsb4 is not a 4-bit value
     */
    std::optional<NasCount> Estimate(uint8_t lsb4) const;

    /** The estimate \p count was used for a derivation: it may never be used again. */
    void MarkUsed(NasCount count);

    /** \return the lowest COUNT the next estimate may return. */
    uint32_t
    Floor() const
    {
        return m_floor;
    }

  private:
    uint32_t m_floor{0}; // may reach 2^24 when every COUNT has been used
};

} // namespace srvcc

#endif // SRVCC_NAS_COUNT_H
