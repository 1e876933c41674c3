/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "cli-options.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>

namespace srvcc
{

namespace
{

std::string
ListNames(const std::vector<OptionSpec>& specs)
{
    std::string names;
    for (const OptionSpec& s : specs)
    {
        names += (names.empty() ? "--" : ", --") + s.name;
    }
    return names;
}

} // namespace

CliOptions::CliOptions(int argc, char** argv, int first, std::vector<OptionSpec> specs)
    : m_specs(std::move(specs))
{
    for (int i = first; i < argc; ++i)
    {
        std::string arg = argv[i];
        if (arg.rfind("--", 0) != 0 || arg.size() == 2)
        {
            throw UsageError("unexpected argument '" + arg + "' (options look like --name VALUE)");
        }
        std::string name = arg.substr(2);
        std::string value;
        const auto eq = name.find('=');
        if (eq != std::string::npos)
        {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        else if (i + 1 < argc)
        {
            value = argv[++i];
        }
        else
        {
            throw UsageError("--" + name + ": missing value");
        }
        const bool known = std::any_of(m_specs.begin(), m_specs.end(),
                                       [&name](const OptionSpec& s)
                                       {
                                           return s.name == name;
                                       });
        if (!known)
        {
            throw UsageError("unknown option --" + name + " (expected " + ListNames(m_specs) + ")");
        }
        if (!m_values.emplace(name, value).second)
        {
            throw UsageError("--" + name + ": given more than once");
        }
    }
    for (const OptionSpec& s : m_specs)
    {
        if (s.required && !Has(s.name))
        {
            throw UsageError("missing --" + s.name + " (" + s.expected + ")");
        }
    }
}

bool
CliOptions::Has(const std::string& name) const
{
    return m_values.count(name) != 0;
}

const std::string&
CliOptions::Text(const std::string& name) const
{
    const auto it = m_values.find(name);
    if (it == m_values.end())
    {
        throw UsageError("missing --" + name + " (" + Spec(name).expected + ")");
    }
    return it->second;
}

std::string
CliOptions::TextOr(const std::string& name, const std::string& fallback) const
{
    return Has(name) ? Text(name) : fallback;
}

uint64_t
CliOptions::Number(const std::string& name, uint64_t max) const
{
    const std::string& text = Text(name);
    const bool hex = text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
    const std::string digits = hex ? text.substr(2) : text;
    const bool wellFormed
        = !digits.empty()
          && std::all_of(digits.begin(), digits.end(),
                         [hex](char c)
                         {
                             return hex ? std::isxdigit(static_cast<unsigned char>(c)) != 0
                                        : std::isdigit(static_cast<unsigned char>(c)) != 0;
                         });
    errno = 0;
    const unsigned long long value
        = wellFormed ? std::strtoull(digits.c_str(), nullptr, hex ? 16 : 10) : 0;
    if (!wellFormed || errno == ERANGE || value > max)
    {
        throw UsageError("--" + name + ": expected " + Spec(name).expected + ", got '" + text
                         + "'");
    }
    return value;
}

uint64_t
CliOptions::NumberOr(const std::string& name, uint64_t max, uint64_t fallback) const
{
    return Has(name) ? Number(name, max) : fallback;
}

const OptionSpec&
CliOptions::Spec(const std::string& name) const
{
    for (const OptionSpec& s : m_specs)
    {
        if (s.name == name)
        {
            return s;
        }
    }
    throw std::logic_error("option --" + name + " is not declared");
}

} // namespace srvcc
