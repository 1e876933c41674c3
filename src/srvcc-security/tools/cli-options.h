/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Command-line options of srvcc-keys: "--name VALUE" or "--name=VALUE", each checked against
 * the subcommand's list so that an unknown or missing option is named in the error.
 */
#ifndef SRVCC_CLI_OPTIONS_H
#define SRVCC_CLI_OPTIONS_H

#include "srvcc-sim/srvcc-program-error.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace srvcc
{

/**
 * A usage error (an unknown, missing, repeated or bad option, naming it): one of the program
 * layer's srvcc::ProgramError, so srvcc-keys prints its message on one line and exits with
 * status 2.
 */
class UsageError : public ProgramError
{
  public:
    using ProgramError::ProgramError;
};

/** One option a subcommand accepts: its name (without "--") and what its value must be. */
struct OptionSpec
{
    std::string name;
    std::string expected; ///< e.g. "64 hex digits (32 octets)", shown when it is missing or bad
    bool required;
};

class CliOptions
{
  public:
    /**
     * Parse argv[first..argc) against \p specs.
     * \throws UsageError for an unknown option, a repeated one, one without a value, or a
     *         missing required one
     */
    CliOptions(int argc, char** argv, int first, std::vector<OptionSpec> specs);

    bool Has(const std::string& name) const;

    /** The raw text of a given option. */
    const std::string& Text(const std::string& name) const;

    /** The text of an option, or \p fallback when it was not given. */
    std::string TextOr(const std::string& name, const std::string& fallback) const;

    /**
     * An unsigned number, decimal or 0x-prefixed hex, in [0, max].
     * \throws UsageError naming the option and the expected range
     */
    uint64_t Number(const std::string& name, uint64_t max) const;

    /** Number(), or \p fallback when the option was not given. */
    uint64_t NumberOr(const std::string& name, uint64_t max, uint64_t fallback) const;

    /** The option's spec, for error messages. */
    const OptionSpec& Spec(const std::string& name) const;

  private:
    std::vector<OptionSpec> m_specs;
    std::map<std::string, std::string> m_values;
};

} // namespace srvcc

#endif // SRVCC_CLI_OPTIONS_H
