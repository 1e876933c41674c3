# Fails when the CMake lists and the wscript of a directory disagree about its sources and
# headers, or name a file that is not on disk, or when a .cc/.h on disk is listed in neither.
#
#   cmake -DROOT=<project root> -P test/check-build-lists.cmake
#
# The wscript serves ns-3 trees that still build with waf; CMake is the build that is tested,
# so this check is what keeps the two in step.
cmake_policy(SET CMP0057 NEW) # IN_LIST
if(NOT ROOT)
  message(FATAL_ERROR "ROOT not set")
endif()

set(problems "")

function(extract_files file out)
  file(READ "${file}" text)
  # Drop comments so a file mentioned in a comment does not count.
  string(REGEX REPLACE "#[^\n]*" "" text "${text}")
  # A path ends at a quote, a comma, white space or a parenthesis ("x.hpp" is not "x.h").
  string(REGEX MATCHALL "[A-Za-z0-9_./-]+\\.(cc|h)[]'\",)\t\n ]" matches "${text}\n")
  set(found "")
  foreach(m ${matches})
    string(REGEX REPLACE ".$" "" m "${m}")
    list(APPEND found "${m}")
  endforeach()
  list(REMOVE_DUPLICATES found)
  list(SORT found)
  set(${out} "${found}" PARENT_SCOPE)
endfunction()

# Each directory with its own CMakeLists.txt and wscript; a directory's files on disk do not
# include those of a listed subdirectory.
set(dirs src/srvcc-security src/srvcc-security/examples)
foreach(dir ${dirs})
  set(base "${ROOT}/${dir}")
  extract_files("${base}/CMakeLists.txt" in_cmake)
  extract_files("${base}/wscript" in_waf)
  file(GLOB_RECURSE on_disk RELATIVE "${base}" "${base}/*.cc" "${base}/*.h")
  foreach(sub ${dirs})
    string(FIND "${sub}" "${dir}/" at)
    if(at EQUAL 0)
      string(LENGTH "${dir}/" skip)
      string(SUBSTRING "${sub}" ${skip} -1 rel)
      list(FILTER on_disk EXCLUDE REGEX "^${rel}/")
    endif()
  endforeach()
  list(SORT on_disk)
  foreach(f ${in_cmake})
    if(NOT f IN_LIST in_waf)
      string(APPEND problems "  ${dir}/${f}: in CMakeLists.txt, not in wscript\n")
    endif()
    if(NOT EXISTS "${base}/${f}")
      string(APPEND problems "  ${dir}/${f}: listed in CMakeLists.txt, not on disk\n")
    endif()
  endforeach()
  foreach(f ${in_waf})
    if(NOT f IN_LIST in_cmake)
      string(APPEND problems "  ${dir}/${f}: in wscript, not in CMakeLists.txt\n")
    endif()
    if(NOT EXISTS "${base}/${f}")
      string(APPEND problems "  ${dir}/${f}: listed in wscript, not on disk\n")
    endif()
  endforeach()
  foreach(f ${on_disk})
    if(NOT f IN_LIST in_cmake AND NOT f IN_LIST in_waf)
      string(APPEND problems "  ${dir}/${f}: on disk, listed in neither build\n")
    endif()
  endforeach()
  list(LENGTH in_cmake n)
  message(STATUS "${dir}: ${n} files listed in CMakeLists.txt")
endforeach()

if(problems)
  message(FATAL_ERROR "build lists out of sync:\n${problems}")
endif()
message(STATUS "build lists in sync")
