/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The one JSON writer of the program layer: every JSON the programs write (summary.json,
 * srvcc-keys' stdout, the scenario documents of a sweep's points) is built as a
 * boost::json::value and turned into text here. No ns-3 here: srvcc-keys uses it too.
 */
#ifndef SRVCC_JSON_WRITER_H
#define SRVCC_JSON_WRITER_H

#include <boost/json/value.hpp>
#include <stdexcept>
#include <string>

namespace srvcc
{

enum class JsonLayout
{
    /** One line, no spaces: {"a":1,"b":{"c":"d"}} (srvcc-keys, sweep point documents). */
    kOneLine,
    /**
     * One member of the top-level object (or element of the top-level array) per line, indented
     * by two spaces; each member's value on that line with ", " and ": " between its parts:
     *   {
     *     "rng": {"seed": 1, "run": 1},
     *     "kamf_exposures": 0
     *   }
     * so that grep shows a whole field (summary.json).
     */
    kMembersOnLines,
    /**
     * kMembersOnLines, and each element of a top-level member that is an array on a line of its
     * own too, indented by four spaces, so that grep shows a whole entry of a long list
     * (a sweep's manifest.json: one job per line):
     *   {
     *     "replications": 2,
     *     "jobs": [
     *       {"job": 0, "point": 0},
     *       {"job": 1, "point": 0}
     *     ]
     *   }
     */
    kElementsOnLines,
};

struct JsonFormat
{
    JsonLayout layout{JsonLayout::kOneLine};
    /**
     * Significant digits of numbers stored as doubles (FormatNumber); 0: the shortest text that
     * reads back as the same double. Integers (int64, uint64) are always written in full.
     */
    int significantDigits{0};
};

/** A value JSON cannot represent (infinity or NaN), named by its path in the document. */
class JsonValueError : public std::domain_error
{
  public:
    JsonValueError(const std::string& path, const std::string& problem);
    /** "latency_ms.preparation.mean", "values[2]"; "" for the top level. */
    const std::string& GetPath() const;

  private:
    std::string m_path;
};

/**
 * \p value as JSON text, object members in their order in the value, strings escaped as
 * RFC 8259 section 7 requires; no line break at the end. The text is always JSON: a number that
 * JSON cannot hold is an error, never "Infinity" or "NaN".
 * \throws JsonValueError "<path>: found inf, expected a finite number (JSON has no infinity or
 *         NaN)"
 */
std::string WriteJson(const boost::json::value& value, const JsonFormat& format = {});

} // namespace srvcc

#endif // SRVCC_JSON_WRITER_H
