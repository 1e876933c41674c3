/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-processing-queue.h"

#include <algorithm>

namespace ns3
{

SrvccProcessingQueue::SrvccProcessingQueue(uint32_t workers)
{
    SetWorkers(workers);
}

void
SrvccProcessingQueue::SetWorkers(uint32_t workers)
{
    m_freeAt.assign(workers, Time(0));
}

uint32_t
SrvccProcessingQueue::GetWorkers() const
{
    return static_cast<uint32_t>(m_freeAt.size());
}

Time
SrvccProcessingQueue::Reserve(Time now, Time service)
{
    Time start = now;
    if (!m_freeAt.empty())
    {
        // The server that frees first takes the job (FCFS: it arrived after every job
        // already reserved, so no later arrival can overtake it).
        auto server = std::min_element(m_freeAt.begin(), m_freeAt.end());
        start = std::max(now, *server);
        *server = start + service;
    }
    m_busy += service;
    ++m_jobs;
    m_firstArrival = std::min(m_firstArrival, now);
    m_lastDeparture = std::max(m_lastDeparture, start + service);
    return start;
}

void
SrvccProcessingQueue::Reset(Time now)
{
    std::fill(m_freeAt.begin(), m_freeAt.end(), now);
}

} // namespace ns3
