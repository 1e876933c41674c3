/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * srvcc-keys: the key calculator of the srvcc-security crypto core. Prints one JSON object
 * (lower-case hex) on one line on stdout. Every error is caught once, in main: bad input (an
 * unknown command or option, a value the crypto core refuses) or an unwritable stdout prints
 * one line naming the option on stderr and exits with status 2; an internal error (OpenSSL
 * failing) exits with status 1. See doc/srvcc-keys.md.
 */
#include "cli-options.h"
#include "key-commands.h"
#include "srvcc-sim/srvcc-json-writer.h"
#include "srvcc/crypto-error.h"

#include <algorithm>
#include <cerrno>
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

/**
 * srvcc-keys itself; \p command is set as soon as the command is known (for error messages).
 * \return the exit status
 * \throws srvcc::ProgramError, srvcc::CryptoError for bad input; others when internal
 */
int
Run(int argc, char** argv, const srvcc::KeyCommand*& command)
{
    if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0)
    {
        PrintUsage(argc < 2 ? std::cerr : std::cout);
        return argc < 2 ? srvcc::kExitBadInput : 0;
    }
    command = srvcc::FindKeyCommand(argv[1]);
    if (command == nullptr)
    {
        throw srvcc::UsageError(std::string("unknown command '") + argv[1] + "' (expected "
                                + srvcc::KeyCommandNames() + ")");
    }
    const srvcc::CliOptions options(argc, argv, 2, command->options);
    const std::string json = srvcc::WriteJson(command->run(options));
    errno = 0;
    std::cout << json << "\n" << std::flush;
    if (!std::cout)
    {
        // The result is the program's only output: losing it must not look like success.
        throw srvcc::OutputError(std::string("stdout: cannot write the result: ")
                                 + (errno != 0 ? std::strerror(errno) : "write error"));
    }
    return 0;
}

} // namespace

int
main(int argc, char** argv)
{
    const srvcc::KeyCommand* command = nullptr;
    auto where = [&command]() -> std::string
    {
        return command == nullptr ? "srvcc-keys: " : "srvcc-keys " + command->name + ": ";
    };
    try
    {
        return Run(argc, argv, command);
    }
    catch (const srvcc::ProgramError& e)
    {
        std::cerr << where() << e.what() << "\n";
    }
    catch (const srvcc::CryptoError& e)
    {
        // Crypto-core inputs are named like the options that feed them; an input that is not an
        // option (e.g. "kdf parameter") is reported under its own name.
        const bool isOption = command != nullptr
                              && std::any_of(command->options.begin(), command->options.end(),
                                             [&e](const srvcc::OptionSpec& s)
                                             {
                                                 return s.name == e.Input();
                                             });
        std::cerr << where() << (isOption ? "--" : "") << e.what() << "\n";
    }
    catch (const std::exception& e)
    {
        // Not the input's fault (e.g. OpenSSL failed): say so, with another exit status.
        std::cerr << where() << "internal error: " << e.what() << "\n";
        return srvcc::kExitInternalError;
    }
    catch (...)
    {
        std::cerr << where() << "internal error: an exception of unknown type\n";
        return srvcc::kExitInternalError;
    }
    return srvcc::kExitBadInput;
}
