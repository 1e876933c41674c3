# A sweep as jobs (doc/sweeps.md, "Sweeps on a cluster"), through GNU parallel: srvcc-sim
# --emit-jobs on test/sweep-jobs.json (4 points x 2 replications, 6 UEs, loss on N2), every line
# of jobs.txt run by parallel from another directory, srvcc-sim --merge, and the merged sweep.csv
# compared with the one of the same sweep run in one process: byte for byte apart from the
# wall-clock times (compare-sweep-csv.cmake), and the plot data byte for byte. Then the merge of
# a job directory that holds the in-process sweep's own run directories, whose sweep.csv must be
# the in-process one byte for byte, wall times included (one aggregation, exact values). Then
# what a merge must refuse: a job's result deleted (the message names the job and its
# directory, and no sweep.csv is written), a run without its sweep-run.json, a broken or
# mismatched manifest, a directory that is not a job directory, and bad option combinations.
#
#   cmake -DSIM=<srvcc-sim> -DPARALLEL=<parallel> -DSCENARIO=<test/sweep-jobs.json>
#         -DWORK=<scratch directory> -DCOMPARE=<compare-sweep-csv.cmake> -P check-sweep-jobs.cmake
foreach(v SIM SCENARIO WORK COMPARE)
  if(NOT ${v})
    message(FATAL_ERROR "${v} not set")
  endif()
endforeach()
if(NOT PARALLEL OR NOT EXISTS "${PARALLEL}")
  message(FATAL_ERROR "GNU parallel not found (install the Debian package parallel, as "
                      "scripts/dev.sh does)")
endif()
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/elsewhere")
set(options --numUes=6) # the jobs must get it too: a 6-UE sweep is not the file's 8-UE one

# sim(<name> <expected status> <args...>): runs srvcc-sim in WORK; ${name}_out, ${name}_err.
function(sim name expected)
  execute_process(COMMAND "${SIM}" ${ARGN} WORKING_DIRECTORY "${WORK}"
                  RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT status EQUAL expected)
    message(FATAL_ERROR "srvcc-sim ${ARGN}: exit status ${status}, expected ${expected}\n"
                        "stdout: ${out}\nstderr: ${err}")
  endif()
  set(${name}_out "${out}" PARENT_SCOPE)
  set(${name}_err "${err}" PARENT_SCOPE)
endfunction()

function(require text regex what)
  if(NOT text MATCHES "${regex}")
    message(FATAL_ERROR "${what}: \"${text}\" does not match \"${regex}\"")
  endif()
endfunction()

function(same_bytes a b what)
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${a}" "${b}" RESULT_VARIABLE differ)
  if(differ)
    file(READ "${a}" ta)
    file(READ "${b}" tb)
    message(FATAL_ERROR "${what}: ${b} differs from ${a}\n--- ${a}\n${ta}--- ${b}\n${tb}")
  endif()
endfunction()

# ---- the sweep in one process, the reference -------------------------------------------------
sim(inproc 0 --scenario=${SCENARIO} ${options} --outputDir=${WORK}/in-process)
require("${inproc_out}" "4 points x 2 replications = 8 runs" "in-process sweep")

# ---- emit, run every job with GNU parallel from another directory, merge ------------------
sim(emit 0 --scenario=${SCENARIO} ${options} --emit-jobs=jobs)
require("${emit_out}" "= 8 jobs -> ${WORK}/jobs/jobs.txt" "emit-jobs")
foreach(f jobs.txt sweep.sbatch manifest.json scenario/sweep-jobs.json)
  if(NOT EXISTS "${WORK}/jobs/${f}")
    message(FATAL_ERROR "--emit-jobs did not write ${WORK}/jobs/${f}")
  endif()
endforeach()
file(STRINGS "${WORK}/jobs/jobs.txt" lines)
list(LENGTH lines n)
if(NOT n EQUAL 8)
  message(FATAL_ERROR "jobs.txt: ${n} lines, expected 8 (4 points x 2 replications)")
endif()
list(GET lines 3 line)
require("${line}" "^${SIM} --scenario=${WORK}/jobs/scenario/sweep-jobs.json --outputDir=${WORK}/jobs --point=1 --replication=1 --numUes=6$"
        "jobs.txt line 4 (job 3): absolute paths, point 1, replication 1, the options")
file(READ "${WORK}/jobs/manifest.json" manifest)
require("${manifest}" "\"job\": 3, \"point\": 1, \"replication\": 1, \"rng_seed\": 3, \"rng_run\": 8, \"directory\": \"point-1/run-8\""
        "manifest.json: job 3 with its RNG run (run 7 + replication 1)")
require("${manifest}" "\"values\": {\"profile\": \"ts33501\", \"links.sv.delay_ms\": 20}"
        "manifest.json: point 1 with its values")

# --will-cite: parallel's citation notice would otherwise wait for an answer.
execute_process(COMMAND "${PARALLEL}" --will-cite -j 2 INPUT_FILE "${WORK}/jobs/jobs.txt"
                WORKING_DIRECTORY "${WORK}/elsewhere"
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "parallel < jobs.txt: exit status ${status} (failed jobs)\n${out}\n${err}")
endif()
string(REGEX MATCHALL "srvcc-sim: sweep-jobs point [0-9]" done "${out}")
list(LENGTH done n)
if(NOT n EQUAL 8)
  message(FATAL_ERROR "parallel ran ${n} jobs, expected 8:\n${out}\n${err}")
endif()

sim(merge 0 --merge=${WORK}/jobs)
require("${merge_out}" "sweep sweep-jobs: 4 points x 2 replications = 8 runs" "merge")
execute_process(COMMAND ${CMAKE_COMMAND} -DEXPECTED=${WORK}/in-process/sweep.csv
                        -DACTUAL=${WORK}/jobs/sweep.csv -DMUST_VARY=completed_ratio -P ${COMPARE}
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "merged sweep.csv:\n${out}${err}")
endif()
message(STATUS "${out}")
file(GLOB data RELATIVE "${WORK}/in-process/plots" "${WORK}/in-process/plots/*.dat")
list(LENGTH data n)
if(n LESS 4)
  message(FATAL_ERROR "in-process plots: ${n} data files, expected the CDFs and the vs-plots")
endif()
foreach(f ${data})
  same_bytes("${WORK}/in-process/plots/${f}" "${WORK}/jobs/plots/${f}" "plot data")
endforeach()

# ---- the same aggregation: a merge of the in-process sweep's own runs, wall times and all -----
sim(emit2 0 --scenario=${SCENARIO} ${options} --emit-jobs=jobs-in-process)
sim(inproc2 0 --scenario=${SCENARIO} ${options} --outputDir=${WORK}/jobs-in-process --plots=false)
file(RENAME "${WORK}/jobs-in-process/sweep.csv" "${WORK}/in-process-sweep.csv")
sim(merge2 0 --merge=jobs-in-process --plots=false)
same_bytes("${WORK}/in-process-sweep.csv" "${WORK}/jobs-in-process/sweep.csv"
           "merge of the in-process runs")

# ---- a partial directory: the message names what is missing, nothing is written --------------
file(REMOVE "${WORK}/jobs/sweep.csv")
file(REMOVE_RECURSE "${WORK}/jobs/point-1/run-8") # job 3
file(REMOVE "${WORK}/jobs/point-3/run-7/sweep-run.json") # job 6
# Job 0 as a killed Slurm task leaves it: a hidden partial run directory and a log.
file(REMOVE_RECURSE "${WORK}/jobs/point-0/run-7")
file(MAKE_DIRECTORY "${WORK}/jobs/point-0/.run-7.partial-99999-0")
file(WRITE "${WORK}/jobs/logs/job-0.log" "slurmstepd: error: *** JOB 12 CANCELLED ***\n")
sim(partial 2 --merge=${WORK}/jobs)
string(STRIP "${partial_err}" partial_err)
require("${partial_err}" "^srvcc-sim: ${WORK}/jobs: 3 of 8 job results missing or unusable, nothing merged: "
        "partial merge: the count")
require("${partial_err}" "job 0 \\(point 0: profile=ts33501, links\\.sv\\.delay_ms=5; replication 0, RngRun 7\\): ${WORK}/jobs/point-0/run-7/sweep-run\\.json: missing \\(no run directory ${WORK}/jobs/point-0/run-7: the job was stopped half-way, leaving ${WORK}/jobs/point-0/\\.run-7\\.partial-99999-0\\), see ${WORK}/jobs/logs/job-0\\.log"
        "partial merge: a killed job, its partial directory and its log")
require("${partial_err}" "job 3 \\(point 1: profile=ts33501, links\\.sv\\.delay_ms=20; replication 1, RngRun 8\\): ${WORK}/jobs/point-1/run-8/sweep-run\\.json: missing \\(no run directory ${WORK}/jobs/point-1/run-8: the job did not run, or failed\\)"
        "partial merge: the deleted job, its point, RNG run and directory")
require("${partial_err}" "job 6 \\(point 3: profile=sol1\\.2, links\\.sv\\.delay_ms=20; replication 0, RngRun 7\\): ${WORK}/jobs/point-3/run-7/sweep-run\\.json: missing \\(the run directory is there without it"
        "partial merge: the run without its result")
require("${partial_err}" "Run those jobs again \\(job n is line n \\+ 1 of ${WORK}/jobs/jobs\\.txt\\)"
        "partial merge: what to do")
if(EXISTS "${WORK}/jobs/sweep.csv")
  message(FATAL_ERROR "a partial merge wrote ${WORK}/jobs/sweep.csv")
endif()
# Jobs 0, 3 and 6 run again by their lines of jobs.txt: the merge completes.
foreach(j 0 3 6)
  list(GET lines ${j} line)
  separate_arguments(job UNIX_COMMAND "${line}")
  execute_process(COMMAND ${job} RESULT_VARIABLE status OUTPUT_QUIET)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "job ${j} again (${line}): exit status ${status}")
  endif()
endforeach()
sim(again 0 --merge=${WORK}/jobs --plots=false)
execute_process(COMMAND ${CMAKE_COMMAND} -DEXPECTED=${WORK}/in-process/sweep.csv
                        -DACTUAL=${WORK}/jobs/sweep.csv -P ${COMPARE} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "merge after re-running jobs 0, 3 and 6 differs")
endif()

# ---- what is not a job directory, or a broken one -------------------------------------------
sim(nodir 2 --merge=${WORK}/no-such-dir)
require("${nodir_err}" "^srvcc-sim: ${WORK}/no-such-dir: no such directory, expected a job directory written by srvcc-sim --emit-jobs\n$"
        "merge of a missing directory")
sim(plain 2 --merge=${WORK}/in-process)
require("${plain_err}" "^srvcc-sim: ${WORK}/in-process/manifest\\.json: cannot read the file: it does not exist \\(expected a job directory"
        "merge of a directory without a manifest")
file(COPY "${WORK}/jobs/scenario" DESTINATION "${WORK}/broken")
file(WRITE "${WORK}/broken/manifest.json" "{\"format\": \"srvcc-sim-jobs/1\", \"jobs\": [\n")
sim(broken 2 --merge=${WORK}/broken)
require("${broken_err}" "^srvcc-sim: ${WORK}/broken/manifest\\.json: line [0-9]+, column [0-9]+: malformed JSON"
        "merge of a truncated manifest")
string(REPLACE "\"rng_run\": 8, \"directory\": \"point-1/run-8\"" "\"rng_run\": 9, \"directory\": \"point-1/run-8\""
       edited "${manifest}")
file(WRITE "${WORK}/broken/manifest.json" "${edited}")
sim(mismatch 2 --merge=${WORK}/broken)
require("${mismatch_err}" "^srvcc-sim: ${WORK}/broken/manifest\\.json: jobs\\[3\\]\\.rng_run: found 9 \\(a number\\), expected 8 \\(the RngRun of point 1, replication 1 of scenario/sweep-jobs\\.json\\)\n$"
        "merge of a manifest that does not match its scenario")

# ---- options that do not go together --------------------------------------------------------
sim(extra 2 --merge=${WORK}/jobs --numUes=6)
require("${extra_err}" "^srvcc-sim: --numUes: not used with --merge" "--merge with --numUes")
sim(full 2 --scenario=${SCENARIO} --emit-jobs=jobs)
require("${full_err}" "^srvcc-sim: --emit-jobs: ${WORK}/jobs: is not empty" "--emit-jobs into a used directory")
sim(noscenario 2 --emit-jobs=jobs-none)
require("${noscenario_err}" "^srvcc-sim: --emit-jobs: expected --scenario=<sweep file>" "--emit-jobs without --scenario")
get_filename_component(test_dir "${SCENARIO}" DIRECTORY)
sim(single 2 --scenario=${test_dir}/../scenarios/default.json --emit-jobs=jobs-none)
require("${single_err}" "^srvcc-sim: --emit-jobs: expected a sweep .*, a single run\n$" "--emit-jobs of a single run")
sim(onlypoint 2 --scenario=${SCENARIO} --point=1)
require("${onlypoint_err}" "^srvcc-sim: --point: expected --point and --replication together" "--point alone")
sim(range 2 --scenario=${SCENARIO} --point=4 --replication=0)
require("${range_err}" "^srvcc-sim: --point: found \"4\", expected a point of the sweep, 0 to 3\n$" "--point out of range")
sim(unknown 1 --emit-job=jobs-none)
require("${unknown_err}${unknown_out}" "Invalid command-line argument: --emit-job=jobs-none" "a misspelt option")
if(EXISTS "${WORK}/jobs-none")
  message(FATAL_ERROR "a refused --emit-jobs wrote ${WORK}/jobs-none")
endif()
message(STATUS "sweep jobs: 8 jobs through GNU parallel merged into the in-process sweep.csv; "
               "partial, broken and mismatched job directories refused")
