# The ns-3 module library must stay a plain ns-3 module: no Boost.JSON (that is the program
# layer's, srvcc-sim-library) and no way to start a process. Reads the dynamic section and
# the undefined dynamic symbols of LIBRARY:
#   cmake -DLIBRARY=<libns3-srvcc-security.so> -DREADELF=<readelf> -DNM=<nm> -P check-module-deps.cmake
foreach(var LIBRARY READELF NM)
  if(NOT ${var})
    message(FATAL_ERROR "check-module-deps: -D${var}=... is required")
  endif()
endforeach()
if(NOT EXISTS "${LIBRARY}")
  message(FATAL_ERROR "check-module-deps: no library at ${LIBRARY}")
endif()

execute_process(COMMAND ${READELF} -d --wide ${LIBRARY} OUTPUT_VARIABLE dynamic
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "check-module-deps: ${READELF} -d ${LIBRARY} failed: ${err}")
endif()
string(REGEX MATCHALL "\\(NEEDED\\)[^\n]*\\[[^]\n]+\\]" needed_lines "${dynamic}")
set(needed)
foreach(line ${needed_lines})
  string(REGEX REPLACE ".*\\[([^]]+)\\]$" "\\1" name "${line}")
  list(APPEND needed ${name})
endforeach()
# The parse must have found the ns-3 core library the module is built on, or it read nothing.
if(NOT needed MATCHES "libns3[^;]*-core")
  message(FATAL_ERROR "check-module-deps: no ns-3 core library among the NEEDED entries "
                      "of ${LIBRARY} (found: ${needed}); cannot judge its dependencies")
endif()
set(problems)
foreach(name ${needed})
  if(name MATCHES "boost_json")
    list(APPEND problems "links ${name} (NEEDED)")
  endif()
endforeach()

# -C demangles, so boost::json symbols show by namespace; C functions are not mangled.
execute_process(COMMAND ${NM} -D -u -C ${LIBRARY} OUTPUT_VARIABLE undefined
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "check-module-deps: ${NM} -D -u ${LIBRARY} failed: ${err}")
endif()
string(REPLACE "\n" ";" undefined_lines "${undefined}")
set(symbol_count 0)
set(ns3_symbols 0)
foreach(line ${undefined_lines})
  # "                 U name@VERSION" or "                 w name"
  if(NOT line MATCHES "^[ \t]*[UwvV][ \t]+(.+)$")
    continue()
  endif()
  set(symbol "${CMAKE_MATCH_1}")
  math(EXPR symbol_count "${symbol_count} + 1")
  string(REGEX REPLACE "@.*$" "" bare "${symbol}")
  if(bare MATCHES "^ns3::")
    math(EXPR ns3_symbols "${ns3_symbols} + 1")
  endif()
  if(bare MATCHES "boost::json::")
    list(APPEND problems "uses ${bare}")
  endif()
  if(bare MATCHES "^(_Fork|fork|vfork|clone|clone3|execv|execve|execvp|execvpe|execveat|fexecve|execl|execle|execlp|system|popen|posix_spawn|posix_spawnp)$")
    list(APPEND problems "can start a process: ${bare}")
  endif()
endforeach()
if(ns3_symbols EQUAL 0)
  message(FATAL_ERROR "check-module-deps: no undefined ns3:: symbol in ${NM} -D -u -C output "
                      "of ${LIBRARY}; cannot judge its symbols")
endif()

if(problems)
  list(JOIN problems "\n  " text)
  message(FATAL_ERROR "check-module-deps: ${LIBRARY}:\n  ${text}")
endif()
list(LENGTH needed needed_count)
message(STATUS "module deps: ${needed_count} NEEDED (no boost_json), ${symbol_count} undefined "
               "symbols (no boost::json, none that starts a process)")
