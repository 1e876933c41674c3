/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * ns-3 Attributes for C++ enum classes (the SRVCC profile, the eKSI type rule, the AMF's
 * authentication bound) that refuse a misspelt value.
 *
 * ns-3.37's EnumValue finds a name with an NS_ASSERT only, which optimised builds (Debian's
 * libns3) compile out: a typo such as "sol12" would then read past the end of the checker's
 * list instead of being refused. SrvccEnumChecker is an ns3::EnumChecker (the values are
 * EnumValues, --PrintAttributes lists the names) that looks the name up itself, so
 * Config::SetDefault, SetAttribute and --ns3::<TypeId>::<Name>=<typo> on the command line
 * fail and name the attribute instead of going on with an undefined value.
 */
#ifndef SRVCC_ENUM_ATTRIBUTE_H
#define SRVCC_ENUM_ATTRIBUTE_H

#include "ns3/attribute-accessor-helper.h"
#include "ns3/enum.h"

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace ns3
{

class SrvccEnumChecker : public EnumChecker
{
  public:
    /** \p values: value and name, in order; the first is the default. */
    explicit SrvccEnumChecker(std::vector<std::pair<int, std::string>> values);

    /** \return false when no value is called \p name */
    bool Lookup(const std::string& name, int& value) const;

    /** "a, b, c": every name, for error messages. */
    std::string GetNames() const;

    Ptr<AttributeValue> Create() const override;

  private:
    std::vector<std::pair<int, std::string>> m_values;
};

/** A checker for enum class \p E; the first of \p values is the default. */
template<typename E>
Ptr<const AttributeChecker>
MakeSrvccEnumChecker(std::initializer_list<std::pair<E, std::string>> values)
{
    std::vector<std::pair<int, std::string>> list;
    for (const auto& [value, name] : values)
    {
        list.emplace_back(static_cast<int>(value), name);
    }
    return Ptr<const AttributeChecker>(new SrvccEnumChecker(std::move(list)), false);
}

/** EnumValue(static_cast<int>(e)), for an enum class value. */
template<typename E>
EnumValue
MakeSrvccEnumValue(E e)
{
    return EnumValue(static_cast<int>(e));
}

/**
 * An accessor for a data member of enum class type (ns-3.37's MakeEnumAccessor converts
 * implicitly to int, which an enum class does not).
 */
template<typename E, typename T>
Ptr<const AttributeAccessor>
MakeSrvccEnumAccessor(E T::*member)
{
    class Accessor : public AccessorHelper<T, EnumValue>
    {
      public:
        explicit Accessor(E T::*m) : m_member(m) {}

      private:
        bool
        DoSet(T* object, const EnumValue* v) const override
        {
            object->*m_member = static_cast<E>(v->Get());
            return true;
        }

        bool
        DoGet(const T* object, EnumValue* v) const override
        {
            v->Set(static_cast<int>(object->*m_member));
            return true;
        }

        bool
        HasGetter() const override
        {
            return true;
        }

        bool
        HasSetter() const override
        {
            return true;
        }

        E T::*m_member;
    };

    return Ptr<const AttributeAccessor>(new Accessor(member), false);
}

} // namespace ns3

#endif // SRVCC_ENUM_ATTRIBUTE_H
