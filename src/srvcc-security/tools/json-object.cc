/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "json-object.h"

#include <cstdio>

namespace srvcc
{

std::string
JsonQuote(const std::string& text)
{
    std::string out = "\"";
    for (char c : text)
    {
        switch (c)
        {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20)
                {
                    char escaped[8];
                    std::snprintf(escaped, sizeof(escaped), "\\u%04x", static_cast<unsigned>(c));
                    out += escaped;
                }
                else
                {
                    out += c;
                }
        }
    }
    return out + "\"";
}

void
JsonObject::AddString(const std::string& key, const std::string& value)
{
    m_members.emplace_back(key, JsonQuote(value));
}

void
JsonObject::AddNumber(const std::string& key, uint64_t value)
{
    m_members.emplace_back(key, std::to_string(value));
}

std::string
JsonObject::ToString() const
{
    std::string out = "{";
    for (std::size_t i = 0; i < m_members.size(); ++i)
    {
        out += (i ? "," : "") + JsonQuote(m_members[i].first) + ":" + m_members[i].second;
    }
    return out + "}";
}

} // namespace srvcc
