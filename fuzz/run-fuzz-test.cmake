# One fuzz.<target> ctest: the harness from seed 1 over the seed corpus and the inputs that
# once crashed it (REGRESSIONS, fuzz/regressions/<target>/, when there is one), RUNS inputs at
# most (and SECONDS at most). New inputs go to WORK, emptied first, so the seed corpus stays as
# the fixture made it and every run starts from the same inputs.
#
#   cmake -DHARNESS=<exe> -DCORPUS=<dir> [-DREGRESSIONS=<dir>] -DWORK=<dir> -DRUNS=<n>
#         -DSECONDS=<s> -P run-fuzz-test.cmake
get_filename_component(target ${CORPUS} NAME)
file(GLOB seeds ${CORPUS}/*)
list(LENGTH seeds seed_count)
if(seed_count EQUAL 0)
  message(FATAL_ERROR "fuzz-test ${target}: the seed corpus ${CORPUS} is empty or missing")
endif()
set(regressions)
if(REGRESSIONS AND IS_DIRECTORY ${REGRESSIONS})
  set(regressions ${REGRESSIONS})
endif()
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/new ${WORK}/artifacts)
execute_process(COMMAND ${HARNESS} -seed=1 -runs=${RUNS} -max_total_time=${SECONDS}
                        -print_final_stats=1 -artifact_prefix=${WORK}/artifacts/
                        ${WORK}/new ${CORPUS} ${regressions}
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out)
string(REGEX MATCH "stat::number_of_executed_units: ([0-9]+)" executed "${out}")
set(units ${CMAKE_MATCH_1})
if(NOT result EQUAL 0 OR NOT units)
  file(GLOB artifacts ${WORK}/artifacts/*)
  message("${out}")
  message(FATAL_ERROR "fuzz-test ${target}: exit ${result}, artifacts: ${artifacts}")
endif()
message("fuzz-test ${target}: ${units} inputs, no crash (${seed_count} seeds)")
