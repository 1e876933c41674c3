/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * faults.fuzz: the attacker who changes messages on the wire. A fuzzer mutates a given number
 * of the messages sent on one interface, so that the run shows what every receiver does with
 * malformed or inconsistent input while the procedures go on around it.
 */
#ifndef SRVCC_MESSAGE_FUZZER_H
#define SRVCC_MESSAGE_FUZZER_H

#include "ns3/packet.h"
#include "ns3/ptr.h"

#include <cstdint>
#include <random>
#include <vector>

namespace ns3
{

/** How a message was changed. */
enum class SrvccMutation : uint8_t
{
    kBitFlip,     ///< one to three bits flipped
    kTruncation,  ///< cut short, possibly to nothing
    kLengthField, ///< a length field (message, or GTPv2-C IE) set to another value
    kDuplicateIe, ///< a GTPv2-C IE repeated (the message length kept consistent), or octets
                  ///< of another message repeated
};

constexpr std::size_t kSrvccMutationCount = 4;

/** "bit_flip", "truncation", "length_field", "duplicate_ie": keys of summary.json. */
const char* SrvccMutationKey(SrvccMutation mutation);

/**
 * Mutates the first \p messages messages it is given, each with one mutation chosen at random,
 * and tags each with SrvccInjectedTag(idBase + its number). The choices come from
 * \p seed alone, so a run is repeatable and independent of ns-3's random streams.
 */
class SrvccMessageFuzzer
{
  public:
    /** \p idBase: the SrvccInjectedTag id of the first mutated message (one range per fuzzer). */
    SrvccMessageFuzzer(uint64_t seed, uint32_t messages, uint32_t idBase);

    /** \return \p packet's mutated copy, or \p packet itself once the budget is spent */
    Ptr<Packet> Mutate(Ptr<Packet> packet);

    /** The mutation a given octet string gets (Mutate's core; for tests). */
    std::vector<uint8_t> MutateOctets(const std::vector<uint8_t>& octets, SrvccMutation& applied);

    uint32_t
    GetMutated() const
    {
        return m_mutated;
    }

    /** Messages mutated with \p mutation so far. */
    uint32_t
    GetMutated(SrvccMutation mutation) const
    {
        return m_byMutation[static_cast<std::size_t>(mutation)];
    }

  private:
    uint32_t Below(uint32_t bound); ///< uniform in [0, bound), 0 for bound 0

    std::mt19937_64 m_rng;
    uint32_t m_budget;
    uint32_t m_idBase;
    uint32_t m_mutated{0};
    uint32_t m_byMutation[kSrvccMutationCount]{};
};

} // namespace ns3

#endif // SRVCC_MESSAGE_FUZZER_H
