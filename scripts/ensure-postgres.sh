#!/usr/bin/env bash
# The store and register tests use the PostgreSQL server on 127.0.0.1:5432. Start it if it is
# installed but stopped; say clearly what is missing otherwise.
set -u
if command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h 127.0.0.1 -p 5432; then
  exit 0
fi
if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
  for version in $(ls /etc/postgresql); do
    pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
  done
  for _ in $(seq 1 20); do
    pg_isready -q -h 127.0.0.1 -p 5432 && exit 0
    sleep 0.5
  done
fi
echo "ensure-postgres: no PostgreSQL server answers on 127.0.0.1:5432; the PostgreSQL tests will fail (set RIGHTSBOT_SKIP_POSTGRES=1 to skip them)" >&2
exit 0
