/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Strict JSON reading for scenario files: parsing with line/column on errors and duplicate keys
 * rejected, and typed field access where every problem becomes one ScenarioError of the form
 * "<origin>: <field.path>: found <what>, expected <what>". Used by the scenario reader
 * (srvcc-scenario.cc, srvcc-scenario-attributes.cc) and by the readers of the files a sweep's
 * jobs leave for srvcc-sim --merge (sweep-run.json, manifest.json).
 */
#ifndef SRVCC_SCENARIO_JSON_H
#define SRVCC_SCENARIO_JSON_H

#include <boost/json.hpp>
#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/** Bounds of a number field; error messages are built from them. */
struct ScenarioNumberRange
{
    double min{0.0};
    bool minExclusive{false};
    double max{0.0};
    /**
     * true: max is only a sanity limit, so the message for a wrong type or a value below min
     * names min alone ("a number >= 0"); false: it names both ("a number between 0 and 1").
     */
    bool maxIsLimit{true};
};

class ScenarioJson
{
  public:
    /** \param origin the file name (or other name of the text) every message starts with */
    explicit ScenarioJson(std::string origin);

    /**
     * Parse \p text. Duplicate keys are errors: a JSON object would otherwise silently keep
     * one of the two values.
     * \throws ScenarioError "<origin>: line L, column C: malformed JSON: <problem>"
     */
    boost::json::value Parse(const std::string& text) const;

    /** \throws ScenarioError "<origin>: <path>: <problem>" */
    [[noreturn]] void Fail(const std::string& path, const std::string& problem) const;
    /** \throws ScenarioError "<origin>: <path>: found <Describe(found)>, expected <expected>" */
    [[noreturn]] void Mismatch(const std::string& path, const boost::json::value& found,
                               const std::string& expected) const;

    /**
     * Reject the first key of \p object not in \p allowed:
     * "<origin>: <path>.<key>: unknown <what> (expected a, b, c)".
     */
    void CheckKeys(const boost::json::object& object, const std::string& path,
                   const std::vector<std::string>& allowed,
                   const std::string& what = "field") const;

    const boost::json::object& Object(const boost::json::value& v, const std::string& path) const;
    /** A required field of \p object; "<path>.<key>: missing, expected <expected>" if absent. */
    const boost::json::value& Required(const boost::json::object& object, const std::string& path,
                                       const std::string& key, const std::string& expected) const;

    bool Bool(const boost::json::value& v, const std::string& path) const;
    std::string String(const boost::json::value& v, const std::string& path) const;
    /** A string that must be one of \p choices. */
    std::string Choice(const boost::json::value& v, const std::string& path,
                       const std::vector<std::string>& choices) const;
    /** A JSON integer or double (never a boolean or a string) within \p range, finite. */
    double Number(const boost::json::value& v, const std::string& path,
                  const ScenarioNumberRange& range) const;
    /** A whole number (1 and 1.0 both accepted, 1.5 not) in [min, max]. */
    uint64_t WholeNumber(const boost::json::value& v, const std::string& path, uint64_t min,
                         uint64_t max) const;

    /** "\"fast\" (a string)", "true (a boolean)", "-1 (a number)", "null", "an object", ... */
    static std::string Describe(const boost::json::value& v);
    /** A number as people write it: 1, 0.5, 1e+09. */
    static std::string FormatNumber(double d);
    /** "a.b" ("b" when \p path is empty). */
    static std::string Join(const std::string& path, const std::string& key);
    /** "a[3]". */
    static std::string Index(const std::string& path, std::size_t index);
    /** "a, b, c". */
    static std::string List(const std::vector<std::string>& names);

    const std::string& GetOrigin() const;

  private:
    std::string m_origin;
};

} // namespace ns3

#endif // SRVCC_SCENARIO_JSON_H
