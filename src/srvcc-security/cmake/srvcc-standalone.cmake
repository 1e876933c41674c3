# The module built from this project's top-level CMakeLists.txt, against an installed ns-3
# (find_package(ns3) there): libraries, programs, tests, benchmarks and the installed package.
# The file lists are in ../CMakeLists.txt.
include(GNUInstallDirs)

# ---- srvcc-crypto -------------------------------------------------------------------------------
add_library(srvcc-crypto STATIC ${srvcc_crypto_sources} ${srvcc_crypto_headers})
add_library(srvcc::crypto ALIAS srvcc-crypto)
target_include_directories(srvcc-crypto PUBLIC $<BUILD_INTERFACE:${CMAKE_CURRENT_SOURCE_DIR}/crypto>
                                               $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
target_link_libraries(srvcc-crypto PUBLIC OpenSSL::Crypto)
target_compile_options(srvcc-crypto PRIVATE ${SRVCC_WARNING_FLAGS})
set_target_properties(srvcc-crypto PROPERTIES POSITION_INDEPENDENT_CODE ON EXPORT_NAME crypto)

add_executable(srvcc-crypto-test ${srvcc_crypto_test_sources} ${srvcc_crypto_test_headers})
target_link_libraries(srvcc-crypto-test PRIVATE srvcc-crypto GTest::gtest GTest::gtest_main)
target_compile_options(srvcc-crypto-test PRIVATE ${SRVCC_WARNING_FLAGS})
include(GoogleTest)
gtest_discover_tests(srvcc-crypto-test TEST_PREFIX "crypto." DISCOVERY_TIMEOUT 60)

add_executable(srvcc-keys ${srvcc_keys_sources} ${srvcc_keys_headers})
target_include_directories(srvcc-keys PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/sim)
target_link_libraries(srvcc-keys PRIVATE srvcc-crypto Boost::json)
target_compile_options(srvcc-keys PRIVATE ${SRVCC_WARNING_FLAGS})
set_target_properties(srvcc-keys PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR})

if(SRVCC_WITH_BENCHMARKS)
  add_executable(srvcc-crypto-bench ${srvcc_bench_sources} ${srvcc_bench_headers})
  target_link_libraries(srvcc-crypto-bench PRIVATE srvcc-crypto benchmark::benchmark)
  target_compile_options(srvcc-crypto-bench PRIVATE ${SRVCC_WARNING_FLAGS})
  set_target_properties(srvcc-crypto-bench PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR})
endif()

install(TARGETS srvcc-crypto EXPORT srvcc-security-targets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(FILES ${srvcc_crypto_headers} DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/srvcc)
install(TARGETS srvcc-keys RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

if(NOT SRVCC_WITH_NS3)
  return()
endif()

# ---- the ns-3 module ------------------------------------------------------------------------
# Public headers are used as "ns3/<name>.h", as those of an installed ns-3 module; the copies
# in the build tree are refreshed when a header changes (configure_file tracks its input).
set(srvcc_ns3_include_dir ${PROJECT_BINARY_DIR}/include)
set(srvcc_module_headers ${srvcc_model_headers} ${srvcc_helper_headers})
foreach(header ${srvcc_module_headers})
  get_filename_component(name ${header} NAME)
  configure_file(${header} ${srvcc_ns3_include_dir}/ns3/${name} COPYONLY)
endforeach()
# ns3/srvcc-security-module.h, the module header ns-3 writes for every module.
set(module_header_text "// The srvcc-security module: every public header of the ns-3 module.\n")
string(APPEND module_header_text "#ifndef NS3_MODULE_SRVCC_SECURITY\n#define NS3_MODULE_SRVCC_SECURITY\n")
foreach(header ${srvcc_module_headers})
  get_filename_component(name ${header} NAME)
  string(APPEND module_header_text "#include \"${name}\"\n")
endforeach()
string(APPEND module_header_text "#endif\n")
file(GENERATE OUTPUT ${srvcc_ns3_include_dir}/ns3/srvcc-security-module.h
     CONTENT "${module_header_text}")

add_library(ns3-srvcc-security SHARED ${srvcc_model_sources} ${srvcc_model_headers}
                                      ${srvcc_helper_sources} ${srvcc_helper_headers})
add_library(srvcc::srvcc-security ALIAS ns3-srvcc-security)
target_include_directories(ns3-srvcc-security PUBLIC $<BUILD_INTERFACE:${srvcc_ns3_include_dir}>
                                                     $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
target_link_libraries(ns3-srvcc-security PUBLIC srvcc-crypto ns3::libcore ns3::libnetwork
                      ns3::libinternet ns3::libpoint-to-point ns3::libapplications)
target_compile_options(ns3-srvcc-security PRIVATE ${SRVCC_WARNING_FLAGS})
target_compile_definitions(ns3-srvcc-security PRIVATE NS3_MODULE_COMPILATION ${SRVCC_NS3_DEFINITIONS})
set_target_properties(ns3-srvcc-security PROPERTIES EXPORT_NAME srvcc-security
                      VERSION ${PROJECT_VERSION} SOVERSION ${PROJECT_VERSION_MAJOR})

# ---- the program layer ----------------------------------------------------------------------
add_library(srvcc-sim-library SHARED ${srvcc_sim_sources} ${srvcc_sim_headers})
add_library(srvcc::sim ALIAS srvcc-sim-library)
target_include_directories(srvcc-sim-library PUBLIC $<BUILD_INTERFACE:${CMAKE_CURRENT_SOURCE_DIR}/sim>
                                                    $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
target_link_libraries(srvcc-sim-library PUBLIC ns3-srvcc-security Boost::json)
target_compile_options(srvcc-sim-library PRIVATE ${SRVCC_WARNING_FLAGS})
target_compile_definitions(srvcc-sim-library PRIVATE ${SRVCC_NS3_DEFINITIONS})
set_target_properties(srvcc-sim-library PROPERTIES OUTPUT_NAME srvcc-sim EXPORT_NAME sim
                      VERSION ${PROJECT_VERSION} SOVERSION ${PROJECT_VERSION_MAJOR})

add_executable(srvcc-sim ${srvcc_sim_program_sources})
target_link_libraries(srvcc-sim PRIVATE srvcc-sim-library)
target_compile_options(srvcc-sim PRIVATE ${SRVCC_WARNING_FLAGS})
set_target_properties(srvcc-sim PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR})

# ---- ns-3 TestSuites ----------------------------------------------------------------------------
add_executable(srvcc-test-runner ${srvcc_test_runner_sources} ${srvcc_ns3_test_sources}
                                 ${srvcc_ns3_test_headers} ${srvcc_sim_test_sources})
target_link_libraries(srvcc-test-runner PRIVATE ns3-srvcc-security srvcc-sim-library)
target_compile_definitions(srvcc-test-runner PRIVATE SRVCC_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
                                                     ${SRVCC_NS3_DEFINITIONS})
target_compile_options(srvcc-test-runner PRIVATE ${SRVCC_WARNING_FLAGS})
set_target_properties(srvcc-test-runner PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR})
foreach(suite ${srvcc_ns3_test_suites})
  add_test(NAME ns3.${suite} COMMAND srvcc-test-runner --suite=${suite} --verbose
           WORKING_DIRECTORY ${PROJECT_BINARY_DIR})
  set_tests_properties(ns3.${suite} PROPERTIES FAIL_REGULAR_EXPRESSION "FAIL")
endforeach()

add_subdirectory(examples)

# ---- installed package: find_package(srvcc-security) -> srvcc::crypto, srvcc::srvcc-security,
# srvcc::sim ------------------------------------------------------------------------------------
install(TARGETS ns3-srvcc-security srvcc-sim-library EXPORT srvcc-security-targets
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(FILES ${srvcc_module_headers} ${srvcc_ns3_include_dir}/ns3/srvcc-security-module.h
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/ns3)
install(FILES ${srvcc_sim_headers} DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/srvcc-sim)
install(TARGETS srvcc-sim RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
