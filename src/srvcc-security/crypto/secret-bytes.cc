/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The two OpenSSL calls SecretBytes needs, out of line so that its header does not need
 * OpenSSL's: a wipe the compiler cannot elide, and a constant-time comparison.
 */
#include "srvcc/secret-bytes.h"

#include <openssl/crypto.h>

namespace srvcc
{

void
SecureWipe(void* data, std::size_t length) noexcept
{
    OPENSSL_cleanse(data, length);
}

bool
ConstantTimeEqual(const void* a, const void* b, std::size_t length) noexcept
{
    return CRYPTO_memcmp(a, b, length) == 0;
}

} // namespace srvcc
