/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The processing model: the FCFS c-server queue against known sequences and against queueing
 * theory (M/M/1, M/D/1, M/M/2), the latency histogram against exact percentiles, and the
 * nodes' Workers, per-message processing times and Queueing trace in a handover.
 */
#include "ns3/double.h"
#include "ns3/pointer.h"
#include "ns3/random-variable-stream.h"
#include "ns3/rng-seed-manager.h"
#include "ns3/simulator.h"
#include "ns3/srvcc-helper.h"
#include "ns3/srvcc-latency-histogram.h"
#include "ns3/srvcc-processing-queue.h"
#include "ns3/srvcc-stats-collector.h"
#include "ns3/string.h"
#include "ns3/test.h"
#include "ns3/uinteger.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace ns3
{
namespace
{

class QueueSequenceTestCase : public TestCase
{
  public:
    QueueSequenceTestCase()
        : TestCase("SrvccProcessingQueue: start times of a known sequence with 1, 2 and "
                   "unlimited workers, Reset, busy time")
    {
    }

  private:
    /** Arrivals at 0, 1, 2, 10 ms, each needing 3 ms: the start times with \p workers. */
    std::vector<Time>
    Starts(uint32_t workers)
    {
        SrvccProcessingQueue q(workers);
        std::vector<Time> starts;
        for (int64_t at : {0, 1, 2, 10})
        {
            starts.push_back(q.Reserve(MilliSeconds(at), MilliSeconds(3)));
        }
        NS_TEST_EXPECT_MSG_EQ(q.GetJobs(), 4, "jobs");
        NS_TEST_EXPECT_MSG_EQ(q.GetBusyTime(), MilliSeconds(12), "busy time: the services");
        NS_TEST_EXPECT_MSG_EQ(q.GetFirstArrival(), Time(0), "first arrival");
        NS_TEST_EXPECT_MSG_EQ(q.GetLastDeparture(), MilliSeconds(13), "last departure");
        return starts;
    }

    void
    DoRun() override
    {
        const std::vector<Time> one
            = {MilliSeconds(0), MilliSeconds(3), MilliSeconds(6), MilliSeconds(10)};
        NS_TEST_EXPECT_MSG_EQ((Starts(1) == one), true, "1 worker: one after the other");
        const std::vector<Time> two
            = {MilliSeconds(0), MilliSeconds(1), MilliSeconds(3), MilliSeconds(10)};
        NS_TEST_EXPECT_MSG_EQ((Starts(2) == two), true, "2 workers: the third waits 1 ms");
        const std::vector<Time> unlimited
            = {MilliSeconds(0), MilliSeconds(1), MilliSeconds(2), MilliSeconds(10)};
        NS_TEST_EXPECT_MSG_EQ((Starts(0) == unlimited), true, "unlimited: no waiting");

        SrvccProcessingQueue q(1);
        q.Reserve(Time(0), MilliSeconds(50));
        q.Reserve(Time(0), MilliSeconds(50)); // would start at 50 ms
        q.Reset(MilliSeconds(20));            // the node failed: the queue is gone
        NS_TEST_EXPECT_MSG_EQ(q.Reserve(MilliSeconds(20), MilliSeconds(1)), MilliSeconds(20),
                              "after Reset a job starts at once");
        q.SetWorkers(3);
        NS_TEST_EXPECT_MSG_EQ(q.GetWorkers(), 3, "workers");
    }
};

/** Mean waiting time of \p jobs Poisson arrivals (rate 1/ms) at a queue with \p workers. */
double
SimulatedMeanWaitMs(uint32_t workers, Ptr<RandomVariableStream> serviceMs, uint32_t jobs,
                    int64_t stream)
{
    Ptr<ExponentialRandomVariable> gap = CreateObject<ExponentialRandomVariable>();
    gap->SetAttribute("Mean", DoubleValue(1.0));
    gap->SetAttribute("Bound", DoubleValue(0.0));
    gap->SetStream(stream);
    serviceMs->SetStream(stream + 1);
    SrvccProcessingQueue q(workers);
    double now = 0;
    long double waited = 0;
    for (uint32_t i = 0; i < jobs; ++i)
    {
        now += gap->GetValue();
        const Time at = Time::FromDouble(now, Time::MS);
        const Time start = q.Reserve(at, Time::FromDouble(serviceMs->GetValue(), Time::MS));
        waited += (start - at).GetSeconds() * 1e3;
    }
    return static_cast<double>(waited / jobs);
}

class QueueTheoryTestCase : public TestCase
{
  public:
    QueueTheoryTestCase()
        : TestCase("SrvccProcessingQueue: mean waits of M/D/1, M/M/1 and M/M/2 as queueing "
                   "theory gives them")
    {
    }

  private:
    void
    DoRun() override
    {
        RngSeedManager::SetSeed(7);
        RngSeedManager::SetRun(1);
        const uint32_t jobs = 400000;
        // lambda = 1/ms. One server, E[S] = 0.5 ms: rho = 0.5.
        // M/D/1 (Pollaczek-Khinchine): Wq = rho E[S] / (2 (1 - rho)) = 0.25 ms.
        Ptr<ConstantRandomVariable> d = CreateObject<ConstantRandomVariable>();
        d->SetAttribute("Constant", DoubleValue(0.5));
        NS_TEST_EXPECT_MSG_EQ_TOL(SimulatedMeanWaitMs(1, d, jobs, 0), 0.25, 0.25 * 0.03, "M/D/1");
        // M/M/1: Wq = rho E[S] / (1 - rho) = 0.5 ms.
        Ptr<ExponentialRandomVariable> m = CreateObject<ExponentialRandomVariable>();
        m->SetAttribute("Mean", DoubleValue(0.5));
        m->SetAttribute("Bound", DoubleValue(0.0));
        NS_TEST_EXPECT_MSG_EQ_TOL(SimulatedMeanWaitMs(1, m, jobs, 2), 0.5, 0.5 * 0.04, "M/M/1");
        // M/M/2, E[S] = 1 ms, offered load a = 1 Erlang: Erlang C = 1/3, Wq = C / (c mu -
        // lambda) = 1/3 ms.
        Ptr<ExponentialRandomVariable> m2 = CreateObject<ExponentialRandomVariable>();
        m2->SetAttribute("Mean", DoubleValue(1.0));
        m2->SetAttribute("Bound", DoubleValue(0.0));
        NS_TEST_EXPECT_MSG_EQ_TOL(SimulatedMeanWaitMs(2, m2, jobs, 4), 1.0 / 3, 0.04 / 3,
                                  "M/M/2 (Erlang C)");
        // The same servers with one worker too few would wait far longer: the test can fail.
        NS_TEST_EXPECT_MSG_GT(SimulatedMeanWaitMs(1, d, jobs, 0),
                              SimulatedMeanWaitMs(2, d, jobs, 0) + 0.1,
                              "two workers wait less than one");
    }
};

class HistogramTestCase : public TestCase
{
  public:
    HistogramTestCase()
        : TestCase("SrvccLatencyHistogram: buckets tile the values, percentiles within 1/128 of "
                   "the exact nearest rank, mean and max exact")
    {
    }

  private:
    void
    DoRun() override
    {
        // Buckets: contiguous, each value in the bucket whose high end is at or above it.
        for (int64_t v : {int64_t{0}, int64_t{1}, int64_t{255}, int64_t{256}, int64_t{257},
                          int64_t{511}, int64_t{512}, int64_t{999999}, int64_t{1} << 40})
        {
            const std::size_t b = SrvccLatencyHistogram::BucketOf(v);
            NS_TEST_EXPECT_MSG_GT_OR_EQ(SrvccLatencyHistogram::BucketHigh(b), v, "high of " << v);
            if (b > 0)
            {
                NS_TEST_EXPECT_MSG_LT(SrvccLatencyHistogram::BucketHigh(b - 1), v,
                                      "previous bucket ends below " << v);
            }
        }
        for (std::size_t b = 1; b < 5000; ++b)
        {
            if (SrvccLatencyHistogram::BucketOf(SrvccLatencyHistogram::BucketHigh(b - 1) + 1) != b)
            {
                NS_TEST_EXPECT_MSG_EQ(b, 0, "bucket " << b << " starts after " << b - 1);
                break;
            }
        }
        Ptr<LogNormalRandomVariable> rv = CreateObject<LogNormalRandomVariable>();
        rv->SetAttribute("Mu", DoubleValue(13.0)); // about 0.4 ms
        rv->SetAttribute("Sigma", DoubleValue(1.5));
        rv->SetStream(11);
        SrvccLatencyHistogram h;
        std::vector<int64_t> values;
        long double sum = 0;
        for (int i = 0; i < 20001; ++i)
        {
            const auto v = static_cast<int64_t>(rv->GetValue());
            values.push_back(v);
            sum += v;
            h.Add(v);
        }
        std::sort(values.begin(), values.end());
        NS_TEST_EXPECT_MSG_EQ(h.GetCount(), values.size(), "count");
        NS_TEST_EXPECT_MSG_EQ(h.GetMax(), values.back(), "max exact");
        NS_TEST_EXPECT_MSG_EQ_TOL(h.GetMean(), static_cast<double>(sum / values.size()), 1e-6,
                                  "mean exact");
        for (double p : {1.0, 50.0, 95.0, 99.0, 100.0})
        {
            const auto k = static_cast<std::size_t>(std::ceil(p / 100.0 * values.size()));
            const int64_t exact = values[k - 1];
            const int64_t approx = h.GetPercentile(p);
            NS_TEST_EXPECT_MSG_GT_OR_EQ(approx, exact, "p" << p << " not below the exact value");
            NS_TEST_EXPECT_MSG_LT_OR_EQ(static_cast<double>(approx - exact),
                                        static_cast<double>(exact) / 128.0 + 1.0,
                                        "p" << p << " within 1/128");
        }
        SrvccLatencyHistogram empty;
        NS_TEST_EXPECT_MSG_EQ(empty.GetPercentile(50), 0, "empty");
        NS_TEST_EXPECT_MSG_EQ(empty.GetMean(), 0.0, "empty");
    }
};

/** One Queueing trace event at the MSC server. */
struct MscArrival
{
    SrvccMessageType type;
    Time wait;
    Time service;
    uint32_t waitingAhead;
};

void
RecordArrival(std::vector<MscArrival>* out, SrvccInterface /* iface */, SrvccMessageType type,
              Time wait, Time service, uint32_t waitingAhead)
{
    out->push_back({type, wait, service, waitingAhead});
}

class NodeQueueingTestCase : public TestCase
{
  public:
    NodeQueueingTestCase()
        : TestCase("nodes: three UEs at once queue at an MSC server with one worker for its "
                   "SrvccPsToCsRequestProcessingTime, not with two; the Queueing trace and the "
                   "collector's figures say so")
    {
    }

  private:
    /**
     * Three UEs hand over at the same instant; every node processes in zero time except the
     * MSC server, whose SRVCC PS to CS Request takes 2 ms. \return the MSC's arrivals.
     */
    std::vector<MscArrival>
    Run(uint32_t workers, double& utilization, SrvccLatencyHistogram& queueing, uint64_t& completed)
    {
        Ptr<SrvccHelper> helper = CreateObject<SrvccHelper>();
        for (SrvccRole role : AllSrvccRoles())
        {
            helper->SetNodeAttribute(role, "ProcessingDelay", TimeValue(Time(0)));
            helper->SetNodeAttribute(role, "KeyDerivationDelay", TimeValue(Time(0)));
        }
        helper->SetNodeAttribute(SrvccRole::kMscServer, "SrvccPsToCsRequestProcessingTime",
                                 StringValue("ns3::ConstantRandomVariable[Constant=2000]"));
        helper->SetNodeAttribute(SrvccRole::kMscServer, "Workers", UintegerValue(workers));
        helper->Install(1, 3);
        helper->AssignStreams(0);
        SrvccStatsCollector stats;
        stats.Connect(*helper);
        std::vector<MscArrival> arrivals;
        helper->GetMscServer()->TraceConnectWithoutContext(
            "Queueing", MakeBoundCallback(&RecordArrival, &arrivals));
        for (uint32_t ue = 0; ue < 3; ++ue)
        {
            helper->ScheduleHandover(ue, Seconds(1));
        }
        Simulator::Stop(Seconds(5));
        Simulator::Run();
        utilization = SrvccStatsCollector::GetUtilization(*helper, SrvccRole::kMscServer);
        queueing = stats.GetQueueing(SrvccRole::kMscServer, SrvccMessageType::kSrvccPsToCsRequest);
        completed = stats.CountRecords(SrvccHandoverRecord::Result::kCompleted);
        Simulator::Destroy();
        return arrivals;
    }

    void
    DoRun() override
    {
        double utilization = 0;
        SrvccLatencyHistogram queueing;
        uint64_t completed = 0;
        std::vector<MscArrival> one = Run(1, utilization, queueing, completed);
        NS_TEST_EXPECT_MSG_EQ(completed, 3, "the handovers complete");
        std::vector<Time> waits;
        for (const MscArrival& a : one)
        {
            if (a.type == SrvccMessageType::kSrvccPsToCsRequest)
            {
                waits.push_back(a.wait);
                NS_TEST_EXPECT_MSG_EQ(a.service, MilliSeconds(2), "its own processing time");
            }
            else
            {
                NS_TEST_EXPECT_MSG_EQ(a.service, Time(0), "the other messages: ProcessingDelay 0");
            }
        }
        NS_TEST_ASSERT_MSG_EQ(waits.size(), 3, "three SRVCC PS to CS Requests");
        std::vector<uint32_t> ahead;
        for (const MscArrival& a : one)
        {
            if (a.type == SrvccMessageType::kSrvccPsToCsRequest)
            {
                ahead.push_back(a.waitingAhead);
            }
        }
        // The second arrives while the first is processed: nobody waits ahead of it; the
        // third finds the second waiting.
        NS_TEST_EXPECT_MSG_EQ(ahead[0], 0, "the first sees an empty queue");
        NS_TEST_EXPECT_MSG_EQ(ahead[1], 0, "the second: the first is in processing, not waiting");
        NS_TEST_EXPECT_MSG_EQ(ahead[2], 1, "the third sees the second waiting");
        NS_TEST_EXPECT_MSG_EQ(waits[0], Time(0), "the first starts at once");
        // The second left the MME right after the first: it waits the 2 ms less the Sv
        // transmission time of the first (a few microseconds at 1 Gbps).
        NS_TEST_EXPECT_MSG_GT(waits[1], MilliSeconds(2) - MicroSeconds(20), "the second waits");
        NS_TEST_EXPECT_MSG_LT_OR_EQ(waits[1], MilliSeconds(2), "for the first, no longer");
        NS_TEST_EXPECT_MSG_GT(waits[2], MilliSeconds(4) - MicroSeconds(40), "the third: both");
        NS_TEST_EXPECT_MSG_LT_OR_EQ(waits[2], MilliSeconds(4), "the third: both, no longer");
        NS_TEST_EXPECT_MSG_EQ(queueing.GetCount(), 3, "the collector counts the three");
        NS_TEST_EXPECT_MSG_EQ(queueing.GetMax(), waits[2].GetNanoSeconds(), "and its max wait");
        NS_TEST_EXPECT_MSG_GT(utilization, 0.0, "the MSC was busy");
        NS_TEST_EXPECT_MSG_LT(utilization, 1.0, "not all the time");

        std::vector<MscArrival> three = Run(3, utilization, queueing, completed);
        NS_TEST_EXPECT_MSG_EQ(completed, 3, "the handovers complete");
        for (const MscArrival& a : three)
        {
            NS_TEST_EXPECT_MSG_EQ(a.wait, Time(0), "three workers: nobody waits");
        }
        std::vector<MscArrival> two = Run(2, utilization, queueing, completed);
        NS_TEST_EXPECT_MSG_EQ(queueing.GetCount(), 3, "two workers");
        NS_TEST_EXPECT_MSG_GT(queueing.GetMax(), MilliSeconds(2).GetNanoSeconds() - 40000,
                              "two workers: the third waits for one of them");
        NS_TEST_EXPECT_MSG_LT_OR_EQ(queueing.GetMax(), MilliSeconds(2).GetNanoSeconds(),
                                    "two workers: for one of them only");
    }
};

class ProcessingStreamsTestCase : public TestCase
{
  public:
    ProcessingStreamsTestCase()
        : TestCase("AssignStreams fixes the processing-time draws: the same run draws the "
                   "same times, another run others")
    {
    }

  private:
    std::vector<Time>
    Services(uint32_t run)
    {
        RngSeedManager::SetSeed(1);
        RngSeedManager::SetRun(run);
        Ptr<SrvccHelper> helper = CreateObject<SrvccHelper>();
        helper->SetNodeAttribute(SrvccRole::kAmf, "ProcessingTime",
                                 StringValue("ns3::ExponentialRandomVariable[Mean=300]"));
        helper->Install(1, 3);
        helper->AssignStreams(0);
        std::vector<MscArrival> arrivals;
        helper->GetAmf()->TraceConnectWithoutContext("Queueing",
                                                     MakeBoundCallback(&RecordArrival, &arrivals));
        for (uint32_t ue = 0; ue < 3; ++ue)
        {
            helper->ScheduleHandover(ue, Seconds(1) + MilliSeconds(50) * ue);
        }
        Simulator::Stop(Seconds(5));
        Simulator::Run();
        Simulator::Destroy();
        std::vector<Time> services;
        for (const MscArrival& a : arrivals)
        {
            services.push_back(a.service);
        }
        return services;
    }

    void
    DoRun() override
    {
        // Something created before must not shift the draws: the streams are fixed.
        Ptr<UniformRandomVariable> unrelated = CreateObject<UniformRandomVariable>();
        const std::vector<Time> a = Services(3);
        unrelated = CreateObject<UniformRandomVariable>();
        const std::vector<Time> b = Services(3);
        const std::vector<Time> c = Services(4);
        NS_TEST_ASSERT_MSG_GT(a.size(), 6, "the AMF processed the three handovers");
        NS_TEST_EXPECT_MSG_EQ((a == b), true, "same run, same processing times");
        NS_TEST_EXPECT_MSG_EQ((a == c), false, "another run, other times");
        NS_TEST_EXPECT_MSG_EQ((std::adjacent_find(a.begin(), a.end()) == a.end()), true,
                              "drawn per message, not once");
    }
};

class ProcessingTestSuite : public TestSuite
{
  public:
    ProcessingTestSuite() : TestSuite("srvcc-processing", UNIT)
    {
        AddTestCase(new QueueSequenceTestCase, TestCase::QUICK);
        AddTestCase(new QueueTheoryTestCase, TestCase::QUICK);
        AddTestCase(new HistogramTestCase, TestCase::QUICK);
        AddTestCase(new NodeQueueingTestCase, TestCase::QUICK);
        AddTestCase(new ProcessingStreamsTestCase, TestCase::QUICK);
    }
};

ProcessingTestSuite g_processingTestSuite;

} // namespace
} // namespace ns3
