#!/usr/bin/env bash
# Start or stop a throwaway PostgreSQL server for the tests (CI and developers alike).
#   source .ci/postgres.sh start   -> exports CROSS_DESK_TEST_PG_* for the test suite
#   .ci/postgres.sh stop
# PostgreSQL refuses to run as root, so the server runs as the 'postgres' user when we are root.

PGDIR=${CROSS_DESK_PG_DIR:-/tmp/cross_desk_pg}
PGPORT=${CROSS_DESK_PG_PORT:-54329}
pgbin() {
  local b
  for b in /usr/lib/postgresql/*/bin; do [ -x "$b/pg_ctl" ] && { echo "$b"; return; }; done
  command -v pg_ctl >/dev/null && dirname "$(command -v pg_ctl)" && return
  return 1
}
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-start}" in
  start)
    if ! BIN=$(pgbin); then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
      BIN=$(pgbin)
    fi
    if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then useradd --system --no-create-home postgres; fi
    if ! as_pg "$BIN/pg_ctl" -D "$PGDIR" status >/dev/null 2>&1; then
      rm -rf "$PGDIR"; mkdir -p "$PGDIR"
      [ "$(id -u)" = 0 ] && chown postgres "$PGDIR"
      as_pg "$BIN/initdb" -D "$PGDIR" -U cross_desk_test --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
      as_pg "$BIN/pg_ctl" -D "$PGDIR" -l "$PGDIR/server.log" -w \
        -o "-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
    fi
    export CROSS_DESK_TEST_PG_HOST=127.0.0.1 CROSS_DESK_TEST_PG_PORT=$PGPORT CROSS_DESK_TEST_PG_USER=cross_desk_test
    echo "PostgreSQL test server on 127.0.0.1:$PGPORT ($PGDIR)"
    ;;
  stop)
    BIN=$(pgbin) || exit 0
    as_pg "$BIN/pg_ctl" -D "$PGDIR" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$PGDIR"
    ;;
esac
