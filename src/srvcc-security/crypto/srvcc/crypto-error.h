/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Errors of the srvcc-security crypto core.
 */
#ifndef SRVCC_CRYPTO_ERROR_H
#define SRVCC_CRYPTO_ERROR_H

#include <stdexcept>
#include <string>

namespace srvcc
{

/**
 * Raised for every input the crypto core refuses (wrong key length, value out of range,
 * malformed hex). The message always starts with the name of the input that is wrong, so
 * that a caller (a CLI option, a scenario field, a message decoder) can pass it on as is.
 */
class CryptoError : public std::invalid_argument
{
  public:
    CryptoError(const std::string& input, const std::string& problem)
        : std::invalid_argument(input + ": " + problem), m_input(input)
    {
    }

    /** \return the name of the offending input (e.g. "kamf", "dl-nas-count"). */
    const std::string&
    Input() const
    {
        return m_input;
    }

  private:
    std::string m_input;
};

/**
 * Raised when OpenSSL itself fails (allocation, provider missing). Not an input error.
 */
class CryptoBackendError : public std::runtime_error
{
  public:
    explicit CryptoBackendError(const std::string& what) : std::runtime_error("OpenSSL: " + what) {}
};

} // namespace srvcc

#endif // SRVCC_CRYPTO_ERROR_H
