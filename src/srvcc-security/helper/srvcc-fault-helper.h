/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * SrvccFaultHelper: the faults that are events rather than node settings — a node that fails
 * and restarts, octets an attacker puts on a link as if a node had sent them, and messages
 * changed on the wire (fuzzing). Used by the scenario runner (faults.node_down, faults.inject,
 * faults.fuzz) and by anyone's own program after SrvccHelper::Install.
 */
#ifndef SRVCC_FAULT_HELPER_H
#define SRVCC_FAULT_HELPER_H

#include "ns3/nstime.h"
#include "ns3/srvcc-helper.h"
#include "ns3/srvcc-message-fuzzer.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ns3
{

/** A node as a scenario names it: "amf", "mme", "msc", "gnb:0", "rnc:0", "ue:3". */
struct SrvccNodeRef
{
    SrvccRole role{SrvccRole::kAmf};
    uint32_t index{0}; ///< of a UE, gNB or RNC; 0 for the single core nodes
};

/** "amf", "gnb:2", ...: the name ParseSrvccNodeRef reads. */
std::string ToString(const SrvccNodeRef& node);

/**
 * Read a node name; std::nullopt when it is none ("ue:x", "gnb", "hss"). The index is not
 * checked against a topology here.
 */
std::optional<SrvccNodeRef> ParseSrvccNodeRef(const std::string& text);

/** One scheduled injection (faults.inject). */
struct SrvccInjection
{
    uint32_t id{0}; ///< its SrvccInjectedTag id: the order of scheduling, from 0
    SrvccInterface iface{SrvccInterface::kSv};
    SrvccNodeRef from;
    SrvccNodeRef to;
    Time at;
    std::vector<uint8_t> payload;
    bool sent{false}; ///< false while pending, or when the sender was down or stopped
};

class SrvccFaultHelper
{
  public:
    /** For the topology \p helper installed (SrvccHelper::Install* first). */
    explicit SrvccFaultHelper(Ptr<SrvccHelper> helper);

    /**
     * The application of \p node.
     * \throws std::invalid_argument naming the node when the topology has no such node
     */
    Ptr<SrvccNodeApplication> GetApplication(const SrvccNodeRef& node) const;

    /**
     * \p node fails at \p at (SrvccNodeApplication::NodeDown) and, when \p upAt is given,
     * restarts then (NodeUp).
     * \throws std::invalid_argument for an unknown node, a UE (UEs are not taken down), or
     *         \p upAt not after \p at
     */
    void ScheduleNodeDown(const SrvccNodeRef& node, Time at, std::optional<Time> upAt);

    /**
     * At \p at, \p from puts \p payload on \p iface towards \p to (the one peer \p from has
     * on \p iface when \p to is not given), as if it were its own message.
     * \return the injection's id (SrvccInjectedTag, GetInjections)
     * \throws std::invalid_argument naming what is wrong: an unknown node, no link between the
     *         two on \p iface, no \p to where \p from has several peers, an empty payload
     */
    uint32_t ScheduleInjection(SrvccInterface iface, const SrvccNodeRef& from,
                               std::optional<SrvccNodeRef> to, std::vector<uint8_t> payload,
                               Time at);

    /**
     * Mutate the first \p messages messages sent on \p iface (by any node), choices from
     * \p seed (SrvccMessageFuzzer). Once per interface.
     * \throws std::invalid_argument when \p iface has no link or is fuzzed already
     */
    void EnableFuzzing(SrvccInterface iface, uint64_t seed, uint32_t messages);

    const std::vector<SrvccInjection>& GetInjections() const;

    /** The fuzzer of \p iface, or nullptr. */
    const SrvccMessageFuzzer* GetFuzzer(SrvccInterface iface) const;

  private:
    /** The one node \p from talks to on \p iface, or std::nullopt when it has several. */
    std::optional<SrvccNodeRef> OnlyPeer(SrvccInterface iface, const SrvccNodeRef& from) const;
    void Inject(uint32_t id);

    Ptr<SrvccHelper> m_helper;
    std::vector<SrvccInjection> m_injections;
    std::vector<std::pair<SrvccInterface, std::shared_ptr<SrvccMessageFuzzer>>> m_fuzzers;
};

} // namespace ns3

#endif // SRVCC_FAULT_HELPER_H
