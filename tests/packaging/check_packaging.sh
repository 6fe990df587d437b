#!/usr/bin/env bash
# The files the packages ship pass the checks a distribution runs on them,
# and the man pages keep up with the programs:
#   - the systemd unit's exposure (systemd-analyze security) is at most 2.0;
#   - the desktop entry passes desktop-file-validate, the AppStream data
#     appstreamcli validate;
#   - every man page renders without a warning, and names every option its
#     program's --help (or usage) lists, and no other;
#   - every program says its version with --version.
# Usage: check_packaging.sh SOURCE_DIR BINARY_DIR VERSION
set -uo pipefail
source_dir="$1"
binaries="$2"
version="$3"
packaging="$source_dir/packaging"
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
need() {
    command -v "$1" >/dev/null || fail "$1 is missing (scripts/dev deps installs it)"
}
need systemd-analyze
need desktop-file-validate
need appstreamcli
need man

# The unit, under its own name (systemd-analyze reads the type from it).
unit_dir="$(mktemp -d)"
trap 'rm -rf "$unit_dir"' EXIT
cp "$packaging/tresen-server.service" "$unit_dir/"
if ! (cd "$unit_dir" && systemd-analyze security --offline=true --threshold=20 \
    tresen-server.service >"$unit_dir/security.txt" 2>&1); then
    fail "tresen-server.service is more exposed than 2.0:"
    tail -1 "$unit_dir/security.txt"
fi

desktop-file-validate "$packaging/de.tresen.Tresen.desktop" || fail "the desktop entry"
appstreamcli validate --no-net "$packaging/de.tresen.Tresen.metainfo.xml" >"$unit_dir/as.txt" 2>&1 ||
    { cat "$unit_dir/as.txt"; fail "the AppStream metainfo"; }

# Options a program lists: --name tokens of its help or usage text.
options_of() {
    "$@" 2>&1 | grep -oE -- '--[a-z][a-z-]+' | grep -vE -- '^--(help-all)$' | sort -u
}
check_page() { # PAGE PROGRAM [ARGS...]
    local page="$packaging/man/$1"
    shift
    local warnings
    warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)"
    [ -z "$warnings" ] || fail "$page renders with warnings: $warnings"
    local source
    source="$(sed 's/\\-/-/g' "$page")"
    local option listed
    listed="$(options_of "$@")"
    for option in $listed; do
        grep -qF -- "$option" <<<"$source" || fail "$page does not name $option"
    done
    # ...and names none the program no longer has (--help and --version
    # every program takes).
    for option in $(grep -oE -- '--[a-z][a-z-]+' <<<"$source" | sort -u); do
        case "$option" in --help | --version) continue ;; esac
        grep -qxF -- "$option" <<<"$listed" || fail "$page names $option, which the program does not list"
    done
}
export QT_QPA_PLATFORM=offscreen
check_page tresen.1 "$binaries/tresen" --help
check_page tresen-display.1 "$binaries/tresen-display" --help
check_page tresen-scan.1 "$binaries/tresen-scan" --help
check_page tresen-sim.1 "$binaries/tresen-sim" --help
check_page tresen-server.8 "$binaries/tresen-server"

for program in tresen tresen-display tresen-scan tresen-sim tresen-server; do
    said="$("$binaries/$program" --version 2>/dev/null)"
    grep -qF "$program $version" <<<"$said" || fail "$program --version says \"$said\""
done

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "every packaging check passed"
