/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-sim/srvcc-sweep-progress.h"

#include <cmath>
#include <cstdio>

namespace ns3
{

SrvccSweepProgress::SrvccSweepProgress(std::ostream& out, bool inPlace, uint64_t points,
                                       uint64_t runs)
    : m_out(out), m_inPlace(inPlace), m_points(points), m_runs(runs)
{
}

std::string
SrvccSweepProgress::Duration(double seconds)
{
    const auto s = static_cast<uint64_t>(std::llround(std::max(0.0, seconds)));
    char buffer[48];
    if (s < 60)
    {
        std::snprintf(buffer, sizeof(buffer), "%llu s", static_cast<unsigned long long>(s));
    }
    else if (s < 3600)
    {
        std::snprintf(buffer, sizeof(buffer), "%llu min %02llu s",
                      static_cast<unsigned long long>(s / 60),
                      static_cast<unsigned long long>(s % 60));
    }
    else
    {
        std::snprintf(buffer, sizeof(buffer), "%llu h %02llu min",
                      static_cast<unsigned long long>(s / 3600),
                      static_cast<unsigned long long>(s / 60 % 60));
    }
    return buffer;
}

std::string
SrvccSweepProgress::Line() const
{
    const uint64_t percent = m_runs == 0 ? 100 : m_runsDone * 100 / m_runs;
    std::string line = "point " + std::to_string(m_pointsDone) + "/" + std::to_string(m_points)
                       + ", run " + std::to_string(m_runsDone) + "/" + std::to_string(m_runs)
                       + " done (" + std::to_string(percent) + "%)";
    if (m_runsDone == 0)
    {
        return line;
    }
    if (m_runsDone == m_runs)
    {
        return line + ", " + Duration(m_wallTimeS) + " in runs";
    }
    // Every run of a sweep simulates the same kind of network, so the mean so far is a fair
    // guess for the rest (a sweep over the load is the exception; the guess then grows).
    const double meanS = m_wallTimeS / static_cast<double>(m_runsDone);
    return line + ", about " + Duration(meanS * static_cast<double>(m_runs - m_runsDone)) + " left";
}

void
SrvccSweepProgress::Draw()
{
    const std::string line = "srvcc-sim: sweep: " + Line();
    if (m_inPlace)
    {
        // Pad with spaces so a shorter line covers all of the one before.
        const std::size_t pad = m_drawn > line.size() ? m_drawn - line.size() : 0;
        m_out << '\r' << line << std::string(pad, ' ') << std::flush;
        m_drawn = line.size();
    }
    else
    {
        m_out << line << '\n' << std::flush;
    }
}

void
SrvccSweepProgress::RunDone(double wallTimeS)
{
    ++m_runsDone;
    m_wallTimeS += wallTimeS;
    if (m_inPlace)
    {
        Draw();
    }
}

void
SrvccSweepProgress::PointDone()
{
    ++m_pointsDone;
    Draw();
}

void
SrvccSweepProgress::Clear()
{
    if (m_inPlace && m_drawn > 0)
    {
        m_out << '\r' << std::string(m_drawn, ' ') << '\r' << std::flush;
        m_drawn = 0;
    }
}

void
SrvccSweepProgress::Finish()
{
    if (m_inPlace && m_drawn > 0)
    {
        m_out << '\n' << std::flush;
        m_drawn = 0;
    }
}

} // namespace ns3
