/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-sim/srvcc-json-writer.h"

#include "srvcc-sim/srvcc-number-format.h"

#include <boost/json/serialize.hpp>
#include <vector>

namespace srvcc
{

namespace
{

class Writer
{
  public:
    explicit Writer(const JsonFormat& format) : m_format(format) {}

    std::string
    Write(const boost::json::value& value)
    {
        Value(value);
        return std::move(m_out);
    }

  private:
    /** One step of the path to the value being written, rendered only for an error. */
    struct Step
    {
        bool member; ///< an object member (key), else an array element (index)
        boost::json::string_view key;
        std::size_t index;
    };

    void
    Value(const boost::json::value& v)
    {
        switch (v.kind())
        {
            case boost::json::kind::null:
                m_out += "null";
                return;
            case boost::json::kind::bool_:
                m_out += v.get_bool() ? "true" : "false";
                return;
            case boost::json::kind::int64:
                m_out += std::to_string(v.get_int64());
                return;
            case boost::json::kind::uint64:
                m_out += std::to_string(v.get_uint64());
                return;
            case boost::json::kind::double_:
                Double(v.get_double());
                return;
            case boost::json::kind::string:
                m_out += boost::json::serialize(v.get_string());
                return;
            case boost::json::kind::array:
                Array(v.get_array());
                return;
            case boost::json::kind::object:
                Object(v.get_object());
                return;
        }
    }

    void
    Double(double d)
    {
        try
        {
            m_out += FormatNumber(d, m_format.significantDigits);
        }
        catch (const std::domain_error& e)
        {
            throw JsonValueError(Path(), std::string(e.what()) + " (JSON has no infinity or NaN)");
        }
    }

    /** Whether the members of the container being opened go on lines of their own. */
    bool
    OnLines(bool array) const
    {
        if (m_path.empty())
        {
            return m_format.layout != JsonLayout::kOneLine;
        }
        // The elements of an array that is a member of the top-level object.
        return m_format.layout == JsonLayout::kElementsOnLines && array && m_path.size() == 1
               && m_path.front().member;
    }

    /** The indentation of a member of the container being opened, on a line of its own. */
    std::string
    Indent() const
    {
        return std::string(2 * (m_path.size() + 1), ' ');
    }

    /** The line end and indentation before the closing bracket of that container. */
    std::string
    Closing() const
    {
        return "\n" + std::string(2 * m_path.size(), ' ');
    }

    /** Between two members: "," on one line, ", " inside a line, ",\n" between lines. */
    void
    Separator(bool onLines)
    {
        m_out += onLines ? ",\n" : Spaced() ? ", " : ",";
    }

    /** Spaces after ':' and ',' (the layouts with lines). */
    bool
    Spaced() const
    {
        return m_format.layout != JsonLayout::kOneLine;
    }

    void
    Array(const boost::json::array& a)
    {
        const bool onLines = OnLines(true) && !a.empty();
        m_out += onLines ? "[\n" : "[";
        for (std::size_t i = 0; i < a.size(); ++i)
        {
            if (i > 0)
            {
                Separator(onLines);
            }
            m_out += onLines ? Indent() : "";
            m_path.push_back(Step{false, {}, i});
            Value(a[i]);
            m_path.pop_back();
        }
        m_out += onLines ? Closing() + "]" : "]";
    }

    void
    Object(const boost::json::object& o)
    {
        const bool onLines = OnLines(false) && !o.empty();
        m_out += onLines ? "{\n" : "{";
        bool first = true;
        for (const auto& member : o)
        {
            if (!first)
            {
                Separator(onLines);
            }
            first = false;
            m_out += onLines ? Indent() : "";
            m_out += boost::json::serialize(member.key());
            m_out += Spaced() ? ": " : ":";
            m_path.push_back(Step{true, member.key(), 0});
            Value(member.value());
            m_path.pop_back();
        }
        m_out += onLines ? Closing() + "}" : "}";
    }

    std::string
    Path() const
    {
        std::string path;
        for (const Step& s : m_path)
        {
            if (s.member)
            {
                path += (path.empty() ? "" : ".") + std::string(s.key);
            }
            else
            {
                path += "[" + std::to_string(s.index) + "]";
            }
        }
        return path;
    }

    JsonFormat m_format;
    std::string m_out;
    std::vector<Step> m_path;
};

} // namespace

JsonValueError::JsonValueError(const std::string& path, const std::string& problem)
    : std::domain_error((path.empty() ? std::string("top level") : path) + ": " + problem)
    , m_path(path)
{
}

const std::string&
JsonValueError::GetPath() const
{
    return m_path;
}

std::string
WriteJson(const boost::json::value& value, const JsonFormat& format)
{
    return Writer(format).Write(value);
}

} // namespace srvcc
