/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-sim/srvcc-number-format.h"

#include <charconv>
#include <cmath>
#include <stdexcept>

namespace srvcc
{

std::string
FormatNumber(double value, int significantDigits)
{
    if (!std::isfinite(value))
    {
        throw std::domain_error(std::string("found ") + (std::isnan(value) ? "nan" : "")
                                + (std::isinf(value) ? (value > 0 ? "inf" : "-inf") : "")
                                + ", expected a finite number");
    }
    if (significantDigits < 0 || significantDigits > 17)
    {
        throw std::invalid_argument("FormatNumber: significantDigits: found "
                                    + std::to_string(significantDigits) + ", expected 0 to 17");
    }
    // to_chars: the C locale's '.', whatever std::locale::global or setlocale chose.
    char buffer[32];
    const std::to_chars_result r
        = significantDigits == 0 ? std::to_chars(buffer, buffer + sizeof(buffer), value)
                                 : std::to_chars(buffer, buffer + sizeof(buffer), value,
                                                 std::chars_format::general, significantDigits);
    return std::string(buffer, r.ptr);
}

} // namespace srvcc
