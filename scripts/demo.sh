#!/bin/sh
# Sets up and builds Roundtable, then opens it on a fresh demo workshop.
set -eu
cd "$(dirname "$0")/.."
./scripts/setup.sh
exec ./build/app/roundtable --demo
