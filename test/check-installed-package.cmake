# The installed package, as a user gets it: installs the build tree BUILD into PREFIX, checks
# the files a user needs are there, builds installed-consumer/ against PREFIX with
# find_package(srvcc-security) and runs it (one handover; exits non-zero unless it completed),
# then runs the installed srvcc-sim and srvcc-keys (their RPATH finds the installed libraries).
#   cmake -DBUILD=<build dir> -DWORK=<scratch dir> -DSOURCE=<project dir> [-DGENERATOR=..]
#         -DLIBDIR=.. -DINCLUDEDIR=.. -DBINDIR=.. -DDATADIR=..
#         [-DCOMPILER=<c++>] [-DSANITIZE=ON] -P check-installed-package.cmake
# SANITIZE: the installed libraries carry AddressSanitizer/UBSan, so the consumer is built with
# the same flags (an uninstrumented program cannot load the ASan runtime after libc).
# COMPILER: the build's C++ compiler, also the consumer's: with SANITIZE the consumer must link
# the sanitizer runtime the libraries were instrumented for (clang's, not g++'s libasan).
foreach(var BUILD WORK SOURCE)
  if(NOT ${var})
    message(FATAL_ERROR "check-installed-package: -D${var}=... is required")
  endif()
endforeach()
set(prefix ${WORK}/prefix)
set(consumer_build ${WORK}/consumer-build)
file(REMOVE_RECURSE ${WORK})

function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "check-installed-package: ${what} failed (${rc}):\n${out}")
  endif()
  set(run_output "${out}" PARENT_SCOPE)
endfunction()

run("cmake --install" ${CMAKE_COMMAND} --install ${BUILD} --prefix ${prefix})

# The install directories the build used (GNUInstallDirs cannot tell them in script mode, where
# no target architecture is known).
foreach(dir LIBDIR INCLUDEDIR BINDIR DATADIR)
  if(NOT ${dir})
    message(FATAL_ERROR "check-installed-package: -D${dir}=... is required")
  endif()
  set(CMAKE_INSTALL_${dir} ${${dir}})
endforeach()
set(lib ${prefix}/${CMAKE_INSTALL_LIBDIR})
foreach(file
        ${lib}/libns3-srvcc-security.so
        ${lib}/libsrvcc-sim.so
        ${lib}/libsrvcc-crypto.a
        ${lib}/cmake/srvcc-security/srvcc-security-config.cmake
        ${lib}/cmake/srvcc-security/srvcc-security-config-version.cmake
        ${lib}/cmake/srvcc-security/srvcc-security-targets.cmake
        ${prefix}/${CMAKE_INSTALL_INCLUDEDIR}/ns3/srvcc-security-module.h
        ${prefix}/${CMAKE_INSTALL_INCLUDEDIR}/ns3/srvcc-helper.h
        ${prefix}/${CMAKE_INSTALL_INCLUDEDIR}/ns3/srvcc-stats-collector.h
        ${prefix}/${CMAKE_INSTALL_INCLUDEDIR}/ns3/gtpv2c-message.h
        ${prefix}/${CMAKE_INSTALL_INCLUDEDIR}/srvcc/kdf-ts33501.h
        ${prefix}/${CMAKE_INSTALL_INCLUDEDIR}/srvcc/secret-bytes.h
        ${prefix}/${CMAKE_INSTALL_INCLUDEDIR}/srvcc-sim/srvcc-scenario.h
        ${prefix}/${CMAKE_INSTALL_BINDIR}/srvcc-sim
        ${prefix}/${CMAKE_INSTALL_BINDIR}/srvcc-keys
        ${prefix}/${CMAKE_INSTALL_DATADIR}/srvcc-security/scenarios/default.json
        ${prefix}/${CMAKE_INSTALL_DATADIR}/doc/srvcc-security/README.md
        ${prefix}/${CMAKE_INSTALL_DATADIR}/doc/srvcc-security/building.md)
  if(NOT EXISTS ${file})
    message(FATAL_ERROR "check-installed-package: not installed: ${file}")
  endif()
endforeach()
# Every public header of the module is installed: the module header includes each by name.
file(STRINGS ${prefix}/${CMAKE_INSTALL_INCLUDEDIR}/ns3/srvcc-security-module.h includes
     REGEX "^#include ")
foreach(line ${includes})
  string(REGEX REPLACE "^#include \"(.+)\"$" "\\1" name "${line}")
  if(NOT EXISTS ${prefix}/${CMAKE_INSTALL_INCLUDEDIR}/ns3/${name})
    message(FATAL_ERROR "check-installed-package: srvcc-security-module.h includes ${name}, "
                        "which is not installed")
  endif()
endforeach()

set(generator_args)
if(GENERATOR)
  set(generator_args -G ${GENERATOR})
endif()
if(COMPILER)
  list(APPEND generator_args -DCMAKE_CXX_COMPILER=${COMPILER})
endif()
if(SANITIZE)
  list(APPEND generator_args "-DCMAKE_CXX_FLAGS=-fsanitize=address,undefined"
       "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined")
endif()
run("configuring installed-consumer" ${CMAKE_COMMAND} -S ${SOURCE}/test/installed-consumer
    -B ${consumer_build} ${generator_args} -DCMAKE_BUILD_TYPE=Release
    -DCMAKE_PREFIX_PATH=${prefix})
run("building installed-consumer" ${CMAKE_COMMAND} --build ${consumer_build})
run("running installed-consumer" ${consumer_build}/srvcc-installed-consumer)
message(STATUS "installed-consumer: ${run_output}")
if(NOT run_output MATCHES "handovers completed 1, failed 0")
  message(FATAL_ERROR "check-installed-package: installed-consumer printed no completed handover")
endif()

# The installed programs, run from the prefix: one scenario and one key derivation.
run("installed srvcc-sim" ${prefix}/${CMAKE_INSTALL_BINDIR}/srvcc-sim
    --scenario=${prefix}/${CMAKE_INSTALL_DATADIR}/srvcc-security/scenarios/default.json
    --outputDir=${WORK}/srvcc-sim-output)
if(NOT EXISTS ${WORK}/srvcc-sim-output/summary.json)
  message(FATAL_ERROR "check-installed-package: the installed srvcc-sim wrote no summary.json:\n"
                      "${run_output}")
endif()
run("installed srvcc-keys" ${prefix}/${CMAKE_INSTALL_BINDIR}/srvcc-keys --help)
message(STATUS "installed package: files, consumer, srvcc-sim and srvcc-keys from ${prefix}")
