#!/bin/sh
# Renders every page of the app on the demo file into docs/screenshots/.
set -eu
cd "$(dirname "$0")/.."
cmake --build build --target roundtable-screenshots
QT_QPA_PLATFORM=offscreen ./build/app/roundtable-screenshots docs/screenshots
