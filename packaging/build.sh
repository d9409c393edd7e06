#!/usr/bin/env bash
# Build the one-folder bundle dist/tillitverkstad/ from a clean checkout (Linux; macOS works
# the same way). Needs Python 3.11+ with venv; on Debian/Ubuntu also python3-venv.
#
#     packaging/build.sh            # build, then run the bundle's --version and --self-test
#     PYTHON=python3.12 packaging/build.sh
#
# The virtual environment lives in build/venv and is reused by later runs.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
VENV=build/venv
started=$(date +%s)

if [[ ! -x "$VENV/bin/python" ]]; then
  "$PYTHON" -m venv "$VENV"
fi
# A regular (not editable) install, so the bundle gets exactly what a user would.
"$VENV/bin/pip" install -q --upgrade pip
"$VENV/bin/pip" install -q . "pyinstaller>=6.5"

"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --workpath build/pyinstaller --distpath dist packaging/tillitverkstad.spec

bundle=dist/tillitverkstad
exe="$bundle/tillitverkstad"
elapsed=$(( $(date +%s) - started ))
echo "bundle: $bundle ($(du -sh "$bundle" | cut -f1), $(find "$bundle" -type f | wc -l) files)"
echo "built in $((elapsed / 60)) min $((elapsed % 60)) s"

# What a user gets must work: version from the package metadata, then the headless
# self-test (demo workshop, data package, PDF). A failed self-test fails the build.
"$exe" --version
"$exe" --self-test
