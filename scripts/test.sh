#!/bin/sh
# Sets up and builds Roundtable, then runs the whole test suite (no display
# needed: the tests use Qt's offscreen platform).
set -eu
cd "$(dirname "$0")/.."
./scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure --parallel "$(nproc)"
