#!/usr/bin/env bash
# The claim write path beside its references, in one run on one machine: POST /api/claims against a plain Quarkus
# REST + Hibernate Panache insert app and against pgbench inserting a claim row plus an outbox row per transaction,
# all on the same PostgreSQL; then GET /api/claims/{id} against the plain app's GET by id. Prints the ratios.
#
# Starts its own stack (./stack --work-dir in a scratch directory, so the data of the stack you keep is not
# touched; its ports must be free), the reference app on 127.0.0.1:18190, and stops everything it started on exit.
# Traffic goes to 127.0.0.1 only; every measurement is bounded in time. Usage, from anywhere:
#   claims-service/bench/write-path.sh
# Settings (environment): BENCH_SECONDS (10 per measurement), BENCH_CONNECTIONS ("8 16 32"),
# BENCH_ORDERS_PER_RUN (100000 stored orders seeded per measurement, more than any run can use).
set -euo pipefail

SECONDS_PER_RUN="${BENCH_SECONDS:-10}"
WARMUP_SECONDS="${BENCH_WARMUP_SECONDS:-10}"
CONNECTION_LEVELS="${BENCH_CONNECTIONS:-8 16 32}"
ORDERS_PER_RUN="${BENCH_ORDERS_PER_RUN:-100000}"
REFERENCE_PORT="${BENCH_REFERENCE_PORT:-18190}"
HOST=127.0.0.1
CLAIMS="http://$HOST:8081"
PG_PORT=15432

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/claims-bench-XXXXXX")"
stack_pid=""
reference_pid=""

cleanup() {
  [ -n "$reference_pid" ] && kill "$reference_pid" 2>/dev/null && wait "$reference_pid" 2>/dev/null || true
  if [ -n "$stack_pid" ] && kill -0 "$stack_pid" 2>/dev/null; then
    # SIGTERM, not SIGINT: a background job of a script starts with SIGINT ignored, and the JVM keeps it so.
    kill -TERM "$stack_pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$stack_pid" 2>/dev/null || break; sleep 1; done
    kill -KILL "$stack_pid" 2>/dev/null || true
  fi
  rm -rf "$scratch"
}
trap cleanup EXIT INT TERM

ensure_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v pgbench >/dev/null || missing+=(postgresql-client)
  command -v psql >/dev/null || missing+=(postgresql-client)
  [ ${#missing[@]} -eq 0 ] && return
  echo "installing ${missing[*]} from the Debian packages" >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

sql() {
  PGPASSWORD=postgres psql -q -X -v ON_ERROR_STOP=1 -h "$HOST" -p "$PG_PORT" -U postgres -d warranty "$@"
}

start_stack() {
  echo "starting a scratch stack in $scratch (build included) ..." >&2
  # The per-client and per-customer limits are for the public; the benchmark is one client asking on purpose
  # far more than any person would.
  (cd "$root" && RATE_LIMIT_ENABLED=false exec ./stack --work-dir "$scratch") >"$scratch/stack.out" 2>&1 &
  stack_pid=$!
  for _ in $(seq 1 600); do
    grep -q "The warranty backend is up" "$scratch/stack.out" 2>/dev/null && return
    kill -0 "$stack_pid" 2>/dev/null || { tail -30 "$scratch/stack.out" >&2; exit 1; }
    sleep 1
  done
  echo "the stack did not come up in 600 s" >&2
  tail -30 "$scratch/stack.out" >&2
  exit 1
}

start_reference() {
  (cd "$root" && ./mvnw -q -B -f claims-service/bench/reference-app/pom.xml package -DskipTests)
  java -XX:+UseSerialGC -Xms64m -Xmx384m -XX:+ExitOnOutOfMemoryError \
    -DPORT="$REFERENCE_PORT" -DDB_URL="jdbc:postgresql://localhost:$PG_PORT/warranty" \
    -jar "$here/reference-app/target/quarkus-app/quarkus-run.jar" >"$scratch/reference.log" 2>&1 &
  reference_pid=$!
  for _ in $(seq 1 120); do
    curl -sf -o /dev/null "http://$HOST:$REFERENCE_PORT/reference/claims/00000000-0000-0000-0000-000000000000" && return
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://$HOST:$REFERENCE_PORT/reference/claims/00000000-0000-0000-0000-000000000000")" = 404 ] && return
    sleep 1
  done
  echo "the reference app did not start; see $scratch/reference.log" >&2
  exit 1
}

# Stored orders BENCH-<first>..BENCH-<first+count-1>, one unit each, delivered 8 days ago: each claim gets its own.
seed_orders() {
  local first=$1 count=$2
  sql <<SQL
insert into claims.orders (order_number, customer_id, customer_email, channel, order_date, max_estimated_delivery_date,
    shipped_date, delivered_date, currency, purchase_link, created_at, updated_at)
select 'BENCH-' || g, 'bench-customer', 'bench@example.com', 'OFFICIAL_STORE', current_date - 10, current_date - 1,
    current_date - 9, current_date - 8, 'USD', 'https://store.example/orders/BENCH-' || g, now(), now()
from generate_series($first, $first + $count - 1) g;
insert into claims.order_items (order_number, unit_id, product_model, price, shipping_cost)
select 'BENCH-' || g, 'BSN-' || g, 'TANK T3', 199.00, 12.00 from generate_series($first, $first + $count - 1) g;
SQL
}

prepare_pgbench() {
  sql <<'SQL'
drop schema if exists pgbench_ref cascade;
create schema pgbench_ref;
create table pgbench_ref.claims (id uuid primary key, order_number varchar(64) not null, unit_id varchar(64) not null,
    product_model varchar(128) not null, customer_id varchar(128) not null, customer_email varchar(254) not null,
    request_type varchar(32) not null, cause varchar(32) not null, description varchar(4000), status varchar(32) not null,
    policy_version varchar(32) not null, decision text not null, created_at timestamptz not null,
    updated_at timestamptz not null);
create index on pgbench_ref.claims (order_number, unit_id);
create index on pgbench_ref.claims (customer_id);
create table pgbench_ref.outbox (id uuid primary key, aggregate_id varchar(64) not null, type varchar(64) not null,
    payload text not null, created_at timestamptz not null);
SQL
}

# wrk's summary as "requests/s p99-ms non-2xx".
wrk_run() {
  local output
  output="$(wrk -t1 -c"$1" -d"${2}s" --timeout 10s --latency "${@:3}")"
  local rps p99 errors
  rps="$(awk '/^Requests\/sec/ {print $2}' <<<"$output")"
  p99="$(awk '$1 == "99%" {print $2}' <<<"$output")"
  # Answers other than 2xx/3xx, and requests that got no answer (connect, read, write errors and timeouts).
  errors="$(awk '/Non-2xx or 3xx responses/ {n += $5} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' <<<"$output")"
  echo "${rps:-0} $(to_ms "${p99:-0ms}") ${errors:-0}"
}

to_ms() {
  case "$1" in
    *us) awk -v v="${1%us}" 'BEGIN {printf "%.2f", v / 1000}' ;;
    *ms) awk -v v="${1%ms}" 'BEGIN {printf "%.2f", v}' ;;
    *s) awk -v v="${1%s}" 'BEGIN {printf "%.2f", v * 1000}' ;;
    *) echo "$1" ;;
  esac
}

pgbench_tps() {
  PGPASSWORD=postgres pgbench -n -h "$HOST" -p "$PG_PORT" -U postgres -c "$1" -j 2 -T "$2" -f "$here/pgbench-claim.sql" warranty \
    2>>"$scratch/pgbench.log" | awk '/^tps/ {print $3; exit}'
}

ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "n/a"}'
}

ensure_tools
start_stack
start_reference
customer="$(cd "$root" && ./stack token --work-dir "$scratch" --role customer --subject bench-customer --email bench@example.com)"
staff="$(cd "$root" && ./stack token --work-dir "$scratch" --role staff --subject bench-agent)"
prepare_pgbench

levels=($CONNECTION_LEVELS)
echo "seeding $(( (${#levels[@]} + 1) * ORDERS_PER_RUN )) stored orders ..." >&2
seed_orders 1 $(( (${#levels[@]} + 1) * ORDERS_PER_RUN ))

echo "warming up for ${WARMUP_SECONDS} s each ..." >&2
BENCH_TOKEN="$customer" BENCH_FIRST_ORDER=1 wrk_run 8 "$WARMUP_SECONDS" -s "$here/claim-post.lua" "$CLAIMS/api/claims" >/dev/null
wrk_run 8 "$WARMUP_SECONDS" -s "$here/reference-post.lua" "http://$HOST:$REFERENCE_PORT/reference/claims" >/dev/null

printf '\nPOST /api/claims (fresh order and Idempotency-Key each), %s s per measurement\n' "$SECONDS_PER_RUN"
printf '%-6s %12s %9s %7s %14s %12s %12s %11s\n' conns claims/s p99-ms errors reference/s pgbench-tps vs-reference vs-pgbench
run=1
for connections in "${levels[@]}"; do
  read -r claims_rps claims_p99 claims_errors < <(BENCH_TOKEN="$customer" BENCH_FIRST_ORDER=$(( run * ORDERS_PER_RUN + 1 )) \
    wrk_run "$connections" "$SECONDS_PER_RUN" -s "$here/claim-post.lua" "$CLAIMS/api/claims")
  read -r reference_rps _ _ < <(wrk_run "$connections" "$SECONDS_PER_RUN" -s "$here/reference-post.lua" \
    "http://$HOST:$REFERENCE_PORT/reference/claims")
  tps="$(pgbench_tps "$connections" "$SECONDS_PER_RUN")"
  printf '%-6s %12s %9s %7s %14s %12s %12s %11s\n' "$connections" "$claims_rps" "$claims_p99" "$claims_errors" \
    "$reference_rps" "$tps" "$(ratio "$claims_rps" "$reference_rps")" "$(ratio "$claims_rps" "$tps")"
  run=$(( run + 1 ))
done

claim_id="$(sql -t -A -c "select id from claims.claims order by created_at desc limit 1")"
reference_id="$(sql -t -A -c "select id from reference.reference_claims limit 1")"
printf '\nGET by id, %s s per measurement\n' "$SECONDS_PER_RUN"
printf '%-6s %12s %9s %14s %9s %12s\n' conns claims/s p99-ms reference/s p99-ms vs-reference
for connections in "${levels[@]}"; do
  read -r get_rps get_p99 _ < <(wrk_run "$connections" "$SECONDS_PER_RUN" -H "Authorization: Bearer $staff" \
    "$CLAIMS/api/claims/$claim_id")
  read -r ref_rps ref_p99 _ < <(wrk_run "$connections" "$SECONDS_PER_RUN" \
    "http://$HOST:$REFERENCE_PORT/reference/claims/$reference_id")
  printf '%-6s %12s %9s %14s %9s %12s\n' "$connections" "$get_rps" "$get_p99" "$ref_rps" "$ref_p99" "$(ratio "$get_rps" "$ref_rps")"
done
echo
echo "targets: claim POST >= 0.50 of the reference and >= 0.25 of pgbench at 16 connections; GET >= 0.60 of the reference"
