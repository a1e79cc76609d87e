# SPDX-License-Identifier: Apache-2.0
# Run at every build (cmake -P): writes the source commit into OUT when it
# changed, so `baocao --version` names the commit the binary was built from.
# SOURCE_DIR and OUT are given with -D. Without git, BAOCAO_COMMIT from the
# environment names it (a source tarball), else "unknown".
set(commit "unknown")
if(DEFINED ENV{BAOCAO_COMMIT})
  set(commit "$ENV{BAOCAO_COMMIT}")
else()
  find_package(Git QUIET)
  if(GIT_FOUND)
    execute_process(COMMAND ${GIT_EXECUTABLE} -C ${SOURCE_DIR} rev-parse --short=12 HEAD
      OUTPUT_VARIABLE head OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE head_failed)
    if(NOT head_failed AND head)
      set(commit "${head}")
      execute_process(COMMAND ${GIT_EXECUTABLE} -C ${SOURCE_DIR} diff-index --quiet HEAD --
        RESULT_VARIABLE dirty ERROR_QUIET)
      if(dirty)
        string(APPEND commit "-modified")
      endif()
    endif()
  endif()
endif()
set(content "// Written by cmake/BaocaoCommit.cmake at build time.\nextern const char* const baocao_build_commit;\nconst char* const baocao_build_commit = \"${commit}\";\n")
if(EXISTS ${OUT})
  file(READ ${OUT} old)
endif()
if(NOT "${old}" STREQUAL "${content}")
  file(WRITE ${OUT} "${content}")
endif()
