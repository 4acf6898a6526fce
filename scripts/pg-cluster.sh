#!/bin/sh
# A throwaway PostgreSQL cluster on a loopback port, for the tests and the
# stations benchmark: never the user's own server.
#
#   pg-cluster.sh start DIR [PORT]   initdb DIR (if new), start it, print its URL
#   pg-cluster.sh stop DIR           stop it (the caller removes DIR)
#
# Connections from 127.0.0.1 are trusted for the role "roundtable" (a
# superuser, which the tests use to make a database per test); the role
# "rt_password" needs its password ("station-secret"), so the password path is
# tested too. With openssl present the cluster also speaks TLS (self-signed).
# initdb refuses to run as root: as root, the cluster runs as "postgres".
set -eu

command="${1:-}"
dir="${2:-}"
port="${3:-54329}"
if [ -z "$command" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop DIR [PORT]" >&2
  exit 2
fi

bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "PostgreSQL's server programs are not installed (Debian package postgresql)." >&2
  exit 3
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$command" in
start)
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
  if [ ! -f "$dir/PG_VERSION" ]; then
    as_owner "$bindir/initdb" -D "$dir" -U roundtable --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir.initdb.log" 2>&1 \
      || { cat "$dir.initdb.log" >&2; exit 4; }
    {
      echo "host all rt_password 127.0.0.1/32 scram-sha-256"
      echo "host all all 127.0.0.1/32 trust"
      echo "local all all trust"
    } | as_owner tee "$dir/pg_hba.conf" >/dev/null
    {
      echo "listen_addresses = '127.0.0.1'"
      echo "port = $port"
      echo "unix_socket_directories = '$dir'"
      echo "max_connections = 200"
      [ "${PG_CLUSTER_DURABLE:-0}" = 1 ] || echo "fsync = off"
      [ "${PG_CLUSTER_DURABLE:-0}" = 1 ] || echo "synchronous_commit = off"
      [ "${PG_CLUSTER_DURABLE:-0}" = 1 ] || echo "full_page_writes = off"
    } | as_owner tee -a "$dir/postgresql.conf" >/dev/null
    if command -v openssl >/dev/null 2>&1; then
      as_owner openssl req -new -x509 -days 2 -nodes -subj "/CN=127.0.0.1" \
        -keyout "$dir/server.key" -out "$dir/server.crt" >/dev/null 2>&1 \
        && as_owner chmod 600 "$dir/server.key" \
        && echo "ssl = on" | as_owner tee -a "$dir/postgresql.conf" >/dev/null
    fi
  fi
  # The port is given at each start, so a caller can try another when one is taken.
  as_owner "$bindir/pg_ctl" -D "$dir" -l "$dir/server.log" -o "-p $port" -w -t 60 start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 5; }
  as_owner "$bindir/psql" -h 127.0.0.1 -p "$port" -U roundtable -d postgres -q -v ON_ERROR_STOP=1 -c \
    "DO \$\$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'rt_password') THEN
       CREATE ROLE rt_password LOGIN SUPERUSER PASSWORD 'station-secret'; END IF; END \$\$;" >/dev/null
  echo "postgresql://roundtable@127.0.0.1:$port/postgres"
  ;;
stop)
  if [ -f "$dir/postmaster.pid" ]; then
    as_owner "$bindir/pg_ctl" -D "$dir" -m fast -w stop >/dev/null
  fi
  ;;
*)
  echo "usage: $0 start|stop DIR [PORT]" >&2
  exit 2
  ;;
esac
