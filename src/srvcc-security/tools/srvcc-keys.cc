/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * srvcc-keys: the key calculator of the srvcc-security crypto core. Prints one JSON object
 * (lower-case hex) on stdout; on bad input prints one line naming the option on stderr and
 * exits with status 2. See doc/srvcc-keys.md.
 */
#include "cli-options.h"
#include "key-commands.h"
#include "srvcc/crypto-error.h"

#include <algorithm>
#include <cstring>
#include <iostream>

namespace
{

void
PrintUsage(std::ostream& os)
{
    os << "usage: srvcc-keys COMMAND [--option VALUE ...]\n\ncommands:\n";
    for (const srvcc::KeyCommand& c : srvcc::KeyCommands())
    {
        os << "  " << c.name << "\n     ";
        for (const srvcc::OptionSpec& s : c.options)
        {
            os << (s.required ? " --" : " [--") << s.name << (s.required ? "" : "]");
        }
        os << "\n     " << c.summary << "\n";
    }
}

} // namespace

int
main(int argc, char** argv)
{
    if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0)
    {
        PrintUsage(argc < 2 ? std::cerr : std::cout);
        return argc < 2 ? 2 : 0;
    }
    const srvcc::KeyCommand* command = srvcc::FindKeyCommand(argv[1]);
    if (command == nullptr)
    {
        std::cerr << "srvcc-keys: unknown command '" << argv[1] << "' (expected "
                  << srvcc::KeyCommandNames() << ")\n";
        return 2;
    }
    try
    {
        const srvcc::CliOptions options(argc, argv, 2, command->options);
        std::cout << command->run(options).ToString() << "\n";
        return 0;
    }
    catch (const srvcc::UsageError& e)
    {
        std::cerr << "srvcc-keys " << command->name << ": " << e.what() << "\n";
    }
    catch (const srvcc::CryptoError& e)
    {
        // Crypto-core inputs are named like the options that feed them; an input that is not an
        // option (e.g. "kdf parameter") is reported under its own name.
        const bool isOption = std::any_of(command->options.begin(), command->options.end(),
                                          [&e](const srvcc::OptionSpec& s)
                                          {
                                              return s.name == e.Input();
                                          });
        std::cerr << "srvcc-keys " << command->name << ": " << (isOption ? "--" : "") << e.what()
                  << "\n";
    }
    catch (const std::exception& e)
    {
        // Not the input's fault (e.g. OpenSSL failed): say so, with another exit status.
        std::cerr << "srvcc-keys " << command->name << ": internal error: " << e.what() << "\n";
        return 1;
    }
    return 2;
}
