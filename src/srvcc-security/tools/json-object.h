/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * A flat JSON object written in insertion order: what srvcc-keys prints on stdout.
 */
#ifndef SRVCC_JSON_OBJECT_H
#define SRVCC_JSON_OBJECT_H

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace srvcc
{

class JsonObject
{
  public:
    void AddString(const std::string& key, const std::string& value);
    void AddNumber(const std::string& key, uint64_t value);

    /** One line: {"key":"value",...} */
    std::string ToString() const;

  private:
    std::vector<std::pair<std::string, std::string>> m_members; // key, encoded value
};

/** JSON string literal of \p text, quotes included. */
std::string JsonQuote(const std::string& text);

} // namespace srvcc

#endif // SRVCC_JSON_OBJECT_H
