#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the Debian package, installs it into a bare Debian 12 root and runs
# the demo there with the installed binary, as an administrator would:
#
#   sudo bash tests/deb-install.sh [ROOT]
#
# ROOT: a folder made with `debootstrap --variant=minbase bookworm ROOT
# http://deb.debian.org/debian` to start from (it is copied, never changed);
# without it one is made (a few minutes). Needs root, debootstrap and the
# network (apt fetches the package's dependencies from the Debian mirror).
# The package is built in build-deb/ beside this checkout's build/. The
# installed run's result.json and compliance.csv must equal, byte for byte,
# those of the same build run from the build tree. Not run by CI: too slow.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
base_root=${1:-}
mirror=${BAOCAO_DEBIAN_MIRROR:-http://deb.debian.org/debian}
[[ $(id -u) -eq 0 ]] || { echo "deb-install: run as root (chroot, mount, debootstrap)" >&2; exit 2; }

work=$(mktemp -d /tmp/baocao-deb-install.XXXXXX)
root=$work/root
cleanup() {
    umount "$root/proc" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

echo "== building the package"
build=$here/build-deb
nice cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr \
    -DBAOCAO_BUILD_TESTS=OFF -DBAOCAO_BUILD_BENCH=OFF \
    $(command -v ccache >/dev/null && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache) >/dev/null
nice cmake --build "$build" -j"$(nproc)" >/dev/null
(cd "$build" && cpack -G DEB >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls -t "$build"/baocao_*.deb | head -n1)
echo "package: $deb"
dpkg-deb --field "$deb" Package Version Architecture Depends
dpkg-deb --contents "$deb" | awk '{print $6}' | grep -v '/$' | grep -v '^./usr/include/\|cmake/baocao/'

echo "== a bare Debian 12 root"
if [[ -n $base_root ]]; then
    [[ -f $base_root/etc/debian_version ]] || { echo "deb-install: $base_root is not a Debian root" >&2; exit 2; }
    cp -a "$base_root" "$root"
else
    debootstrap --variant=minbase bookworm "$root" "$mirror" >/dev/null
fi
echo "Debian $(cat "$root/etc/debian_version")"
mount -t proc proc "$root/proc"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/baocao.deb"
cp -a "$here/samples/demo" "$root/tmp/demo"

echo "== installing the package with apt"
chroot "$root" apt-get update -qq
DEBIAN_FRONTEND=noninteractive chroot "$root" apt-get install -y -qq --no-install-recommends /tmp/baocao.deb \
    >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; exit 1; }
chroot "$root" dpkg -s baocao | grep -E '^(Status|Version):'
for f in /usr/bin/baocao /etc/baocao/config.json /usr/share/baocao/synonyms.json \
         /usr/share/baocao/indicators.json /usr/share/baocao/draft-template.docx \
         /usr/share/man/man1/baocao.1.gz /usr/share/bash-completion/completions/baocao \
         /lib/systemd/system/baocao-fetch.service /lib/systemd/system/baocao-fetch.timer; do
    [[ -e $root$f ]] || { echo "missing in the installed system: $f" >&2; exit 1; }
done
echo "installed files: present"
chroot "$root" baocao --version
chroot "$root" baocao plugins | sed 's/  */ /g'
if chroot "$root" baocao plugins | grep -q '^refused'; then echo "a plugin was refused" >&2; exit 1; fi

echo "== the demo with the installed binary"
chroot "$root" sh -c 'cd /tmp/demo && baocao run --plan plan-99-KH-TU.docx --roster roster.json --out /tmp/out inbox'
ls -l "$root/tmp/out"

echo "== the same demo from the build tree"
(cd "$here/samples/demo" && "$build/bin/baocao" run -q --plan plan-99-KH-TU.docx --roster roster.json \
    --out "$work/build-out" inbox 2>/dev/null)
for f in result.json compliance.csv; do
    cmp "$root/tmp/out/$f" "$work/build-out/$f"
    echo "$f: identical to the build tree's"
done
echo "deb-install: PASS"
