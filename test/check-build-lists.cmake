# Fails when the CMake lists and the wscript of a directory disagree about its sources and
# headers, or name a file that is not on disk, or when a .cc/.h on disk is listed in neither.
# List by list, too: each set(srvcc_<name> ...) of CMakeLists.txt and the wscript's list
# srvcc_<name> = [...] (between its BEGIN/END FILE LISTS markers) hold the same entries, since
# both builds make their targets (module, tests, programs) from the lists of those names; a
# file moved from one list to another in only one build would build it into another target.
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

# The lists named srvcc_<name> in a CMakeLists.txt (set(...)) or in a wscript's marked block
# (srvcc_<name> = [...]): <out>_names holds the names, <out>_<name> the sorted entries.
function(extract_lists file kind out)
  file(READ "${file}" text)
  string(REGEX REPLACE "#[^\n]*" "" text "${text}")
  if(kind STREQUAL "cmake")
    string(REGEX MATCHALL "set\\(srvcc_[a-z0-9_]+[^)]*\\)" blocks "${text}")
  else()
    file(READ "${file}" text)
    string(FIND "${text}" "# BEGIN FILE LISTS" begin)
    string(FIND "${text}" "# END FILE LISTS" end)
    if(begin LESS 0 OR end LESS begin)
      set(${out}_names "" PARENT_SCOPE)
      return()
    endif()
    math(EXPR length "${end} - ${begin}")
    string(SUBSTRING "${text}" ${begin} ${length} text)
    string(REGEX REPLACE "#[^\n]*" "" text "${text}")
    string(REGEX MATCHALL "srvcc_[a-z0-9_]+ = \\[[^]]*\\]" blocks "${text}")
  endif()
  set(names "")
  foreach(block ${blocks})
    string(REGEX MATCH "srvcc_[a-z0-9_]+" name "${block}")
    string(REGEX REPLACE "^(set\\()?srvcc_[a-z0-9_]+( = \\[)?" "" body "${block}")
    string(REGEX REPLACE "[]'\",()]" " " body "${body}")
    string(REGEX MATCHALL "[^ \t\n]+" entries "${body}")
    list(SORT entries)
    list(APPEND names ${name})
    set(${out}_${name} "${entries}" PARENT_SCOPE)
  endforeach()
  set(${out}_names "${names}" PARENT_SCOPE)
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
  # List by list: a list in both must hold the same entries; a file list of CMakeLists.txt
  # must be in the wscript, and every list of the wscript's block in CMakeLists.txt.
  extract_lists("${base}/CMakeLists.txt" cmake cl)
  extract_lists("${base}/wscript" waf wl)
  foreach(name ${cl_names})
    if(name IN_LIST wl_names)
      if(NOT "${cl_${name}}" STREQUAL "${wl_${name}}")
        string(APPEND problems "  ${dir}: list ${name} differs: CMakeLists.txt has "
                               "'${cl_${name}}', wscript '${wl_${name}}'\n")
      endif()
    elseif("${cl_${name}}" MATCHES "\\.(cc|h)(;|$)")
      string(APPEND problems "  ${dir}: list ${name} is in CMakeLists.txt, not in wscript\n")
    endif()
  endforeach()
  foreach(name ${wl_names})
    if(NOT name IN_LIST cl_names)
      string(APPEND problems "  ${dir}: list ${name} is in wscript, not in CMakeLists.txt\n")
    endif()
  endforeach()
  list(LENGTH wl_names lists)

  list(LENGTH in_cmake n)
  message(STATUS "${dir}: ${n} files listed in CMakeLists.txt, ${lists} lists compared")
endforeach()

if(problems)
  message(FATAL_ERROR "build lists out of sync:\n${problems}")
endif()
message(STATUS "build lists in sync")
