/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-enum-attribute.h"

#include "ns3/abort.h"
#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SrvccEnumAttribute");

namespace
{

/** An EnumValue whose conversion from a string fails on an unknown name. */
class SrvccCheckedEnumValue : public EnumValue
{
  public:
    Ptr<AttributeValue>
    Copy() const override
    {
        return ns3::Create<SrvccCheckedEnumValue>(*this);
    }

    bool
    DeserializeFromString(std::string value, Ptr<const AttributeChecker> checker) override
    {
        const auto* names = dynamic_cast<const SrvccEnumChecker*>(PeekPointer(checker));
        int found = 0;
        if (names == nullptr || !names->Lookup(value, found))
        {
            NS_LOG_WARN("\"" << value << "\" is not one of "
                             << (names ? names->GetNames() : std::string("the enum's names")));
            return false;
        }
        Set(found);
        return true;
    }
};

} // namespace

SrvccEnumChecker::SrvccEnumChecker(std::vector<std::pair<int, std::string>> values)
    : m_values(std::move(values))
{
    NS_ABORT_MSG_IF(m_values.empty(), "an enum Attribute needs at least one value");
    AddDefault(m_values.front().first, m_values.front().second);
    for (std::size_t i = 1; i < m_values.size(); ++i)
    {
        Add(m_values[i].first, m_values[i].second);
    }
}

bool
SrvccEnumChecker::Lookup(const std::string& name, int& value) const
{
    for (const auto& [v, n] : m_values)
    {
        if (n == name)
        {
            value = v;
            return true;
        }
    }
    return false;
}

std::string
SrvccEnumChecker::GetNames() const
{
    std::string names;
    for (const auto& entry : m_values)
    {
        names += (names.empty() ? "" : ", ") + entry.second;
    }
    return names;
}

Ptr<AttributeValue>
SrvccEnumChecker::Create() const
{
    return ns3::Create<SrvccCheckedEnumValue>();
}

} // namespace ns3
