#!/bin/sh
# Install notadesk from this offline bundle. Needs no network.
#
#   sh install.sh [TARGET_DIR]      (default: $HOME/.local/opt/notadesk)
#
# It checks SHA256SUMS, creates a Python virtual environment in TARGET_DIR, installs notadesk
# and its dependencies from ./wheelhouse only (pip --no-index), and links the `notadesk`
# command into $HOME/.local/bin. Set PYTHON to choose the interpreter (3.11 or 3.12).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
target=${1:-"$HOME/.local/opt/notadesk"}

say() { printf 'notadesk install: %s\n' "$*"; }
die() { printf 'notadesk install: %s\n' "$*" >&2; exit 1; }

# 1. The bundle is intact.
if command -v sha256sum >/dev/null 2>&1; then
  (cd "$here" && sha256sum --quiet -c SHA256SUMS) \
    || die "a file in the bundle does not match SHA256SUMS; copy the bundle again."
  say "all files match SHA256SUMS"
else
  say "sha256sum is missing: the bundle's checksums were NOT checked"
fi

# 2. A Python the bundle has wheels for.
python=${PYTHON:-}
if [ -z "$python" ]; then
  # Try each candidate by running it: a name on PATH may be a shim that does not work.
  for candidate in python3.12 python3.11 python3; do
    if "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] not in ((3, 11), (3, 12)))' \
        >/dev/null 2>&1; then
      python=$candidate
      break
    fi
  done
fi
[ -n "$python" ] || die "no Python 3.11 or 3.12 found; install python3 and python3-venv."
version=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
case "$version" in
  3.11|3.12) ;;
  *) die "$python is Python $version; the bundle holds wheels for Python 3.11 and 3.12 only." ;;
esac
"$python" -c 'import venv, ensurepip' 2>/dev/null \
  || die "$python cannot create virtual environments; install the python3-venv package."

# 3. A fresh virtual environment, filled from the wheelhouse alone.
say "installing into $target with Python $version"
"$python" -m venv --clear "$target" || die "could not create a virtual environment in $target."
# pip reads no configuration file here: no index, mirror or constraint from the machine applies.
PIP_CONFIG_FILE=/dev/null "$target/bin/python" -m pip install --quiet --disable-pip-version-check --no-index \
  --find-links "$here/wheelhouse" notadesk \
  || die "pip could not install notadesk from the wheelhouse (see the message above)."
cp "$here/THIRD-PARTY-NOTICES.txt" "$target/THIRD-PARTY-NOTICES.txt"

# 4. The command on PATH.
mkdir -p "$HOME/.local/bin"
ln -sf "$target/bin/notadesk" "$HOME/.local/bin/notadesk"
"$target/bin/notadesk" --version >/dev/null || die "notadesk was installed but does not start."
say "done: $("$target/bin/notadesk" --version). Start it with: $HOME/.local/bin/notadesk"
