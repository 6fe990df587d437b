#!/usr/bin/env bash
# The install check of `scripts/dev package --check`: the packages of
# build/packages/ in a clean bookworm root (mmdebstrap, from Debian's
# mirror), as a city's IT department would install them:
#   - both install (dependencies from the mirror, postinst makes the user);
#   - tresen-server starts with the unit's command line and the shipped
#     configuration (only the database: SQLite, there is no PostgreSQL in
#     the root) as the user tresen, and answers /api/v1/health;
#   - tresen-scan reads the codes of a test PDF;
#   - purge leaves none of the packages' files, the configuration or the
#     user behind, keeps /var/lib/tresen, and TRESEN_PURGE_DATA=yes takes
#     that too.
# Runs as root (chroot). Usage: install-check.sh ROOT_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
root="$1"
mirror="${TRESEN_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
security="${TRESEN_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}"
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
cleanup() {
    if [ -n "${server_pid:-}" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    local mount
    for mount in "$root/dev" "$root/proc"; do
        if mountpoint -q "$mount" && ! umount "$mount"; then
            echo "install check: $mount is still mounted: unmount it before the next run" >&2
            exit 1
        fi
    done
}
trap cleanup EXIT

for mount in "$root/dev" "$root/proc"; do
    if mountpoint -q "$mount" 2>/dev/null; then
        echo "install check: $mount is mounted from an earlier run: unmount it first" >&2
        exit 1
    fi
done
rm -rf --one-file-system "$root"
# The suites the packages were built against (their library versions).
mmdebstrap --quiet --variant=apt --include=ca-certificates,curl bookworm "$root" \
    "deb $mirror bookworm main" "deb $mirror bookworm-updates main" \
    "deb $security bookworm-security main"
mkdir -p "$root/tmp/packages"
cp build/packages/tresen_*_*.deb build/packages/tresen-server_*_*.deb "$root/tmp/packages/"
cp tests/fixtures/scan/notice.pdf "$root/tmp/notice.pdf"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
cp /etc/resolv.conf "$root/etc/resolv.conf"
in_root apt-get update -qq # mmdebstrap leaves no package lists behind

workstation="/tmp/packages/$(basename build/packages/tresen_*_*.deb)"
server="/tmp/packages/$(basename build/packages/tresen-server_*_*.deb)"
in_root apt-get install -y -qq --no-install-recommends "$workstation" "$server" >/dev/null
in_root getent passwd tresen >/dev/null || fail "postinst made no user tresen"
[ "$(stat -c %a "$root/var/lib/tresen")" = 700 ] || fail "/var/lib/tresen is not 0700"
[ "$(in_root stat -c %U /var/lib/tresen)" = tresen ] || fail "/var/lib/tresen is not tresen's"

# The unit's ExecStart, as the unit's user, with SQLite instead of PostgreSQL.
exec_start="$(sed -n 's/^ExecStart=//p' "$root/lib/systemd/system/tresen-server.service")"
chroot --userspec=tresen:tresen "$root" env -i PATH=/usr/bin:/bin HOME=/var/lib/tresen \
    $exec_start --database sqlite:/var/lib/tresen/tresen.db >"$root/tmp/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
    grep -q "listening on" "$root/tmp/server.log" && break
    sleep 0.2
done
health="$(in_root curl -sf http://127.0.0.1:8081/api/v1/health || true)"
grep -q '"status":"ok"' <<<"$health" || { cat "$root/tmp/server.log"; fail "no answer on /api/v1/health"; }
kill "$server_pid"
wait "$server_pid" || true
server_pid=""
[ -f "$root/var/lib/tresen/tresen.db" ] || fail "the server wrote no database into /var/lib/tresen"

codes="$(in_root tresen-scan /tmp/notice.pdf 2>&1 || true)"
grep -q "VG-2026-004711" <<<"$codes" || fail "tresen-scan did not read the fine notice: $codes"

owned="$(in_root dpkg -L tresen tresen-server | grep -v '^/\.$' | sort)"
in_root apt-get purge -y -qq tresen tresen-server >/dev/null 2>"$root/tmp/purge.log"
left=""
while read -r path; do
    # Directories the packages share with others (/usr/bin, /etc) stay.
    if [ -e "$root$path" ] && [ ! -d "$root$path" ]; then
        left+="$path "
    fi
done <<<"$owned"
[ -z "$left" ] || fail "purge left the packages' files: $left"
[ ! -e "$root/etc/tresen" ] || fail "purge left /etc/tresen"
! in_root getent passwd tresen >/dev/null || fail "purge left the user tresen"
[ -d "$root/var/lib/tresen" ] || fail "purge removed /var/lib/tresen without being asked"
[ "$(stat -c %U:%a "$root/var/lib/tresen")" = root:700 ] || fail "the kept data is not root's alone"
grep -q "kept /var/lib/tresen" "$root/tmp/purge.log" || fail "purge did not say it kept /var/lib/tresen"

# Once more, asked to take the data too.
in_root apt-get install -y -qq --no-install-recommends "$server" >/dev/null
in_root env TRESEN_PURGE_DATA=yes apt-get purge -y -qq tresen-server >/dev/null 2>&1
[ ! -e "$root/var/lib/tresen" ] || fail "TRESEN_PURGE_DATA=yes left /var/lib/tresen"

if [ "$failures" -gt 0 ]; then
    echo "install check: $failures failure(s)"
    exit 1
fi
echo "install check passed"
