/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The subcommands of srvcc-keys: each declares its options and computes a JSON object with
 * the crypto core (members in the order they are printed). No cryptography lives here.
 */
#ifndef SRVCC_KEY_COMMANDS_H
#define SRVCC_KEY_COMMANDS_H

#include "cli-options.h"

#include <boost/json/object.hpp>
#include <string>
#include <vector>

namespace srvcc
{

struct KeyCommand
{
    std::string name;
    std::string summary;
    std::vector<OptionSpec> options;
    boost::json::object (*run)(const CliOptions& options);
};

/** Every subcommand, in the order the usage text lists them. */
const std::vector<KeyCommand>& KeyCommands();

/** \return the subcommand called \p name, or nullptr. */
const KeyCommand* FindKeyCommand(const std::string& name);

/** "milenage, aka, ..." for error messages. */
std::string KeyCommandNames();

} // namespace srvcc

#endif // SRVCC_KEY_COMMANDS_H
