#!/usr/bin/env bash
# As root: a fresh clone of this checkout in a 0700 folder (mktemp -d) starts its embedded
# PostgreSQL and applies the migrations (`npm run db:migrate`); then the same with nowhere the
# postgres user can reach stops with one sentence and a non-zero exit, no stack trace.
#   bash scripts/checks/root-private-folder.sh            node_modules hard-linked from this checkout
#   BELEM_CHECK_NPM_CI=1 bash scripts/checks/...           a real `npm ci` in the clone (slower)
# Ports: BELEM_PG_PORT (default 54391). Leaves nothing behind but /var/lib/belem/<clone>-<hash>,
# which it removes.
set -euo pipefail
[ "$(id -u)" -eq 0 ] || { echo "run as root: this checks what root sees"; exit 2; }
src="$(cd "$(dirname "$0")/../.." && pwd)"
tmp="$(mktemp -d)"   # 0700, owned by root
trap 'rm -rf "$tmp"' EXIT
chmod 700 "$tmp"
git clone -q "$src" "$tmp/belem"
cd "$tmp/belem"
# The working tree's uncommitted changes too, so a change can be checked before it is committed.
(cd "$src" && git diff HEAD) | git apply --allow-empty 2>/dev/null || true
if [ -n "${BELEM_CHECK_NPM_CI:-}" ]; then npm ci --no-audit --no-fund >/dev/null; else cp -al "$src/node_modules" node_modules; fi
export BELEM_PG_PORT="${BELEM_PG_PORT:-54391}"
unset DATABASE_URL
hash_dir() { ls -d /var/lib/belem/belem-* 2>/dev/null | while read -r d; do [ -L .data/postgres ] && [ "$(readlink .data/postgres)" = "$d/postgres" ] && echo "$d"; done; }

echo "[check] clone in $tmp (mode $(stat -c %a "$tmp")), as root: npm run db:migrate"
npm run -s db:migrate
echo "[check] .data/postgres -> $(readlink .data/postgres)"
npm run -s db:migrate | grep -q "no pending migrations" && echo "[check] second run: same cluster, nothing to apply"
relocated="$(hash_dir)"

echo "[check] nowhere the postgres user can reach: expect one sentence and a non-zero exit"
rm -f .data/postgres
set +e
out="$(BELEM_ROOT_PG_DIR="$tmp/unreachable" npm run -s db:migrate 2>&1)"; code=$?
set -e
echo "$out"
[ -n "$relocated" ] && rm -rf "$relocated"
[ "$code" -ne 0 ] || { echo "[check] FAILED: exit code 0"; exit 1; }
if echo "$out" | grep -qE '^\s+at |Error:'; then echo "[check] FAILED: a stack trace"; exit 1; fi
[ "$(echo "$out" | grep -c .)" -eq 1 ] || { echo "[check] FAILED: more than one line"; exit 1; }
echo "[check] passed"
