/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * A node's processing as a queue in front of its workers: first come, first served, c
 * identical servers (c = 1: one message at a time, as a single-threaded signalling process;
 * c unlimited: no queueing at all).
 */
#ifndef SRVCC_PROCESSING_QUEUE_H
#define SRVCC_PROCESSING_QUEUE_H

#include "ns3/nstime.h"

#include <cstdint>
#include <vector>

namespace ns3
{

/**
 * FCFS queue with c servers whose service times are known when a job arrives (they are drawn
 * then). A job starts on the server that frees first, when that server is free and not before
 * it arrives; that is the FCFS M/G/c discipline (the Kiefer-Wolfowitz workload recursion), so
 * the waiting times it gives are those queueing theory predicts (doc/srvcc-security.rst,
 * Validation). Reserving costs O(c).
 */
class SrvccProcessingQueue
{
  public:
    /** \p workers servers; 0 means unlimited (every job starts when it arrives). */
    explicit SrvccProcessingQueue(uint32_t workers = 1);

    /** Change the number of servers (all free now). Set-up time only. */
    void SetWorkers(uint32_t workers);
    /** \return the number of servers, 0 for unlimited */
    uint32_t GetWorkers() const;

    /**
     * A job arriving at \p now that needs \p service.
     * \return when it starts (>= now); it ends at the returned time + \p service
     */
    Time Reserve(Time now, Time service);

    /** The node failed at \p now: every server is free now, the waiting jobs are gone. */
    void Reset(Time now);

    /** Sum of the service times reserved so far (the servers' busy time). */
    Time
    GetBusyTime() const
    {
        return m_busy;
    }

    /** Jobs reserved so far. */
    uint64_t
    GetJobs() const
    {
        return m_jobs;
    }

    /** Arrival of the first job (Time::Max() while there was none). */
    Time
    GetFirstArrival() const
    {
        return m_firstArrival;
    }

    /** End of the latest job reserved (0 while there was none). */
    Time
    GetLastDeparture() const
    {
        return m_lastDeparture;
    }

  private:
    std::vector<Time> m_freeAt; ///< when each server is free; empty: unlimited servers
    Time m_busy{0};
    uint64_t m_jobs{0};
    Time m_firstArrival{Time::Max()};
    Time m_lastDeparture{0};
};

} // namespace ns3

#endif // SRVCC_PROCESSING_QUEUE_H
