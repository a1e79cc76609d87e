#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs the README's two commands on a bare Debian 12, as a new user would:
# builds a minbase root with debootstrap, clones this repository's HEAD into it
# (without the shared corpus beside it, as in a user's clone), then runs
# `bash samples/demo.sh` and `bash tests/run.sh` inside it.
#
#   sudo bash tests/fresh-machine.sh [ROOT]
#
# Needs root, debootstrap and a Debian mirror (BAOCAO_FRESH_MIRROR, default
# deb.debian.org). Takes 30 to 60 minutes on two cores, so CI does not run it;
# run it before changing the build, the package lists or the scripts.
# BAOCAO_FRESH_STEPS="demo" runs the first command only; BAOCAO_FRESH_KEEP=1
# keeps the root afterwards (ROOT is always kept when given).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
mirror=${BAOCAO_FRESH_MIRROR:-http://deb.debian.org/debian}
steps=${BAOCAO_FRESH_STEPS:-demo tests}

[ "$(id -u)" -eq 0 ] || { echo "fresh-machine.sh: run as root (debootstrap and chroot need it)" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "fresh-machine.sh: install debootstrap first" >&2; exit 2; }
if [ -n "$(git -C "$here" status --porcelain --untracked-files=no)" ]; then
  echo "fresh-machine.sh: note: uncommitted changes are not tested, only HEAD ($(git -C "$here" rev-parse --short HEAD))" >&2
fi

if [ -n "${1:-}" ]; then
  root=$(realpath -m "$1"); keep=1
else
  root=$(mktemp -d /var/tmp/baocao-fresh.XXXXXX); keep=${BAOCAO_FRESH_KEEP:-0}
fi
# mktemp makes the folder 0700; as the root's "/" that would keep every other
# user out of the whole system (Dovecot's "nobody" in the fetch tests could not
# load libc). A machine's "/" is 0755.
chmod 755 "$root"
mounted=()
cleanup() {
  for ((i=${#mounted[@]}-1; i>=0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
  if [ "$keep" = 1 ]; then echo "fresh-machine.sh: the root stays in $root"; else rm -rf --one-file-system "$root"; fi
}
trap cleanup EXIT

log() { printf '\n== %s (%s) ==\n' "$1" "$(date -u +%H:%M:%S)"; }

if [ ! -x "$root/bin/bash" ]; then
  log "debootstrap --variant=minbase bookworm"
  # git is what the user installs to clone; nothing else beyond minbase.
  debootstrap --variant=minbase --include=git,ca-certificates bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 \
    || { tail -20 "$root.debootstrap.log"; exit 1; }
  rm -f "$root.debootstrap.log"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
# debootstrap writes no /etc/hosts; the Debian installer, cloud images and
# container runtimes all do, so a user's machine resolves "localhost" (the
# POP3S tests connect to it by the name their certificate carries).
[ -e "$root/etc/hosts" ] || printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' >"$root/etc/hosts"
for m in proc sys dev dev/pts; do
  mount --bind "/$m" "$root/$m"; mounted+=("$root/$m")
done

log "git clone"
rm -rf "$root/root/baocao"
git clone -q --no-local "$here" "$root/root/baocao"
git -C "$root/root/baocao" -c advice.detachedHead=false checkout -q "$(git -C "$here" rev-parse HEAD)"

run_in_root() {
  chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    bash -c "cd /root/baocao && $1"
}

status=0
for step in $steps; do
  case $step in
    demo)
      log "bash samples/demo.sh"
      start=$SECONDS
      set +e
      run_in_root "bash samples/demo.sh"
      rc=$?
      set -e
      echo "samples/demo.sh: exit $rc after $((SECONDS - start)) s"
      if [ $rc -eq 0 ]; then run_in_root "ls -l demo-output"; else status=1; fi
      ;;
    tests)
      log "bash tests/run.sh"
      start=$SECONDS
      out=$root/root/tests-run.log
      set +e
      run_in_root "bash tests/run.sh" >"$out" 2>&1
      rc=$?
      set -e
      grep -E 'tests passed|tests failed|Failed|\*\*\*' "$out" | tail -40 || true
      echo "tests/run.sh: exit $rc after $((SECONDS - start)) s (log: $out)"
      [ $rc -eq 0 ] || { status=1; keep=1; }
      ;;
    *) echo "fresh-machine.sh: unknown step $step" >&2; exit 2 ;;
  esac
  [ $status -eq 0 ] || break
done
[ $status -eq 0 ] && echo "fresh-machine.sh: the README's commands pass on a bare Debian 12" \
  || echo "fresh-machine.sh: FAILED"
exit $status
