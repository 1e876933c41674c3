/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-injected-tag.h"

namespace ns3
{

NS_OBJECT_ENSURE_REGISTERED(SrvccInjectedTag);

TypeId
SrvccInjectedTag::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SrvccInjectedTag")
                            .SetParent<Tag>()
                            .SetGroupName("SrvccSecurity")
                            .AddConstructor<SrvccInjectedTag>();
    return tid;
}

TypeId
SrvccInjectedTag::GetInstanceTypeId() const
{
    return GetTypeId();
}

SrvccInjectedTag::SrvccInjectedTag(uint32_t id) : m_id(id) {}

uint32_t
SrvccInjectedTag::GetId() const
{
    return m_id;
}

uint32_t
SrvccInjectedTag::GetSerializedSize() const
{
    return 4;
}

void
SrvccInjectedTag::Serialize(TagBuffer buffer) const
{
    buffer.WriteU32(m_id);
}

void
SrvccInjectedTag::Deserialize(TagBuffer buffer)
{
    m_id = buffer.ReadU32();
}

void
SrvccInjectedTag::Print(std::ostream& os) const
{
    os << "injected=" << m_id;
}

} // namespace ns3
