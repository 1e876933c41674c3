/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The node options of a scenario file, one table: each field that sets an ns-3 Attribute (of
 * ns3::SrvccHelper or of one role's application) is one row naming the field path, the
 * Attribute and how the file's value becomes the Attribute's. Adding a node option is the
 * Attribute plus one row here (and its line in doc/scenario-format.md).
 */
#ifndef SRVCC_SCENARIO_ATTRIBUTES_H
#define SRVCC_SCENARIO_ATTRIBUTES_H

#include "ns3/attribute.h"
#include "ns3/nstime.h"
#include "ns3/srvcc-helper.h"
#include "ns3/type-id.h"

#include <boost/json/value.hpp>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ns3
{

class ScenarioJson;

/** How a field's JSON value is read before it becomes the Attribute's value. */
enum class SrvccScenarioFieldKind
{
    kBool,        ///< true or false -> BooleanValue
    kTime,        ///< a number in the row's unit, >= 0 (or > 0) -> TimeValue
    kChoice,      ///< one of the row's words -> the Attribute text paired with it
    kProbability, ///< a number between 0 and 1 -> DoubleValue
    kDataRate,    ///< "100Mbps" (the units of ns-3.37's DataRate) -> DataRateValue
    /**
     * A processing time in microseconds: a number (constant) or {"distribution": "constant" |
     * "uniform" | "exponential" | "lognormal", "mean_us", "cv"} -> StringValue holding the
     * ns-3 random variable ("ns3::ExponentialRandomVariable[Mean=100]"), which the
     * Attribute's PointerValue checker turns into a fresh object each time it is set.
     */
    kDistribution,
    kCount, ///< a whole number in [row.minCount, row.maxCount] -> UintegerValue
};

/** One row: a scenario field and the Attribute it sets. */
struct SrvccScenarioAttribute
{
    std::string path; ///< field path in the file, e.g. "faults.msc_rejects"
    /** The role whose application has the Attribute; std::nullopt: ns3::SrvccHelper's. */
    std::optional<SrvccRole> role;
    std::string attribute; ///< the Attribute's name, e.g. "RejectPsToCs"
    SrvccScenarioFieldKind kind{SrvccScenarioFieldKind::kBool};
    Time::Unit unit{Time::MS};  ///< kTime: unit of the number in the file
    bool positive{false};       ///< kTime: > 0 instead of >= 0
    uint64_t minCount{1};       ///< kCount: the smallest value (0 for N3Requests)
    uint64_t maxCount{1000000}; ///< kCount: the largest value (100 for N3Requests)
    /** kChoice: file word -> text the Attribute's checker deserializes, in message order. */
    std::vector<std::pair<std::string, std::string>> words;
    std::string doc; ///< one line, for doc/scenario-format.md and --help-like listings

    /** The TypeId that declares the Attribute: the role's application or SrvccHelper. */
    TypeId GetTypeId() const;
    /** "ns3::SrvccMscServerApplication::RejectPsToCs". */
    std::string GetFullName() const;
    /**
     * The Attribute's checker and current initial value (Config::SetDefault and --ns3::...
     * change it); false when the TypeId has no such Attribute.
     */
    bool Lookup(TypeId::AttributeInformation& info) const;
};

/** Every row, built once: profile, eksi_type, links.*, processing.*, timers.*, utran.*, ... */
const std::vector<SrvccScenarioAttribute>& SrvccScenarioAttributes();

/** The row of field \p path, or nullptr. */
const SrvccScenarioAttribute* FindSrvccScenarioAttribute(const std::string& path);

/**
 * The keys directly under object \p objectPath ("" for the top level) that rows use, in table
 * order, each once: for "links" the interface names, for "faults" "msc_rejects", ....
 */
std::vector<std::string> SrvccScenarioAttributeKeys(const std::string& objectPath);

/**
 * The ns-3 random variable, in microseconds, of a kDistribution field's value \p v (the
 * description SrvccScenarioFieldKind::kDistribution gives).
 * \throws ScenarioError naming \p path when \p v is none
 */
std::string ReadScenarioDistribution(const ScenarioJson& json, const boost::json::value& v,
                                     const std::string& path);

/** The name of \p role in scenario files: ue, gnb, amf, mme, msc, rnc. */
std::string SrvccScenarioRoleName(SrvccRole role);

/** A field the file gave: its row and the Attribute value (checked by the Attribute). */
struct SrvccScenarioSetting
{
    const SrvccScenarioAttribute* row{nullptr};
    Ptr<const AttributeValue> value;
};

/** The fields a scenario gave, by path. A field not here leaves the Attribute as it is. */
using SrvccScenarioSettings = std::map<std::string, SrvccScenarioSetting>;

/**
 * Read \p v as the value of \p row: the check of its kind (range, unit, word), then the
 * Attribute's own checker.
 * \throws ScenarioError "<origin>: <row.path>: found ..., expected ..."
 */
Ptr<const AttributeValue> ReadSrvccScenarioAttribute(const SrvccScenarioAttribute& row,
                                                     const boost::json::value& v,
                                                     const ScenarioJson& json);

/**
 * A time field of any scenario object: a number in \p unit, >= 0 (or > 0 when \p positive),
 * at most 1e6 s. \throws ScenarioError naming \p path
 */
Time ReadScenarioTime(const ScenarioJson& json, const boost::json::value& v,
                      const std::string& path, Time::Unit unit, bool positive = false);

/** Set every Attribute of \p settings on \p helper (SetAttribute or SetNodeAttribute). */
void ApplySrvccScenarioSettings(SrvccHelper& helper, const SrvccScenarioSettings& settings);

} // namespace ns3

#endif // SRVCC_SCENARIO_ATTRIBUTES_H
