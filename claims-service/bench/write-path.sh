#!/usr/bin/env bash
# The claim write path beside its references, in one run on one machine: POST /api/claims against a plain Quarkus
# REST + Hibernate Panache insert app and against pgbench inserting a claim row plus an outbox row per transaction,
# all on the same PostgreSQL; then GET /api/claims/{id} against the plain app's GET by id; then the claim POST against
# one claims-service instance and against two (one stack, two instances on one database, Kafka and policy-service, the
# same total connections spread over both); last, the claim POST on one instance with notification-service paused (the
# claim path without the mails it sets off; resumed right after, and on exit). Prints the ratios.
#
# Starts its own stack (./stack --work-dir in a scratch directory, so the data of the stack you keep is not
# touched; its ports must be free), the reference app on 127.0.0.1:18190, and stops everything it started on exit.
# Traffic goes to 127.0.0.1 only; every measurement is bounded in time. Usage, from anywhere:
#   claims-service/bench/write-path.sh
# Settings (environment): BENCH_SECONDS (10 per measurement), BENCH_CONNECTIONS ("8 16 32"),
# BENCH_ORDERS_PER_RUN (100000 stored orders seeded per measurement, more than any run can use),
# BENCH_INSTANCE_CONNECTIONS (16, the total for the one-versus-two-instances measurement), BENCH_WARMUP_SECONDS (30
# per warm-up, of each POST and each GET measured: the services JIT-compile their paths while it runs).
set -euo pipefail

SECONDS_PER_RUN="${BENCH_SECONDS:-10}"
WARMUP_SECONDS="${BENCH_WARMUP_SECONDS:-30}"
CONNECTION_LEVELS="${BENCH_CONNECTIONS:-8 16 32}"
ORDERS_PER_RUN="${BENCH_ORDERS_PER_RUN:-100000}"
PORT_OFFSET="${BENCH_PORT_OFFSET:-0}"
INSTANCE_CONNECTIONS="${BENCH_INSTANCE_CONNECTIONS:-16}"
BENCH_NAME=claims-bench
STACK_ARGS="--claims-instances 2"
source "$(dirname "$0")/lib.sh"

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
pgbench_tps() {
  PGPASSWORD=postgres pgbench -n -h "$HOST" -p "$PG_PORT" -U postgres -c "$1" -j 2 -T "$2" -f "$here/pgbench-claim.sql" warranty \
    2>>"$scratch/pgbench.log" | awk '/^tps/ {print $3; exit}'
}

ensure_tools wrk pgbench psql
start_stack
start_reference
customer="$(token customer bench-customer bench@example.com)"
staff="$(token staff bench-agent)"
prepare_pgbench

levels=($CONNECTION_LEVELS)
echo "seeding $(( (${#levels[@]} + 4) * ORDERS_PER_RUN )) stored orders ..." >&2
# One range per POST measurement, the warm-up's, two for the one-versus-two-instances runs and one for the claim path
# alone.
seed_orders 1 $(( (${#levels[@]} + 4) * ORDERS_PER_RUN ))

echo "warming up for ${WARMUP_SECONDS} s each ..." >&2
BENCH_TOKEN="$customer" BENCH_FIRST_ORDER=1 wrk_run 8 "$WARMUP_SECONDS" -s "$here/claim-post.lua" "$CLAIMS/api/claims" >/dev/null
wrk_run 8 "$WARMUP_SECONDS" -s "$here/reference-post.lua" "http://$HOST:$REFERENCE_PORT/reference/claims" >/dev/null
# The second claims-service instance too, so that one-versus-two compares warm instances.
BENCH_TOKEN="$customer" BENCH_FIRST_ORDER=$(( ORDERS_PER_RUN / 2 + 1 )) \
  wrk_run 8 "$WARMUP_SECONDS" -s "$here/claim-post.lua" "$CLAIMS_2/api/claims" >/dev/null

printf '\nPOST /api/claims (fresh order and Idempotency-Key each), %s s per measurement\n' "$SECONDS_PER_RUN"
printf '%-6s %12s %9s %7s %14s %12s %12s %11s\n' conns claims/s p99-ms errors reference/s pgbench-tps vs-reference vs-pgbench
run=1
declare -A reference_at
for connections in "${levels[@]}"; do
  read -r claims_rps claims_p99 claims_errors _ < <(BENCH_TOKEN="$customer" BENCH_FIRST_ORDER=$(( run * ORDERS_PER_RUN + 1 )) \
    wrk_run "$connections" "$SECONDS_PER_RUN" -s "$here/claim-post.lua" "$CLAIMS/api/claims")
  read -r reference_rps _ _ < <(wrk_run "$connections" "$SECONDS_PER_RUN" -s "$here/reference-post.lua" \
    "http://$HOST:$REFERENCE_PORT/reference/claims")
  reference_at[$connections]=$reference_rps
  tps="$(pgbench_tps "$connections" "$SECONDS_PER_RUN")"
  printf '%-6s %12s %9s %7s %14s %12s %12s %11s\n' "$connections" "$claims_rps" "$claims_p99" "$claims_errors" \
    "$reference_rps" "$tps" "$(ratio "$claims_rps" "$reference_rps")" "$(ratio "$claims_rps" "$tps")"
  run=$(( run + 1 ))
done

claim_id="$(sql -t -A -c "select id from claims.claims order by created_at desc limit 1")"
reference_id="$(sql -t -A -c "select id from reference.reference_claims limit 1")"
# Both reads warm up first, as the POSTs did: until now neither path has run.
wrk_run 8 "$WARMUP_SECONDS" -H "Authorization: Bearer $staff" "$CLAIMS/api/claims/$claim_id" >/dev/null
wrk_run 8 "$WARMUP_SECONDS" "http://$HOST:$REFERENCE_PORT/reference/claims/$reference_id" >/dev/null
printf '\nGET by id, %s s per measurement\n' "$SECONDS_PER_RUN"
printf '%-6s %12s %9s %14s %9s %12s\n' conns claims/s p99-ms reference/s p99-ms vs-reference
for connections in "${levels[@]}"; do
  read -r get_rps get_p99 _ < <(wrk_run "$connections" "$SECONDS_PER_RUN" -H "Authorization: Bearer $staff" \
    "$CLAIMS/api/claims/$claim_id")
  read -r ref_rps ref_p99 _ < <(wrk_run "$connections" "$SECONDS_PER_RUN" \
    "http://$HOST:$REFERENCE_PORT/reference/claims/$reference_id")
  printf '%-6s %12s %9s %14s %9s %12s\n' "$connections" "$get_rps" "$get_p99" "$ref_rps" "$ref_p99" "$(ratio "$get_rps" "$ref_rps")"
done
# One instance, then two with half the connections each, at the same time; the sum is what two instances serve.
printf '\nPOST /api/claims on one instance and on two, %s connections in all, %s s per measurement\n' \
  "$INSTANCE_CONNECTIONS" "$SECONDS_PER_RUN"
read -r one_rps one_p99 one_errors _ < <(BENCH_TOKEN="$customer" BENCH_FIRST_ORDER=$(( run * ORDERS_PER_RUN + 1 )) \
  wrk_run "$INSTANCE_CONNECTIONS" "$SECONDS_PER_RUN" -s "$here/claim-post.lua" "$CLAIMS/api/claims")
run=$(( run + 1 ))
half=$(( INSTANCE_CONNECTIONS / 2 ))
BENCH_TOKEN="$customer" BENCH_FIRST_ORDER=$(( run * ORDERS_PER_RUN + 1 )) \
  wrk_run "$half" "$SECONDS_PER_RUN" -s "$here/claim-post.lua" "$CLAIMS_2/api/claims" >"$scratch/second.out" &
second=$!
read -r first_rps first_p99 first_errors _ < <(BENCH_TOKEN="$customer" BENCH_FIRST_ORDER=$(( run * ORDERS_PER_RUN + ORDERS_PER_RUN / 2 + 1 )) \
  wrk_run "$half" "$SECONDS_PER_RUN" -s "$here/claim-post.lua" "$CLAIMS/api/claims")
wait "$second"
read -r second_rps second_p99 second_errors _ <"$scratch/second.out"
two_rps="$(awk -v a="$first_rps" -v b="$second_rps" 'BEGIN {printf "%.2f", a + b}')"
printf '%-10s %12s %16s %8s\n' instances claims/s p99-ms errors
printf '%-10s %12s %16s %8s\n' 1 "$one_rps" "$one_p99" "$one_errors"
printf '%-10s %12s %16s %8s\n' 2 "$two_rps" "$first_p99 / $second_p99" "$(( first_errors + second_errors ))"
echo "two instances / one: $(ratio "$two_rps" "$one_rps")"
run=$(( run + 1 ))

# The claim path alone: the same POST with notification-service paused (SIGSTOP, so the claims' events wait in Kafka and
# are mailed once it resumes), to show what a claim costs without the mails it sets off on the same cores.
notifications_pid="$(stack_service_pid notification-service)"
if [ -n "$notifications_pid" ]; then
  printf '\nPOST /api/claims with notification-service paused, %s connections, %s s\n' "$INSTANCE_CONNECTIONS" "$SECONDS_PER_RUN"
  paused_pid=$notifications_pid
  kill -STOP "$paused_pid"
  read -r alone_rps alone_p99 alone_errors _ < <(BENCH_TOKEN="$customer" BENCH_FIRST_ORDER=$(( run * ORDERS_PER_RUN + 1 )) \
    wrk_run "$INSTANCE_CONNECTIONS" "$SECONDS_PER_RUN" -s "$here/claim-post.lua" "$CLAIMS/api/claims")
  kill -CONT "$paused_pid"
  paused_pid=""
  printf '%-12s %9s %7s %12s\n' claims/s p99-ms errors vs-reference
  printf '%-12s %9s %7s %12s\n' "$alone_rps" "$alone_p99" "$alone_errors" \
    "$(ratio "$alone_rps" "${reference_at[$INSTANCE_CONNECTIONS]:-0}")"
fi

echo
echo "targets: claim POST >= 0.50 of the reference and >= 0.25 of pgbench at 16 connections; GET >= 0.60 of the reference"
