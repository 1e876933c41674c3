/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The progress line of a sweep: points and runs done, and the time left estimated from the
 * mean wall-clock time of the runs so far.
 */
#ifndef SRVCC_SWEEP_PROGRESS_H
#define SRVCC_SWEEP_PROGRESS_H

#include <cstdint>
#include <ostream>
#include <string>

namespace ns3
{

class SrvccSweepProgress
{
  public:
    /**
     * \param out where the line goes (stderr in srvcc-sim)
     * \param inPlace true: one line rewritten after every run with '\r' (a terminal);
     *        false: one line per finished point (a log file or a pipe)
     */
    SrvccSweepProgress(std::ostream& out, bool inPlace, uint64_t points, uint64_t runs);

    /** A run took \p wallTimeS seconds. */
    void RunDone(double wallTimeS);
    /** A point's runs are all done. */
    void PointDone();
    /** Take the in-place line off the screen before other output; the next update redraws. */
    void Clear();
    /** End the in-place line with a line break. */
    void Finish();

    /** "point 2/4, run 7/12 done (58%), about 3 s left". */
    std::string Line() const;

    /** "45 s", "3 min 20 s", "2 h 05 min". */
    static std::string Duration(double seconds);

  private:
    void Draw();

    std::ostream& m_out;
    bool m_inPlace;
    uint64_t m_points;
    uint64_t m_runs;
    uint64_t m_pointsDone{0};
    uint64_t m_runsDone{0};
    double m_wallTimeS{0};
    std::size_t m_drawn{0}; ///< length of the line on screen (in place)
};

} // namespace ns3

#endif // SRVCC_SWEEP_PROGRESS_H
