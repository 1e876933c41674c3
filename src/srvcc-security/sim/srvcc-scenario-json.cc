/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-sim/srvcc-scenario-json.h"

#include "srvcc-sim/srvcc-scenario.h"

#include <boost/json/basic_parser_impl.hpp>
#include <cmath>
#include <cstdio>
#include <limits>
#include <set>
#include <utility>

namespace ns3
{

namespace
{

/** Strings longer than this are cut in messages: a message is one readable line. */
constexpr std::size_t kMaxQuotedLength = 60;

/**
 * A SAX handler for a validation pass before the DOM parse: it sees every key, so it can catch
 * duplicate keys (the DOM keeps only one value) and name their path.
 */
class DuplicateKeyHandler
{
  public:
    static constexpr std::size_t max_object_size = std::numeric_limits<std::size_t>::max();
    static constexpr std::size_t max_array_size = std::numeric_limits<std::size_t>::max();
    static constexpr std::size_t max_key_size = std::numeric_limits<std::size_t>::max();
    static constexpr std::size_t max_string_size = std::numeric_limits<std::size_t>::max();

    bool
    on_document_begin(boost::json::error_code&)
    {
        return true;
    }

    bool
    on_document_end(boost::json::error_code&)
    {
        return true;
    }

    bool
    on_array_begin(boost::json::error_code&)
    {
        m_frames.push_back(Frame{});
        return true;
    }

    bool
    on_array_end(std::size_t, boost::json::error_code&)
    {
        m_frames.pop_back();
        return ValueDone();
    }

    bool
    on_object_begin(boost::json::error_code&)
    {
        Frame f;
        f.isObject = true;
        m_frames.push_back(std::move(f));
        return true;
    }

    bool
    on_object_end(std::size_t, boost::json::error_code&)
    {
        m_frames.pop_back();
        return ValueDone();
    }

    bool
    on_string_part(boost::json::string_view, std::size_t, boost::json::error_code&)
    {
        return true;
    }

    bool
    on_string(boost::json::string_view, std::size_t, boost::json::error_code&)
    {
        return ValueDone();
    }

    bool
    on_key_part(boost::json::string_view s, std::size_t, boost::json::error_code&)
    {
        m_frames.back().key.append(s.data(), s.size());
        return true;
    }

    bool
    on_key(boost::json::string_view s, std::size_t, boost::json::error_code& ec)
    {
        Frame& f = m_frames.back();
        f.key.append(s.data(), s.size());
        if (!f.keys.insert(f.key).second)
        {
            m_duplicate = true;
            m_duplicatePath = Path();
            ec = boost::json::error::syntax; // stops the parser; the message is ours
            return false;
        }
        return true;
    }

    bool
    on_number_part(boost::json::string_view, boost::json::error_code&)
    {
        return true;
    }

    bool
    on_int64(int64_t, boost::json::string_view, boost::json::error_code&)
    {
        return ValueDone();
    }

    bool
    on_uint64(uint64_t, boost::json::string_view, boost::json::error_code&)
    {
        return ValueDone();
    }

    bool
    on_double(double, boost::json::string_view, boost::json::error_code&)
    {
        return ValueDone();
    }

    bool
    on_bool(bool, boost::json::error_code&)
    {
        return ValueDone();
    }

    bool
    on_null(boost::json::error_code&)
    {
        return ValueDone();
    }

    bool
    on_comment_part(boost::json::string_view, boost::json::error_code&)
    {
        return true;
    }

    bool
    on_comment(boost::json::string_view, boost::json::error_code&)
    {
        return true;
    }

    /** Set when a duplicate key stopped the parse, with the key's path. */
    bool m_duplicate{false};
    std::string m_duplicatePath;

  private:
    struct Frame
    {
        bool isObject{false};
        std::set<std::string> keys; ///< keys seen so far (objects)
        std::string key;            ///< the current key (objects)
        std::size_t index{0};       ///< the current element (arrays)
    };

    /** A value ended: the parent moves on to its next key or element. */
    bool
    ValueDone()
    {
        if (!m_frames.empty())
        {
            Frame& parent = m_frames.back();
            if (parent.isObject)
            {
                parent.key.clear();
            }
            else
            {
                ++parent.index;
            }
        }
        return true;
    }

    std::string
    Path() const
    {
        std::string path;
        for (const Frame& f : m_frames)
        {
            path
                = f.isObject ? ScenarioJson::Join(path, f.key) : ScenarioJson::Index(path, f.index);
        }
        return path;
    }

    std::vector<Frame> m_frames;
};

/** 1-based line and column (in bytes) of \p offset in \p text. */
std::pair<std::size_t, std::size_t>
LineColumn(const std::string& text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    std::size_t line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i)
    {
        if (text[i] == '\n')
        {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, offset - lineStart + 1};
}

/**
 * The parser stops on a duplicate key at the key's closing quote; people look for its opening
 * quote. \return the offset of the quote that opens the string closed at \p offset.
 */
std::size_t
KeyStart(const std::string& text, std::size_t offset)
{
    if (offset >= text.size() || text[offset] != '"')
    {
        return offset;
    }
    for (std::size_t i = offset; i-- > 0;)
    {
        if (text[i] != '"')
        {
            continue;
        }
        std::size_t backslashes = 0;
        while (backslashes < i && text[i - 1 - backslashes] == '\\')
        {
            ++backslashes;
        }
        if (backslashes % 2 == 0)
        {
            return i;
        }
    }
    return offset;
}

std::string
Quote(boost::json::string_view s)
{
    std::string quoted = boost::json::serialize(
        boost::json::value(s.substr(0, std::min(s.size(), kMaxQuotedLength))));
    if (s.size() > kMaxQuotedLength)
    {
        quoted.insert(quoted.size() - 1, "...");
    }
    return quoted;
}

} // namespace

ScenarioJson::ScenarioJson(std::string origin) : m_origin(std::move(origin)) {}

const std::string&
ScenarioJson::GetOrigin() const
{
    return m_origin;
}

boost::json::value
ScenarioJson::Parse(const std::string& text) const
{
    // Pass 1: syntax and duplicate keys, with the offset of the first problem.
    boost::json::basic_parser<DuplicateKeyHandler> checker{boost::json::parse_options{}};
    boost::json::error_code ec;
    const std::size_t consumed = checker.write_some(false, text.data(), text.size(), ec);
    if (!ec && consumed < text.size())
    {
        // write_some stops after one complete value: anything left over is not JSON.
        ec = boost::json::error::extra_data;
    }
    if (ec)
    {
        const bool duplicate = checker.handler().m_duplicate;
        const auto [line, column]
            = LineColumn(text, duplicate ? KeyStart(text, consumed) : consumed);
        const std::string where
            = m_origin + ": line " + std::to_string(line) + ", column " + std::to_string(column);
        if (duplicate)
        {
            throw ScenarioError(where + ": " + checker.handler().m_duplicatePath
                                + ": duplicate key, expected each key once per object");
        }
        throw ScenarioError(where + ": malformed JSON: " + ec.message());
    }
    // Pass 2: the document itself (cannot fail on text pass 1 accepted, but check anyway).
    boost::json::value document = boost::json::parse(text, ec);
    if (ec)
    {
        throw ScenarioError(m_origin + ": malformed JSON: " + ec.message());
    }
    return document;
}

void
ScenarioJson::Fail(const std::string& path, const std::string& problem) const
{
    throw ScenarioError(m_origin + ": " + (path.empty() ? "top level" : path) + ": " + problem);
}

void
ScenarioJson::Mismatch(const std::string& path, const boost::json::value& found,
                       const std::string& expected) const
{
    Fail(path, "found " + Describe(found) + ", expected " + expected);
}

void
ScenarioJson::CheckKeys(const boost::json::object& object, const std::string& path,
                        const std::vector<std::string>& allowed, const std::string& what) const
{
    for (const auto& entry : object)
    {
        const std::string key(entry.key());
        bool known = false;
        for (const std::string& a : allowed)
        {
            known = known || key == a;
        }
        if (!known)
        {
            Fail(Join(path, key), "unknown " + what + " (expected " + List(allowed) + ")");
        }
    }
}

const boost::json::object&
ScenarioJson::Object(const boost::json::value& v, const std::string& path) const
{
    if (!v.is_object())
    {
        Mismatch(path, v, "an object");
    }
    return v.get_object();
}

const boost::json::value&
ScenarioJson::Required(const boost::json::object& object, const std::string& path,
                       const std::string& key, const std::string& expected) const
{
    const boost::json::value* v = object.if_contains(key);
    if (v == nullptr)
    {
        Fail(Join(path, key), "missing, expected " + expected);
    }
    return *v;
}

bool
ScenarioJson::Bool(const boost::json::value& v, const std::string& path) const
{
    if (!v.is_bool())
    {
        Mismatch(path, v, "true or false");
    }
    return v.get_bool();
}

std::string
ScenarioJson::String(const boost::json::value& v, const std::string& path) const
{
    if (!v.is_string())
    {
        Mismatch(path, v, "a string");
    }
    return std::string(v.get_string());
}

std::string
ScenarioJson::Choice(const boost::json::value& v, const std::string& path,
                     const std::vector<std::string>& choices) const
{
    std::string expected = "one of " + List(choices);
    if (!v.is_string())
    {
        Mismatch(path, v, expected);
    }
    const std::string s(v.get_string());
    for (const std::string& c : choices)
    {
        if (s == c)
        {
            return s;
        }
    }
    Mismatch(path, v, expected);
}

double
ScenarioJson::Number(const boost::json::value& v, const std::string& path,
                     const ScenarioNumberRange& range) const
{
    const std::string lower
        = std::string(range.minExclusive ? "> " : ">= ") + FormatNumber(range.min);
    const std::string expected = range.maxIsLimit ? "a number " + lower
                                                  : "a number between " + FormatNumber(range.min)
                                                        + " and " + FormatNumber(range.max);
    // Booleans are not numbers here, although some JSON libraries convert them.
    if (!v.is_number())
    {
        Mismatch(path, v, expected);
    }
    const double d = v.to_number<double>();
    if (!std::isfinite(d))
    {
        Mismatch(path, v, "a finite number"); // 1e999 reads as infinity
    }
    if (d < range.min || (range.minExclusive && d == range.min))
    {
        Mismatch(path, v, expected);
    }
    if (d > range.max)
    {
        Mismatch(path, v, range.maxIsLimit ? "a number <= " + FormatNumber(range.max) : expected);
    }
    return d;
}

uint64_t
ScenarioJson::WholeNumber(const boost::json::value& v, const std::string& path, uint64_t min,
                          uint64_t max) const
{
    const std::string expected
        = "a whole number between " + std::to_string(min) + " and " + std::to_string(max);
    if (v.is_uint64())
    {
        const uint64_t u = v.get_uint64();
        if (u < min || u > max)
        {
            Mismatch(path, v, expected);
        }
        return u;
    }
    if (v.is_int64())
    {
        const int64_t i = v.get_int64();
        if (i < 0 || static_cast<uint64_t>(i) < min || static_cast<uint64_t>(i) > max)
        {
            Mismatch(path, v, expected);
        }
        return static_cast<uint64_t>(i);
    }
    if (v.is_double())
    {
        // 2.0 is a whole number; compare in double before converting, so a huge value or a
        // NaN never reaches the (undefined) out-of-range conversion.
        const double d = v.get_double();
        if (!std::isfinite(d) || std::floor(d) != d || d < static_cast<double>(min)
            || d > static_cast<double>(max))
        {
            Mismatch(path, v, expected);
        }
        return static_cast<uint64_t>(d);
    }
    Mismatch(path, v, expected);
}

std::string
ScenarioJson::Describe(const boost::json::value& v)
{
    switch (v.kind())
    {
        case boost::json::kind::null:
            return "null";
        case boost::json::kind::bool_:
            return std::string(v.get_bool() ? "true" : "false") + " (a boolean)";
        case boost::json::kind::int64:
            return std::to_string(v.get_int64()) + " (a number)";
        case boost::json::kind::uint64:
            return std::to_string(v.get_uint64()) + " (a number)";
        case boost::json::kind::double_:
            return FormatNumber(v.get_double()) + " (a number)";
        case boost::json::kind::string:
            return Quote(v.get_string()) + " (a string)";
        case boost::json::kind::array:
            return "an array";
        case boost::json::kind::object:
            return "an object";
    }
    return "an unknown value";
}

std::string
ScenarioJson::FormatNumber(double d)
{
    char buffer[32];
    std::snprintf(buffer, sizeof(buffer), "%.15g", d);
    return buffer;
}

std::string
ScenarioJson::Join(const std::string& path, const std::string& key)
{
    return path.empty() ? key : path + "." + key;
}

std::string
ScenarioJson::Index(const std::string& path, std::size_t index)
{
    return path + "[" + std::to_string(index) + "]";
}

std::string
ScenarioJson::List(const std::vector<std::string>& names)
{
    std::string list;
    for (const std::string& n : names)
    {
        list += (list.empty() ? "" : ", ") + n;
    }
    return list;
}

} // namespace ns3
