# Runs srvcc-minimal with NS_LOG naming the AMF's and the MSC server's log components and checks
# what the module logged: with SRVCC_ENABLE_LOGS (NS3_LOG_ENABLE) both roles' lines, the AMF's
# with the time prefix it asked for, and no key in full; without it, no line at all (the
# statements are compiled out) and the run unchanged.
#
#   cmake -DPROGRAM=<srvcc-minimal> -DLOGS=ON|OFF -P check-ns-log.cmake
if(NOT PROGRAM)
  message(FATAL_ERROR "PROGRAM not set")
endif()

# Component names must be registered ones: ns-3 aborts on an unknown name in NS_LOG.
set(ENV{NS_LOG} "SrvccAmfApplication=level_info|prefix_time:SrvccMscServerApplication=level_info")
execute_process(COMMAND ${PROGRAM} RESULT_VARIABLE status OUTPUT_VARIABLE out
                ERROR_VARIABLE log TIMEOUT 120)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${status} under NS_LOG=$ENV{NS_LOG}:\n${log}")
endif()
if(NOT out MATCHES "checks the MAC-I of UE 0: keys match")
  message(FATAL_ERROR "the handover did not complete under NS_LOG:\n${out}")
endif()

# The AMF (prefix_time: "+1.001100720s ...") and the MSC server (no prefix), each with the
# message it received and a state transition of its own.
set(expected
    "\\+[0-9.]+s node [0-9]+ receives N2 Handover Required on n2 for UE 0\n"
    "\\+[0-9.]+s UE 0: SRVCC handover preparation starts at the AMF"
    "\\+[0-9.]+s node [0-9]+ derives KASME_SRVCC \\(TS 33.501 A.21\\) for UE 0\n"
    "\nnode [0-9]+ receives SRVCC PS to CS Request on sv for UE 0\n"
    "\nnode [0-9]+ creates security context msc-srvcc for UE 0\n"
    "\nUE 0: MAC-I verified at the target RNC, SRVCC context active\n")
set(problems "")
if(LOGS)
  foreach(pattern ${expected})
    if(NOT log MATCHES "${pattern}")
      string(APPEND problems "  no log line matching '${pattern}'\n")
    endif()
  endforeach()
  # Other components stay silent: only the two named ones log.
  if(log MATCHES "receives NR MobilityFromNRCommand")
    string(APPEND problems "  the UE's component logged without being named in NS_LOG\n")
  endif()
else()
  if(log MATCHES "receives N2 Handover Required|receives SRVCC PS to CS Request")
    string(APPEND problems "  log lines although SRVCC_ENABLE_LOGS is OFF\n")
  endif()
endif()
# Key material is never logged in full: no run of 32 hex digits (a 128-bit key or more).
if(log MATCHES "[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]")
  string(APPEND problems "  a key (32 hex digits) in the log\n")
endif()
if(problems)
  message(FATAL_ERROR "NS_LOG=$ENV{NS_LOG} (SRVCC_ENABLE_LOGS=${LOGS}):\n${problems}log:\n${log}")
endif()
string(REGEX MATCHALL "\n" lines "${log}")
list(LENGTH lines n)
message(STATUS "NS_LOG check passed (SRVCC_ENABLE_LOGS=${LOGS}, ${n} log lines)")
