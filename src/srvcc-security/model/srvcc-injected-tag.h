/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The mark an injected or fuzzed message carries through the simulated network, so that the
 * node that receives it can say what it did with exactly that message.
 */
#ifndef SRVCC_INJECTED_TAG_H
#define SRVCC_INJECTED_TAG_H

#include "ns3/tag.h"

#include <cstdint>

namespace ns3
{

/**
 * A packet tag (simulation metadata, not octets on the wire: pcaps show the message as sent)
 * on a message put on the wire by faults.inject or changed by faults.fuzz. The receiving
 * SrvccNodeApplication fires InjectedHandled with the id.
 */
class SrvccInjectedTag : public Tag
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;

    SrvccInjectedTag() = default;
    explicit SrvccInjectedTag(uint32_t id);

    /** The injection's index in faults.inject, or kSrvccFuzzedIdBase + the fuzzed message's. */
    uint32_t GetId() const;

    uint32_t GetSerializedSize() const override;
    void Serialize(TagBuffer buffer) const override;
    void Deserialize(TagBuffer buffer) override;
    void Print(std::ostream& os) const override;

  private:
    uint32_t m_id{0};
};

/** Ids from here on name fuzzed messages (faults.fuzz); below it, injections (faults.inject). */
constexpr uint32_t kSrvccFuzzedIdBase = 0x80000000u;

} // namespace ns3

#endif // SRVCC_INJECTED_TAG_H
