# srvcc-sim refuses bad command-line input before it sets anything up: exit status 2, one line
# on stderr naming the option or field, and no output directory created; and it survives what a
# run may meet (applications stopped mid-handover).
#
#   cmake -DSIM=<srvcc-sim> -DWORK=<scratch directory> -P check-srvcc-sim-input.cmake
if(NOT SIM OR NOT WORK)
  message(FATAL_ERROR "SIM and WORK must be set")
endif()
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
file(WRITE "${WORK}/escape.json" "{\"name\": \"../../../escaped\"}\n")

set(problems "")
# refuse(<expected stderr regex> <arguments...>)
function(refuse expected)
  execute_process(COMMAND "${SIM}" ${ARGN} WORKING_DIRECTORY "${WORK}"
                  RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
  string(STRIP "${err}" err)
  if(NOT status EQUAL 2)
    string(APPEND problems "  ${ARGN}: exit status ${status}, expected 2 (stderr: ${err})\n")
  elseif(NOT err MATCHES "${expected}")
    string(APPEND problems "  ${ARGN}: stderr \"${err}\" does not match \"${expected}\"\n")
  endif()
  set(problems "${problems}" PARENT_SCOPE)
endfunction()

refuse("^srvcc-sim: --numUes: found \"-1\", expected a whole number of UEs, 1 to 1000000$" --numUes=-1)
refuse("^srvcc-sim: --numUes: found \"1000001\", expected a whole number of UEs, 1 to 1000000$" --numUes=1000001)
refuse("^srvcc-sim: --numUes: found \"ten\", expected a whole number of UEs, 1 to 1000000$" --numUes=ten)
refuse("^srvcc-sim: --numUes: found \"0\"" --numUes=0)
refuse("^srvcc-sim: unexpected argument \"extra\": every option is --name=value \\(see --help\\)$" extra)
refuse("^srvcc-sim: --validate: found \"bogus\", expected queueing, retransmission or all$" --validate=bogus)
refuse("^srvcc-sim: --quick: only with --validate$" --quick=true)
refuse("^srvcc-sim: --validate: runs its own scenarios; drop --scenario, --profile and --numUes$"
       --validate=queueing --numUes=3)
refuse("^srvcc-sim: escape.json: name: found \"\\.\\./\\.\\./\\.\\./escaped\", expected 1 to 100 letters" --scenario=escape.json)

# Input the run must survive: the applications stopped mid-handover (ns-3's StopTime) and a
# seed that overflows a double. The first runs to the end with its result; the second is
# refused, naming the field.
execute_process(COMMAND "${SIM}" --numUes=4 --outputDir=${WORK}/stopped
                        --ns3::Application::StopTime=1.002s
                WORKING_DIRECTORY "${WORK}" RESULT_VARIABLE status OUTPUT_VARIABLE out
                ERROR_VARIABLE err)
if(NOT status EQUAL 0 OR NOT out MATCHES "0/4 handovers completed, 4 failed"
   OR NOT EXISTS "${WORK}/stopped/summary.json")
  string(APPEND problems "  StopTime=1.002s: exit status ${status}, stdout ${out} stderr ${err}\n")
endif()
file(REMOVE_RECURSE "${WORK}/stopped")
file(WRITE "${WORK}/overflow.json" "{\"seed\": 1e400}\n")
refuse("^srvcc-sim: overflow.json: seed: found inf \\(a number\\), expected a whole number"
       --scenario=overflow.json)
file(REMOVE "${WORK}/overflow.json")

file(GLOB left RELATIVE "${WORK}" "${WORK}/*" "${WORK}/.*")
list(REMOVE_ITEM left escape.json)
if(left)
  string(APPEND problems "  left in ${WORK}: ${left}\n")
endif()
get_filename_component(above "${WORK}/../.." ABSOLUTE) # results/../../../escaped from WORK
if(EXISTS "${above}/escaped")
  string(APPEND problems "  a directory was written outside: ${above}/escaped\n")
endif()
if(problems)
  message(FATAL_ERROR "srvcc-sim accepted bad input:\n${problems}")
endif()
message(STATUS "srvcc-sim refused every bad input")
