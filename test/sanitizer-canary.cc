/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Built only with SRVCC_SANITIZE: one read past the end of a heap buffer, which an instrumented
 * build must stop (the ctest expects the failure). It proves that the sanitizer build really
 * checks, so that its green suite means something.
 */
#include <cstdio>
#include <memory>

int
main(int argc, char*[])
{
    auto buffer = std::make_unique<unsigned char[]>(16);
    // argc + 15 is 16 when run without arguments: one past the end, unknown to the compiler.
    std::printf("%d\n", buffer[static_cast<unsigned>(argc) + 15]);
    return 0;
}
