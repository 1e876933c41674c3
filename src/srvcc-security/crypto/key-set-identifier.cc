/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc/key-set-identifier.h"

#include "srvcc/crypto-error.h"

namespace srvcc
{

namespace
{

void
RefuseNoKey(const KeySetIdentifier& ksi, const std::string& input)
{
    if (ksi.IsNoKey())
    {
        throw CryptoError(input, "value 7 means no valid key is available (TS 33.501 6.2.3.2); "
                                 "nothing can be derived from it");
    }
}

} // namespace

KeySetIdentifier
KeySetIdentifier::Make(KsiType type, unsigned value, const std::string& input)
{
    if (value > 7)
    {
        throw CryptoError(input, "key set identifier value is 3 bits (0..7), got "
                                     + std::to_string(value));
    }
    return KeySetIdentifier{type, static_cast<uint8_t>(value)};
}

KeySetIdentifier
KeySetIdentifier::FromNibble(unsigned nibble, const std::string& input)
{
    if (nibble > 0x0f)
    {
        throw CryptoError(input, "key set identifier is 4 bits (TSC || value), got "
                                     + std::to_string(nibble));
    }
    return KeySetIdentifier{(nibble & 0x08) ? KsiType::kMapped : KsiType::kNative,
                            static_cast<uint8_t>(nibble & 0x07)};
}

Eksi
MapNgksiToEksi(const Ngksi& ngksi, EksiTypeRule rule)
{
    RefuseNoKey(ngksi, "ngksi");
    return Eksi{rule == EksiTypeRule::kSetMapped ? KsiType::kMapped : ngksi.type, ngksi.value};
}

uint8_t
MapEksiToKsiSrvcc(const Eksi& eksi)
{
    RefuseNoKey(eksi, "eksi");
    return eksi.value;
}

uint8_t
MapNgksiToKsiSrvcc(const Ngksi& ngksi)
{
    RefuseNoKey(ngksi, "ngksi");
    return ngksi.value;
}

} // namespace srvcc
