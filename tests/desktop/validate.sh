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
  # With GIO and sqlite3 at hand, the magic itself: a file without the
  # extension is ours by its application id ("RndT"), any other SQLite file not.
  if command -v gio >/dev/null 2>&1 && command -v sqlite3 >/dev/null 2>&1; then
    sqlite3 "$dir/ours" "PRAGMA application_id = $((0x526E6454)); CREATE TABLE t(x);"
    sqlite3 "$dir/other" "CREATE TABLE t(x);"
    for sample in ours:application/x-roundtable other:application/vnd.sqlite3; do
      type="$(XDG_DATA_DIRS="$dir" XDG_DATA_HOME="$dir" gio info -a standard::content-type "$dir/${sample%%:*}" |
        sed -n 's/.*standard::content-type: //p')"
      if [ "$type" != "${sample#*:}" ]; then
        echo "A file like \"${sample%%:*}\" reads as $type, not ${sample#*:}"
        exit 1
      fi
    done
  else
    echo "(gio or sqlite3 missing: the magic match was compiled but not tried on a file)"
  fi
  ;;
*)
  echo "usage: $0 desktop|metainfo|mime FILE" >&2
  exit 2
  ;;
esac
echo "$kind file is valid: $file"
