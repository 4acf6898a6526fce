#!/bin/sh
# Sets up and builds Roundtable, then runs the whole test suite (no display
# needed: the tests use Qt's offscreen platform), then builds the Debian
# package and tries the installed copy.
set -eu
cd "$(dirname "$0")/.."
./scripts/setup.sh
export QT_QPA_PLATFORM=offscreen

# A throwaway PostgreSQL cluster on a loopback port for the server backend's
# tests, stopped and removed however the run ends. Without one, those tests
# report "skipped", and this says so plainly.
pg_root="$(mktemp -d /tmp/roundtable-pg.XXXXXX)"
chmod 755 "$pg_root" # as root, the cluster runs as "postgres", which must reach it
pg_dir="$pg_root/cluster"
stop_cluster() {
  ./scripts/pg-cluster.sh stop "$pg_dir" >/dev/null 2>&1 || true
  rm -rf "$pg_root"
}
trap stop_cluster EXIT
# The first free port from ROUNDTABLE_PG_PORT (54329) on: another cluster may
# already listen there.
url=""
port="${ROUNDTABLE_PG_PORT:-54329}"
for attempt in 1 2 3 4 5 6 7 8 9 10; do
  if url="$(./scripts/pg-cluster.sh start "$pg_dir" "$port" 2>"$pg_root/start.log")"; then
    break
  fi
  url=""
  port=$((port + 1))
done
if [ -n "$url" ]; then
  export ROUNDTABLE_TEST_SERVER="$url"
  echo "Server-backend tests run against a throwaway PostgreSQL cluster: $url"
else
  cat "$pg_root/start.log" >&2 || true
  echo "*** PostgreSQL could not be started here: the server-backend tests will be SKIPPED. ***"
fi

ctest --test-dir build --output-on-failure --parallel "$(nproc)"

# The Debian package, built from ./build, installed on this machine, and the
# installed copy run: its version and the demo workshop's file check. A
# package that misses a file or a dependency fails here, not on a user's laptop.
rm -f build/roundtable_*.deb
(cd build && cpack -G DEB)
deb="$(ls build/roundtable_*.deb)"
dpkg-deb --info "$deb"
# sudo -n: a password prompt would hang an unattended run.
if [ "$(id -u)" -eq 0 ]; then as_root=""; else as_root="sudo -n"; fi
if [ -z "$as_root" ] || sudo -n true 2>/dev/null; then
  $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --reinstall "./$deb"
  /usr/bin/roundtable-cli --version
  demo_dir="$(mktemp -d /tmp/roundtable-deb.XXXXXX)"
  /usr/bin/roundtable-cli --database "$demo_dir/demo.roundtable" demo
  /usr/bin/roundtable-cli --database "$demo_dir/demo.roundtable" check
  rm -rf "$demo_dir"
  echo "The installed package works: $deb"
else
  echo "*** Neither root nor sudo without a password: $deb was built but NOT installed, and the installed copy was NOT tried. ***"
fi

# The roster importer's fuzz target, in a build tree of its own (core only,
# clang with libFuzzer, ASan and UBSan), run for a bounded time from the seed
# corpus; a crash, a sanitizer report or a leak fails the run. New inputs it
# finds go to build-fuzz/corpus, not into the sources. FUZZ_SECONDS=0 skips it.
FUZZ_SECONDS="${FUZZ_SECONDS:-60}"
if [ "$FUZZ_SECONDS" -gt 0 ]; then
  cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-19 -DROUNDTABLE_FUZZ=ON
  cmake --build build-fuzz --parallel --target fuzz_roster_import
  mkdir -p build-fuzz/corpus
  ./build-fuzz/tests/fuzz/fuzz_roster_import -max_total_time="$FUZZ_SECONDS" -rss_limit_mb=2048 -timeout=20 \
    -max_len=100000 -print_final_stats=1 -artifact_prefix=build-fuzz/ build-fuzz/corpus tests/fuzz/corpus
fi
