# The module inside an ns-3 source tree (ns-3.36 or later, CMake): contrib/srvcc-security or
# src/srvcc-security. ns-3's build_lib builds the module, its examples (examples/) and its
# TestSuites, which ./test.py -s <suite> runs. The file lists are in ../CMakeLists.txt.
#
# Tests of the program layer read the project's scenarios/ and doc/: set SRVCC_PROJECT_DIR to
# the srvcc-security checkout when the module folder was copied out of it.
find_package(OpenSSL 3.0 REQUIRED)
find_package(Boost 1.81 REQUIRED COMPONENTS json)

set(SRVCC_PROJECT_DIR "${CMAKE_CURRENT_SOURCE_DIR}/../.."
    CACHE PATH "srvcc-security checkout (its scenarios/ and doc/ are test data)")
if(NOT EXISTS "${SRVCC_PROJECT_DIR}/scenarios/default.json")
  message(WARNING "srvcc-security: no scenarios/ in SRVCC_PROJECT_DIR (${SRVCC_PROJECT_DIR}); "
                  "the TestSuites srvcc-scenario, srvcc-attacks, srvcc-emergency and srvcc-sweep "
                  "will fail: configure with -DSRVCC_PROJECT_DIR=<srvcc-security checkout>")
endif()

# The crypto core: a static library of its own (no ns-3). Its headers are copied next to ns-3's
# (build/include/srvcc/), the include path every ns-3 target has, so that "srvcc/kdf.h" is
# found from the module's headers, examples and tests alike.
add_library(srvcc-crypto STATIC ${srvcc_crypto_sources})
target_include_directories(srvcc-crypto PUBLIC $<BUILD_INTERFACE:${CMAKE_CURRENT_SOURCE_DIR}/crypto>
                                              $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
target_link_libraries(srvcc-crypto PUBLIC OpenSSL::Crypto)
set_target_properties(srvcc-crypto PROPERTIES POSITION_INDEPENDENT_CODE ON)
foreach(header ${srvcc_crypto_headers})
  get_filename_component(name ${header} NAME)
  configure_file(${header} ${CMAKE_HEADER_OUTPUT_DIRECTORY}/../srvcc/${name} COPYONLY)
endforeach()
# build_lib links srvcc-crypto (not an ns-3 module) privately; a static library linked so is
# still part of the module's link interface, so ns-3's exported package must carry it too.
install(TARGETS srvcc-crypto EXPORT ns3ExportTargets ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(FILES ${srvcc_crypto_headers} DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/srvcc)

build_lib(
  LIBNAME srvcc-security
  SOURCE_FILES ${srvcc_model_sources} ${srvcc_helper_sources}
  HEADER_FILES ${srvcc_model_headers} ${srvcc_helper_headers}
  LIBRARIES_TO_LINK ${libcore} ${libnetwork} ${libinternet} ${libpoint-to-point}
                    ${libapplications} srvcc-crypto
  TEST_SOURCES ${srvcc_ns3_test_sources} ${srvcc_sim_test_sources}
)

# The program layer, as in the standalone build: a library of its own that the module does not
# link, and srvcc-sim (./ns3 run "srvcc-sim --scenario=...").
add_library(srvcc-sim-library SHARED ${srvcc_sim_sources})
target_include_directories(srvcc-sim-library PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/sim)
target_link_libraries(srvcc-sim-library PUBLIC ${libsrvcc-security} Boost::json)
set_target_properties(srvcc-sim-library PROPERTIES OUTPUT_NAME srvcc-sim)
string(REPLACE "${PROJECT_SOURCE_DIR}/" "" srvcc_folder "${CMAKE_CURRENT_SOURCE_DIR}")
build_exec(
  EXECNAME srvcc-sim
  SOURCE_FILES ${srvcc_sim_program_sources}
  LIBRARIES_TO_LINK srvcc-sim-library ${libsrvcc-security}
  EXECUTABLE_DIRECTORY_PATH ${CMAKE_RUNTIME_OUTPUT_DIRECTORY}/${srvcc_folder}
)

if(TARGET libsrvcc-security-test)
  # The test library build_lib made: the program layer's suites need srvcc-sim-library and
  # the project's data files. (build_lib linked it with the plain signature; so does this.)
  target_link_libraries(libsrvcc-security-test srvcc-sim-library)
  target_compile_definitions(libsrvcc-security-test PRIVATE
                             SRVCC_SOURCE_DIR="${SRVCC_PROJECT_DIR}")
endif()
