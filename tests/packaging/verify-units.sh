#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The systemd units the package ships: `systemd-analyze verify` accepts them
# without a single warning, and they keep what an administrator relies on
# (a oneshot fetch, the password as a credential, a umask that keeps the
# archive from other users). The command they start is this build's binary.
# Usage: verify-units.sh PACKAGING_DIR BAOCAO_BINARY; exit 77 (skipped) without systemd-analyze.
set -euo pipefail
packaging=$1
binary=$2
if ! command -v systemd-analyze >/dev/null; then
    echo "skipped: systemd-analyze is not installed (Debian package systemd)"
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$packaging/baocao-fetch.service" "$packaging/baocao-fetch.timer" "$work/"
sed -i "s#/usr/bin/baocao#$binary#" "$work/baocao-fetch.service"

status=0
for want in '^Type=oneshot$' '^LoadCredential=mail-password:/etc/baocao/mail-password$' '^UMask=0027$' \
            'ExecStart=.* fetch .*--password-file %d/mail-password'; do
    grep -Eq "$want" "$work/baocao-fetch.service" || { echo "baocao-fetch.service lacks $want"; status=1; }
done
grep -Eq '^Unit=baocao-fetch.service$' "$work/baocao-fetch.timer" || { echo "the timer does not start the service"; status=1; }
grep -q 'BAOCAO_MAIL_PASSWORD\|Environment=.*PASSWORD' "$work/baocao-fetch.service" &&
    { echo "the password must not travel in the environment"; status=1; }

out=$(cd "$work" && systemd-analyze verify --man=no baocao-fetch.service baocao-fetch.timer 2>&1) || status=1
if [[ -n $out ]]; then
    echo "systemd-analyze verify:"
    echo "$out"
    status=1
fi
[[ $status -eq 0 ]] && echo "baocao-fetch.service and baocao-fetch.timer: verified"
exit $status
