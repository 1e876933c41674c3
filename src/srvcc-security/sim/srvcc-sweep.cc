/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-sim/srvcc-sweep.h"

#include "srvcc-sim/srvcc-json-writer.h"
#include "srvcc-sim/srvcc-scenario-json.h"

#include <boost/json.hpp>
#include <charconv>
#include <cmath>

namespace ns3
{

namespace
{

bool
IsSchemaArray(const std::vector<std::string>& keys)
{
    std::string path;
    for (const std::string& key : keys)
    {
        path = ScenarioJson::Join(path, key);
    }
    for (const std::string& a : SweepSchemaArrays())
    {
        if (a == path)
        {
            return true;
        }
    }
    return false;
}

/** Finds the lists in a scenario document and checks them; \see ParseSweep. */
class AxisCollector
{
  public:
    explicit AxisCollector(const ScenarioJson& json) : m_json(json) {}

    void
    Walk(const boost::json::value& v, const std::string& path)
    {
        if (v.is_object())
        {
            for (const auto& entry : v.get_object())
            {
                const std::string key(entry.key());
                m_keys.push_back(key);
                Walk(entry.value(), ScenarioJson::Join(path, key));
                m_keys.pop_back();
            }
            return;
        }
        if (!v.is_array())
        {
            return;
        }
        const boost::json::array& a = v.get_array();
        if (IsSchemaArray(m_keys))
        {
            for (std::size_t i = 0; i < a.size(); ++i)
            {
                RejectLists(a[i], ScenarioJson::Index(path, i), path);
            }
            return;
        }
        if (path == "replications")
        {
            // Every point gets the same number of runs, so its confidence intervals compare.
            m_json.Mismatch(path, v,
                            "one whole number (every point of a sweep has the same number of "
                            "replications)");
        }
        if (a.empty())
        {
            m_json.Fail(path, "found an empty list, expected at least one value to sweep over");
        }
        SrvccSweepAxis axis;
        axis.path = path;
        axis.keys = m_keys;
        for (std::size_t i = 0; i < a.size(); ++i)
        {
            const std::string elementPath = ScenarioJson::Index(path, i);
            if (a[i].is_array() || a[i].is_object())
            {
                m_json.Mismatch(elementPath, a[i],
                                "a number, a string or a boolean (a sweep list holds single "
                                "values)");
            }
            for (std::size_t j = 0; j < i; ++j)
            {
                if (Same(a[i], a[j]))
                {
                    m_json.Mismatch(elementPath, a[i],
                                    "each value once (it is already " + ScenarioJson::Index(path, j)
                                        + ")");
                }
            }
            if (a[i].is_double() && !std::isfinite(a[i].get_double()))
            {
                // 1e400 reads as infinity, which no JSON text (and no scenario field) holds.
                m_json.Mismatch(elementPath, a[i], "a finite number");
            }
            axis.numeric = axis.numeric && a[i].is_number();
            axis.values.push_back(srvcc::WriteJson(a[i]));
        }
        m_axes.push_back(std::move(axis));
    }

    std::vector<SrvccSweepAxis>
    TakeAxes()
    {
        return std::move(m_axes);
    }

  private:
    /** 5 and 5.0 are the same point. */
    static bool
    Same(const boost::json::value& a, const boost::json::value& b)
    {
        if (a.is_number() && b.is_number())
        {
            return a.to_number<double>() == b.to_number<double>();
        }
        return a == b;
    }

    void
    RejectLists(const boost::json::value& v, const std::string& path,
                const std::string& arrayPath) const
    {
        if (v.is_array())
        {
            m_json.Mismatch(path, v,
                            "a single value (" + arrayPath
                                + " is itself an array in the scenario format, so it cannot "
                                  "hold sweep lists)");
        }
        if (v.is_object())
        {
            for (const auto& entry : v.get_object())
            {
                RejectLists(entry.value(), ScenarioJson::Join(path, std::string(entry.key())),
                            arrayPath);
            }
        }
    }

    const ScenarioJson& m_json;
    std::vector<std::string> m_keys;
    std::vector<SrvccSweepAxis> m_axes;
};

} // namespace

const std::vector<std::string>&
SweepSchemaArrays()
{
    // Every field whose type in doc/scenario-format.md is (or may be) an array; the srvcc-sweep
    // suite checks this list against that table.
    static const std::vector<std::string> arrays = {
        "handovers",     "handovers.ues",    "faults.ue_never_arrives",
        "faults.cancel", "faults.node_down", "faults.inject",
        "faults.fuzz",   "registration.ues", "registration.return_to_5g",
    };
    return arrays;
}

std::string
SrvccSweepAxis::Label(std::size_t i) const
{
    const boost::json::value v = boost::json::parse(values.at(i));
    if (v.is_string())
    {
        return std::string(v.get_string());
    }
    if (v.is_double())
    {
        // As the error messages write it: 1e9 (a double in JSON) as 1000000000.
        return ScenarioJson::FormatNumber(v.get_double());
    }
    return values.at(i);
}

double
SrvccSweepAxis::Number(std::size_t i) const
{
    const std::string& text = values.at(i);
    double d = 0;
    // from_chars: JSON number text, independent of the C locale's decimal point.
    if (!numeric || std::from_chars(text.data(), text.data() + text.size(), d).ec != std::errc())
    {
        return 0;
    }
    return d;
}

const std::string&
SrvccSweep::GetOrigin() const
{
    return m_origin;
}

const std::vector<SrvccSweepAxis>&
SrvccSweep::GetAxes() const
{
    return m_axes;
}

std::size_t
SrvccSweep::GetNumPoints() const
{
    return m_points;
}

std::vector<std::size_t>
SrvccSweep::GetChoice(std::size_t k) const
{
    std::vector<std::size_t> choice(m_axes.size());
    for (std::size_t i = m_axes.size(); i-- > 0;)
    {
        choice[i] = k % m_axes[i].values.size();
        k /= m_axes[i].values.size();
    }
    return choice;
}

std::string
SrvccSweep::GetLabel(std::size_t k) const
{
    const std::vector<std::size_t> choice = GetChoice(k);
    std::string label;
    for (std::size_t i = 0; i < m_axes.size(); ++i)
    {
        label += (i == 0 ? "" : ", ") + m_axes[i].path + "=" + m_axes[i].Label(choice[i]);
    }
    return label;
}

boost::json::value
SrvccSweep::GetPointDocument(std::size_t k) const
{
    boost::json::value document = m_document;
    const std::vector<std::size_t> choice = GetChoice(k);
    for (std::size_t i = 0; i < m_axes.size(); ++i)
    {
        // The collector only records lists reached through objects, so every step is one.
        boost::json::value* v = &document;
        for (const std::string& key : m_axes[i].keys)
        {
            v = &v->as_object()[key];
        }
        // The list element itself, not its text: Boost.JSON 1.81's parser may round a long
        // number off by one unit in the last place.
        boost::json::value chosen = v->as_array().at(choice[i]);
        *v = std::move(chosen);
    }
    return document;
}

std::string
SrvccSweep::GetPointJson(std::size_t k) const
{
    return srvcc::WriteJson(GetPointDocument(k));
}

SrvccScenario
SrvccSweep::GetPoint(std::size_t k) const
{
    try
    {
        return ParseScenarioDocument(GetPointDocument(k), m_origin);
    }
    catch (const ScenarioError& e)
    {
        std::string message = e.what();
        const std::vector<std::size_t> choice = GetChoice(k);
        for (std::size_t i = 0; i < m_axes.size(); ++i)
        {
            const std::string prefix = m_origin + ": " + m_axes[i].path + ":";
            if (message.compare(0, prefix.size(), prefix) != 0)
            {
                continue;
            }
            // A value problem names the element: "links.sv.delay_ms: found" becomes
            // "links.sv.delay_ms[2]: found". Others (an unknown field) name the field itself.
            if (message.compare(prefix.size(), 6, " found") == 0)
            {
                message.insert(prefix.size() - 1, "[" + std::to_string(choice[i]) + "]");
            }
            throw ScenarioError(message);
        }
        if (!m_axes.empty())
        {
            message += " (sweep point " + std::to_string(k) + ": " + GetLabel(k) + ")";
        }
        throw ScenarioError(message);
    }
}

SrvccSweep
ParseSweep(const std::string& json, const std::string& origin)
{
    const ScenarioJson reader(origin);
    const boost::json::value document = reader.Parse(json); // syntax errors, duplicate keys
    if (!document.is_object())
    {
        ParseScenario(json, origin); // the single-scenario message for a wrong top level
        reader.Mismatch("", document, "an object");
    }
    SrvccSweep sweep;
    sweep.m_origin = origin;
    sweep.m_document = document;
    AxisCollector collector(reader);
    collector.Walk(document, "");
    sweep.m_axes = collector.TakeAxes();

    // The product, stopping as soon as it is too large (it could overflow otherwise).
    std::string sizes;
    double product = 1;
    for (const SrvccSweepAxis& axis : sweep.m_axes)
    {
        product *= static_cast<double>(axis.values.size());
        sizes += (sizes.empty() ? "" : " x ") + std::to_string(axis.values.size());
    }
    if (product > static_cast<double>(SrvccSweep::kMaxPoints))
    {
        std::string paths;
        for (const SrvccSweepAxis& axis : sweep.m_axes)
        {
            paths += (paths.empty() ? "" : ", ") + axis.path;
        }
        throw ScenarioError(origin + ": sweep lists (" + paths + "): found "
                            + ScenarioJson::FormatNumber(product) + " points (" + sizes
                            + "), expected at most " + std::to_string(SrvccSweep::kMaxPoints)
                            + " points");
    }
    sweep.m_points = static_cast<std::size_t>(product);
    // Check every point now: a bad combination must not stop a sweep after hours of runs.
    for (std::size_t k = 0; k < sweep.m_points; ++k)
    {
        sweep.GetPoint(k);
    }
    return sweep;
}

SrvccSweep
LoadSweep(const std::string& path)
{
    return ParseSweep(ReadScenarioFile(path), path);
}

} // namespace ns3
