#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on a local port, for the store tests.
#   scripts/pg-cluster.sh start   → prints the connection URL
#   scripts/pg-cluster.sh stop
# Uses Debian's PostgreSQL (apt-get install postgresql). As root it runs the server as the
# postgres user, since PostgreSQL refuses to run as root.
set -euo pipefail
# The cluster lives in the temp folder ($TMPDIR, else the system one) unless CHRONICLE_PG_DIR says otherwise.
DIR=${CHRONICLE_PG_DIR:-$(dirname "$(mktemp -u)")/chronicle-pg}
PORT=${CHRONICLE_PG_PORT:-55432}
# Debian's postgresql-common installs pg_config, which names the server's bin folder; else initdb on PATH.
BIN=$(pg_config --bindir 2>/dev/null || true)
[ -x "$BIN/initdb" ] || BIN=$(dirname "$(command -v initdb)")
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "${1:-}" in
  start)
    if [ ! -f "$DIR/PG_VERSION" ]; then
      mkdir -p "$DIR"
      [ "$(id -u)" = 0 ] && chown postgres "$DIR"
      as_owner "$BIN/initdb" -D "$DIR" -A trust -U chronicle >/dev/null
    fi
    as_owner "$BIN/pg_ctl" -D "$DIR" -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off" -l "$DIR/log" -w start >/dev/null
    echo "postgres://chronicle@127.0.0.1:$PORT/postgres"
    ;;
  stop)
    as_owner "$BIN/pg_ctl" -D "$DIR" -m fast -w stop >/dev/null || true
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
