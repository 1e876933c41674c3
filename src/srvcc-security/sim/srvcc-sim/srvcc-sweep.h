/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Parameter sweeps: a scenario file in which some single-valued fields hold a list of values
 * instead (doc/sweeps.md). The sweep is the file itself plus the list of swept fields; each
 * point of the Cartesian product is expanded into a plain single-valued scenario document and
 * read by the ordinary strict parser (ParseScenario), so every check and every message is the
 * one a single scenario gets, with the path pointing into the list ("links.sv.delay_ms[2]").
 */
#ifndef SRVCC_SWEEP_H
#define SRVCC_SWEEP_H

#include "srvcc-sim/srvcc-scenario.h"

#include <boost/json/value.hpp>
#include <cstddef>
#include <string>
#include <vector>

namespace ns3
{

/** One swept field: where it is and the values listed for it. */
struct SrvccSweepAxis
{
    std::string path;              ///< "links.sv.delay_ms", as in error messages
    std::vector<std::string> keys; ///< the same path as object keys: links, sv, delay_ms
    /** Each listed value as compact JSON text (srvcc::WriteJson): 5, 0.5, "sol1.2", true. */
    std::vector<std::string> values;
    bool numeric{true}; ///< every value is a JSON number

    /** Value \p i for people and CSV cells: strings without their quotes. */
    std::string Label(std::size_t i) const;
    /** Value \p i as a number (numeric axes only; 0 otherwise). */
    double Number(std::size_t i) const;
};

class SrvccSweep
{
  public:
    /** More points than this is an error: a typo in a list should not start days of runs. */
    static constexpr std::size_t kMaxPoints = 10000;

    /** The file name (or other origin) every message starts with. */
    const std::string& GetOrigin() const;
    /** The swept fields, in document order. Empty for a plain scenario. */
    const std::vector<SrvccSweepAxis>& GetAxes() const;
    /** Product of the list lengths (1 for a plain scenario). */
    std::size_t GetNumPoints() const;
    /**
     * Index into each axis' values at point \p k (0-based): the points run like nested loops
     * over the axes in document order, the last axis changing fastest.
     */
    std::vector<std::size_t> GetChoice(std::size_t k) const;
    /** "links.sv.delay_ms=20, profile=sol1.2" ("" for a plain scenario). */
    std::string GetLabel(std::size_t k) const;
    /** Point \p k as a plain single-valued scenario document. */
    boost::json::value GetPointDocument(std::size_t k) const;
    /** The same as one line of JSON text (srvcc::WriteJson). */
    std::string GetPointJson(std::size_t k) const;
    /**
     * Point \p k, read by ParseScenario. A problem with a swept value names the list element
     * ("links.sv.delay_ms[2]: found ..."); a problem of the combination (e.g. too many UEs in
     * total) is the single-scenario message followed by " (sweep point k: <label>)".
     * \throws ScenarioError
     */
    SrvccScenario GetPoint(std::size_t k) const;

  private:
    friend SrvccSweep ParseSweep(const std::string& json, const std::string& origin);

    std::string m_origin;
    /**
     * The whole file, lists included, as parsed: the points are built from it without a trip
     * through text, so a value is never rounded or turned into non-JSON (an "Infinity").
     */
    boost::json::value m_document;
    std::vector<SrvccSweepAxis> m_axes;
    std::size_t m_points{1};
};

/**
 * The fields whose type in the scenario format is itself an array ("handovers",
 * "faults.cancel", ...). An array there is the field's value, not a list of values to sweep,
 * and no list may be inside it: a list of lists would be ambiguous to read and to put in a CSV
 * column.
 */
const std::vector<std::string>& SweepSchemaArrays();

/**
 * Read a sweep (or a plain scenario, which is a sweep of one point) from JSON text. Every
 * point is checked before this returns, so a run never stops half-way on a bad value.
 * \throws ScenarioError "<origin>: <path>: found <what>, expected <what>"
 */
SrvccSweep ParseSweep(const std::string& json, const std::string& origin);

/** Same, from a file; file errors as LoadScenario's. \throws ScenarioError */
SrvccSweep LoadSweep(const std::string& path);

} // namespace ns3

#endif // SRVCC_SWEEP_H
