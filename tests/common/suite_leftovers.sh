#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The suite's own check that it leaves nothing behind. Every test runs with
# TMPDIR set to one folder of this build (RUN_DIR), so what a test creates, and
# every process it starts, is recognisable as this run's, not another run's on
# the same machine.
#   suite_leftovers.sh setup RUN_DIR    empty RUN_DIR before the tests
#   suite_leftovers.sh cleanup RUN_DIR  fail if a baocao-* folder or file, or a
#                                       process started by the tests, is left;
#                                       end such processes, then remove RUN_DIR
# BAOCAO_KEEP_TEST_DIRS=1 keeps the folders (and RUN_DIR) and says where.
set -uo pipefail
mode=${1:?setup or cleanup}
run_dir=${2:?run folder}
keep=${BAOCAO_KEEP_TEST_DIRS:-0}
[ "$keep" = 0 ] && keep=

# Processes that belong to this run: started with TMPDIR=RUN_DIR, or naming
# RUN_DIR on their command line (Dovecot clears its environment), or working
# inside it (Dovecot's helpers). This script and its own children are not.
# Bash builtins only: a fork per process would take seconds on a busy machine.
run_processes() {
    local proc pid ppid key value entry words here=$PWD
    for proc in /proc/[0-9]*; do
        pid=${proc#/proc/}
        [ "$pid" = "$$" ] && continue
        ppid=
        while read -r key value; do
            [ "$key" = "PPid:" ] && { ppid=$value; break; }
        done 2>/dev/null < "$proc/status"
        [ "$ppid" = "$$" ] && continue
        words=()
        mapfile -d "" -t words 2>/dev/null < "$proc/environ"
        for entry in "${words[@]}"; do
            [ "$entry" = "TMPDIR=$run_dir" ] && { echo "$pid"; continue 2; }
        done
        words=()
        mapfile -d "" -t words 2>/dev/null < "$proc/cmdline"
        for entry in "${words[@]}"; do
            case "$entry" in *"$run_dir"/*) echo "$pid"; continue 2 ;; esac
        done
        if cd -P "$proc/cwd" 2>/dev/null; then
            case "$PWD/" in "$run_dir"/*) echo "$pid" ;; esac
            cd "$here" || return 1
        fi
    done
}

describe() {
    local pid=$1
    printf '  pid %s: %s\n' "$pid" "$(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null)"
}

case "$mode" in
setup)
    # Whatever an earlier, interrupted run of this build left is reported
    # and cleared, so it is not blamed on this run.
    stale=$(run_processes)
    if [ -n "$stale" ]; then
        echo "ending processes an earlier run of this build left:"
        for pid in $stale; do describe "$pid"; kill -KILL "$pid" 2>/dev/null; done
    fi
    rm -rf -- "$run_dir"
    mkdir -p -- "$run_dir"
    ;;
cleanup)
    status=0
    left=$(run_processes)
    if [ -n "$left" ]; then
        # A test's own cleanup may still be under way in a test that ended
        # just now; give it a moment before calling the processes left over.
        sleep 2
        left=$(run_processes)
    fi
    if [ -n "$left" ]; then
        echo "FAIL: processes started by the tests are still running:"
        for pid in $left; do describe "$pid"; done
        for pid in $left; do kill -KILL "$pid" 2>/dev/null; done
        status=1
    fi
    shopt -s nullglob
    files=("$run_dir"/baocao-*)
    if [ ${#files[@]} -gt 0 ] && [ -n "$keep" ]; then
        echo "kept ${#files[@]} temporary folders or files (BAOCAO_KEEP_TEST_DIRS):"
        printf '  %s\n' "${files[@]}"
    elif [ ${#files[@]} -gt 0 ]; then
        echo "FAIL: the tests left ${#files[@]} temporary folders or files:"
        printf '  %s\n' "${files[@]}"
        status=1
    fi
    if [ -n "$keep" ]; then
        echo "kept the run's temporary folder: $run_dir"
    else
        rm -rf -- "$run_dir"
    fi
    [ $status = 0 ] && echo "nothing left behind in $run_dir"
    exit $status
    ;;
*)
    echo "usage: $0 setup|cleanup RUN_DIR" >&2
    exit 2
    ;;
esac
