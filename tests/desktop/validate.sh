#!/bin/sh
# Checks one of the desktop-integration files with the tool the desktops use:
#   validate.sh desktop  FILE.desktop       desktop-file-validate
#   validate.sh metainfo FILE.metainfo.xml  appstreamcli validate --no-net
#   validate.sh mime     FILE.xml           xmllint + update-mime-database, then
#                                           looks for the glob and magic it compiled
# Exits 77 (ctest: skipped) only when the tool is not installed.
set -eu
kind="$1"
file="$2"

need() {
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "SKIPPED: $1 is not installed (Debian: $2); scripts/setup.sh installs it."
    exit 77
  fi
}

case "$kind" in
desktop)
  need desktop-file-validate desktop-file-utils
  # It prints hints and warnings but exits 0 for them: any output fails here.
  out="$(desktop-file-validate "$file" 2>&1)" || { echo "$out"; exit 1; }
  if [ -n "$out" ]; then echo "$out"; exit 1; fi
  ;;
metainfo)
  need appstreamcli appstream
  appstreamcli validate --no-net --explain "$file"
  ;;
mime)
  need xmllint libxml2-utils
  need update-mime-database shared-mime-info
  xmllint --noout "$file"
  # A private MIME database holding only the base types and ours: the same
  # compiler the system runs on install, which rejects what it cannot read.
  dir="$(mktemp -d)"
  trap 'rm -rf "$dir"' EXIT
  mime="$dir/mime"
  mkdir -p "$mime/packages"
  cp /usr/share/mime/packages/freedesktop.org.xml "$mime/packages/" 2>/dev/null || true
  cp "$file" "$mime/packages/roundtable.xml"
  XDG_DATA_DIRS="$dir" update-mime-database "$mime" 2>&1 | tee "$dir/log"
  if [ -s "$dir/log" ]; then echo "update-mime-database complained (above)"; exit 1; fi
  grep -q '^50:application/x-roundtable:\*\.roundtable$' "$mime/globs2" || {
    echo "globs2 lacks *.roundtable:"; cat "$mime/globs2" | grep roundtable; exit 1; }
  grep -q '^application/x-roundtable application/vnd.sqlite3$' "$mime/subclasses" || {
    echo "subclasses lacks application/x-roundtable -> application/vnd.sqlite3"; exit 1; }
  grep -aq 'application/x-roundtable' "$mime/magic" || { echo "magic lacks application/x-roundtable"; exit 1; }
  ;;
*)
  echo "usage: $0 desktop|metainfo|mime FILE" >&2
  exit 2
  ;;
esac
echo "$kind file is valid: $file"
