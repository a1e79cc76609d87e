# SPDX-License-Identifier: Apache-2.0
# Warnings and sanitizers for every target of the project.
add_compile_options(-Wall -Wextra)
if(BAOCAO_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
if(BAOCAO_FUZZ)
  # Every library gets coverage instrumentation; the fuzz targets link libFuzzer's main.
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "BAOCAO_FUZZ needs clang: configure with -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()

# The baocao command allocates and frees many small strings per report;
# mimalloc does that faster than the C library's allocator (about 8% of a
# run, bench/run.sh). Linking it is enough: its malloc takes precedence for
# the whole process. Sanitizer builds keep their own allocator.
option(BAOCAO_MIMALLOC "Link the baocao command with mimalloc when it is installed" ON)
if(BAOCAO_MIMALLOC AND NOT BAOCAO_SANITIZE AND NOT BAOCAO_FUZZ)
  find_library(BAOCAO_MIMALLOC_LIBRARY NAMES mimalloc)
  if(NOT BAOCAO_MIMALLOC_LIBRARY)
    message(STATUS "mimalloc not found (libmimalloc-dev): the baocao command uses the C library's allocator")
  endif()
endif()
