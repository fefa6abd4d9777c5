#!/bin/sh
# Smoke-test a standalone (PyInstaller) build of notadesk.
#
#   packaging/smoke_test.sh DIST_DIR        e.g. packaging/smoke_test.sh dist/notadesk
#
# Runs `--version`, `demo`, `list`, `render` (and reads the PDF back) and the window offscreen
# (`--smoke-test`: it opens, is shown, and quits) with a fresh data folder and HOME; inside a
# network namespace with no network (`unshare -n`) where the kernel allows it, and under strace
# where available, failing on any IP socket or name lookup. Also checks that the licence notices
# and the bundled resources are there. Prints one line per check; exits non-zero on any failure.
set -u

[ $# -eq 1 ] && [ -x "$1/notadesk" ] || { echo "usage: $0 DIST_DIR (holding notadesk)" >&2; exit 2; }
dist=$(cd "$1" && pwd)
exe="$dist/notadesk"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home"
export HOME="$work/home" NOTADESK_DATA_DIR="$work/data" QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS

wrap=""
if unshare -n true 2>/dev/null; then wrap="unshare -n"
elif unshare -rn true 2>/dev/null; then wrap="unshare -rn"
fi
trace=""
if command -v strace >/dev/null 2>&1 && strace -f -qq -o /dev/null true 2>/dev/null; then
  trace="strace -f -qq -e trace=socket,connect,openat -o $work/strace.log"
fi
echo "build: $dist"
tracing=none; [ -n "$trace" ] && tracing=strace
echo "isolation: ${wrap:-none (unshare not permitted)}; tracing: $tracing"

fails=0
check() {  # check NAME COMMAND...: run under the isolation, keep the output in $work/out
  name=$1; shift
  rm -f "$work/strace.log"
  if $wrap $trace "$@" >"$work/out" 2>&1; then status=ok; else status=FAIL; fi
  if [ -n "$trace" ] && grep -E 'socket\((AF|PF)_(INET6?|PACKET)|sa_family=AF_INET|"/etc/(resolv\.conf|hosts)"' \
      "$work/strace.log" | grep -v ENOENT >"$work/net"; then
    status=FAIL; echo "     IP socket or name lookup:"; sed 's/^/       /' "$work/net"
  fi
  [ $status = ok ] || { fails=$((fails + 1)); sed 's/^/       /' "$work/out" | tail -20; }
  printf '%-4s %s\n' "$status" "$name"
}
expect() {  # expect NAME PATTERN: the last check's output holds PATTERN
  if grep -q "$2" "$work/out"; then echo "ok   $1"; else echo "FAIL $1"; fails=$((fails + 1)); fi
}

check "--version" "$exe" --version
expect "version is printed" "^notadesk [0-9]"
check "demo" "$exe" demo
check "list" "$exe" list
expect "the reference nota is listed" "Min-BuZa.2022.240"
check "render" "$exe" render Min-BuZa.2022.240 -o "$work/nota.pdf"
if head -c 5 "$work/nota.pdf" 2>/dev/null | grep -q '%PDF-'; then echo "ok   render wrote a PDF"
else echo "FAIL render wrote a PDF"; fails=$((fails + 1)); fi
if command -v pdftotext >/dev/null 2>&1; then
  pdftotext "$work/nota.pdf" "$work/out" 2>/dev/null
  expect "the PDF holds the nota's text" "MINUSMA"
fi
check "window (offscreen)" "$exe" --smoke-test --screenshot "$work/window.png"
expect "the window was shown" "^window shown"
[ -s "$work/window.png" ] && echo "ok   window screenshot taken" \
  || { echo "FAIL window screenshot taken"; fails=$((fails + 1)); }
for f in THIRD-PARTY-NOTICES.txt; do
  [ -s "$dist/$f" ] && echo "ok   $f ships with the build" || { echo "FAIL $f missing"; fails=$((fails + 1)); }
done
ttf=$(find "$dist" -path '*notadesk/resources/fonts/*.ttf' | wc -l)
[ "$ttf" -gt 0 ] && echo "ok   fonts bundled ($ttf)" || { echo "FAIL no fonts bundled"; fails=$((fails + 1)); }

if [ $fails -eq 0 ]; then echo "smoke test passed"; else echo "smoke test FAILED ($fails)"; fi
[ $fails -eq 0 ]
