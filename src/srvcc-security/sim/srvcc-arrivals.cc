/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-sim/srvcc-arrivals.h"

#include "ns3/double.h"
#include "ns3/random-variable-stream.h"

#include <algorithm>

namespace ns3
{

std::vector<SrvccUeEvent>
SrvccFixedHandovers(const std::vector<uint32_t>& ues, Time start, Time spacing)
{
    std::vector<SrvccUeEvent> events;
    events.reserve(ues.size());
    for (std::size_t i = 0; i < ues.size(); ++i)
    {
        events.push_back({ues[i], start + spacing * static_cast<int64_t>(i)});
    }
    return events;
}

std::vector<SrvccUeEvent>
DrawHandovers(const SrvccArrivalProcess& process, Time duration, int64_t stream)
{
    std::vector<SrvccUeEvent> events;
    if (process.kind == SrvccArrivalKind::kFixed)
    {
        events = SrvccFixedHandovers(process.ues, process.start, process.spacing);
        events.erase(std::remove_if(events.begin(), events.end(),
                                    [duration](const SrvccUeEvent& e)
                                    {
                                        return e.at >= duration;
                                    }),
                     events.end());
        return events;
    }
    Ptr<ExponentialRandomVariable> gap = CreateObject<ExponentialRandomVariable>();
    gap->SetAttribute("Mean", DoubleValue(process.ratePerS > 0 ? 1.0 / process.ratePerS : 0.0));
    gap->SetAttribute("Bound", DoubleValue(0.0)); // untruncated: the process has its rate
    gap->SetStream(stream);
    Ptr<UniformRandomVariable> within = CreateObject<UniformRandomVariable>();
    within->SetStream(stream + 1);
    events.reserve(process.ues.size());
    // Seconds as a double, the gaps summed in double: 10^6 gaps keep ns resolution far below
    // the means used (a double holds 15 digits).
    double t = process.start.GetSeconds();
    const std::size_t perGroup
        = process.kind == SrvccArrivalKind::kPoisson ? 1 : std::max<uint32_t>(process.burstSize, 1);
    const double window = process.burstWindow.GetSeconds();
    for (std::size_t first = 0; first < process.ues.size(); first += perGroup)
    {
        // A Poisson process from start_s: the first arrival one gap after it.
        if (process.ratePerS > 0)
        {
            t += gap->GetValue();
        }
        else if (first > 0)
        {
            t += process.spacing.GetSeconds();
        }
        const std::size_t last = std::min(first + perGroup, process.ues.size());
        for (std::size_t i = first; i < last; ++i)
        {
            const double at
                = process.kind == SrvccArrivalKind::kBurst ? t + within->GetValue(0, window) : t;
            const Time when = Seconds(at);
            if (when < duration)
            {
                events.push_back({process.ues[i], when});
            }
        }
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const SrvccUeEvent& a, const SrvccUeEvent& b)
                     {
                         return a.at < b.at;
                     });
    return events;
}

} // namespace ns3
