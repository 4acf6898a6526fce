#!/bin/sh
# Installs what Roundtable needs to build on Debian 12 (only what is missing),
# then configures and builds it in ./build. Used by demo.sh and test.sh.
# libxlsxwriter writes the XLSX exports; minizip lets the tests read them back.
# Droid Sans Fallback (CJK) and Symbola (emoji) give printed names in those
# scripts real glyphs; pdffonts (poppler-utils) checks that fonts are embedded;
# clang 19 with its runtime builds the roster importer's fuzz target (clang 14
# lacks the C++23 the code uses: std::expected in libstdc++ needs newer concepts).
# Qt's PostgreSQL driver reaches an organisation's server; QtKeychain keeps its
# password in the system keychain; the PostgreSQL server itself (and openssl
# for its test certificate) runs the throwaway cluster the tests use.
# Qt's SVG plugins draw the window icon; desktop-file-utils, appstream,
# shared-mime-info, libxml2-utils and gio (libglib2.0-bin) check the
# desktop-integration files; dpkg-dev lets cpack work out the .deb's library
# dependencies; librsvg2-bin renders the icon to look at it.
set -eu
cd "$(dirname "$0")/.."

PACKAGES="cmake ninja-build g++ pkg-config
  qt6-base-dev libqt6sql6-sqlite qt6-charts-dev qt6-pdf-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libgl-dev libsqlite3-dev catch2 fonts-dejavu-core
  libxlsxwriter-dev libminizip-dev libcsv-dev sqlite3
  fonts-droid-fallback fonts-symbola poppler-utils clang-19 libclang-rt-19-dev
  libqt6sql6-psql qtkeychain-qt6-dev postgresql openssl
  libqt6svg6 qt6-qpa-plugins desktop-file-utils appstream shared-mime-info libxml2-utils libglib2.0-bin dpkg-dev librsvg2-bin"

missing=""
for package in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $package"
  fi
done
if [ -n "$missing" ]; then
  echo "Installing:$missing"
  if [ "$(id -u)" -eq 0 ]; then as_root=""; else as_root="sudo"; fi
  $as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq --no-install-recommends $missing
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}"
cmake --build build --parallel
