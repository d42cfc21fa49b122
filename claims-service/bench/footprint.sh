#!/usr/bin/env bash
# Start time and memory of each service beside the plain reference app, in one run on one machine: each of
# policy-service, claims-service, notification-service and the reference app is started alone (BENCH_STARTS times,
# one after another, while the scratch stack's own services stand idle) and timed from the process's launch to its
# first ready answer (/q/health/ready UP; the reference app's first answer); its resident memory (RSS) is read at
# that moment. Then claims-service and the reference app each take the same sustained load, POSTs at 8 connections
# for BENCH_LOAD_SECONDS, and their RSS is read again (with notification-service's, which consumed the claims'
# events meanwhile). Prints medians and ratios.
#
# Starts its own stack (./stack --work-dir in a scratch directory; its ports must be free) and stops everything it
# started on exit. Traffic goes to 127.0.0.1 only. Usage, from anywhere:  claims-service/bench/footprint.sh
# Settings (environment): BENCH_STARTS (5), BENCH_LOAD_SECONDS (60), BENCH_PORT_OFFSET (0).
set -euo pipefail

STARTS="${BENCH_STARTS:-5}"
LOAD_SECONDS="${BENCH_LOAD_SECONDS:-60}"
PORT_OFFSET="${BENCH_PORT_OFFSET:-0}"
BENCH_NAME=footprint-bench
source "$(dirname "$0")/lib.sh"

# The alone instances' ports, beside the stack's.
ALONE_PORT="${BENCH_ALONE_PORT:-18191}"

# The environment ./stack gives every service (local-stack's Stack.commonEnvironment), for the scratch stack's ports.
service_env() {
  echo DB_URL="jdbc:postgresql://localhost:$PG_PORT/warranty" DB_USER=postgres DB_PASSWORD=postgres \
    KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$((19092 + PORT_OFFSET))" SMTP_HOST=127.0.0.1 SMTP_PORT="$((2525 + PORT_OFFSET))" \
    JWT_PUBLIC_KEY_LOCATION="$scratch/jwt/publicKey.pem" JWT_ISSUER=https://warranty.kospet.local \
    POLICY_SERVICE_URL="http://localhost:$((8082 + PORT_OFFSET))" RATE_LIMIT_ENABLED=false
}

# Launches one service alone as ./stack does (local-stack's ServiceProcess): its heap and collector, from its jar's
# directory, with the class-data archive packaging made when there is one. Sets ALONE_PID.
launch_service() {
  local module=$1 collector=-XX:+UseSerialGC class_data=()
  [ "$module" = policy-service ] && collector=-XX:+UseParallelGC
  [ -f "$root/$module/target/quarkus-app/app-cds.jsa" ] && class_data=(-XX:SharedArchiveFile=app-cds.jsa)
  # shellcheck disable=SC2046
  (cd "$root/$module/target/quarkus-app" && exec env $(service_env) HTTP_PORT="$ALONE_PORT" QUARKUS_HTTP_PORT="$ALONE_PORT" \
    java -Xms64m -Xmx384m "$collector" -XX:+ExitOnOutOfMemoryError "${class_data[@]}" \
    -jar quarkus-run.jar) >>"$scratch/$module-alone.log" 2>&1 &
  ALONE_PID=$!
  bench_pids+=("$ALONE_PID")
}

service_ready() {
  curl -fs -o /dev/null "http://$HOST:$ALONE_PORT/q/health/ready"
}

rss_mb() {
  awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"
}

now_ms() {
  date +%s%3N
}

# Waits (checking every 20 ms, at most 120 s) until the check passes: prints the milliseconds since START_MS.
wait_ready() {
  local check=$1 deadline=$(( $(now_ms) + 120000 ))
  until "$check"; do
    [ "$(now_ms)" -lt "$deadline" ] || { echo "not ready in 120 s; see the logs in $scratch" >&2; exit 1; }
    sleep 0.02
  done
  echo $(( $(now_ms) - START_MS ))
}

stop_pid() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

median() {
  sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2)}'
}

# Starts NAME STARTS times: "median-start-ms min-start-ms median-rss-mb"
measure_starts() {
  local name=$1 times=() rss=() i ms
  for i in $(seq 1 "$STARTS"); do
    START_MS=$(now_ms)
    if [ "$name" = reference ]; then
      launch_reference; ms=$(wait_ready reference_answers); pid=$REFERENCE_PID
    else
      launch_service "$name"; ms=$(wait_ready service_ready); pid=$ALONE_PID
    fi
    times+=("$ms"); rss+=("$(rss_mb "$pid")")
    stop_pid "$pid"
  done
  echo "$(printf '%s\n' "${times[@]}" | median) $(printf '%s\n' "${times[@]}" | sort -n | head -1) $(printf '%s\n' "${rss[@]}" | median)"
}

ensure_tools wrk psql
start_stack
build_reference
customer="$(token customer bench-customer bench@example.com)"

printf '\nstart to ready, each alone, %s starts (median, fastest) and RSS at ready (median)\n' "$STARTS"
printf '%-22s %10s %10s %8s %14s %10s\n' app start-ms fastest rss-mb start/reference rss/reference
read -r ref_ms ref_min ref_rss < <(measure_starts reference)
printf '%-22s %10s %10s %8s %14s %10s\n' reference "$ref_ms" "$ref_min" "$ref_rss" - -
for module in policy-service claims-service notification-service; do
  read -r ms fastest rss < <(measure_starts "$module")
  printf '%-22s %10s %10s %8s %14s %10s\n' "$module" "$ms" "$fastest" "$rss" "$(ratio "$ms" "$ref_ms")" "$(ratio "$rss" "$ref_rss")"
done

echo "seeding stored orders for the load ..." >&2
seed_orders 1 200000
printf '\nRSS after %s s of POSTs at 8 connections\n' "$LOAD_SECONDS"
launch_reference; START_MS=$(now_ms); wait_ready reference_answers >/dev/null
read -r ref_rps _ < <(wrk_run 8 "$LOAD_SECONDS" -s "$here/reference-post.lua" "http://$HOST:$REFERENCE_PORT/reference/claims")
ref_after=$(rss_mb "$REFERENCE_PID")
stop_pid "$REFERENCE_PID"
launch_service claims-service; START_MS=$(now_ms); wait_ready service_ready >/dev/null
read -r claims_rps _ < <(BENCH_TOKEN="$customer" BENCH_FIRST_ORDER=1 \
  wrk_run 8 "$LOAD_SECONDS" -s "$here/claim-post.lua" "http://$HOST:$ALONE_PORT/api/claims")
claims_after=$(rss_mb "$ALONE_PID")
notifications_after=$(rss_mb "$(stack_service_pid notification-service)")
printf '%-22s %12s %8s %14s\n' app requests/s rss-mb rss/reference
printf '%-22s %12s %8s %14s\n' reference "$ref_rps" "$ref_after" -
printf '%-22s %12s %8s %14s\n' claims-service "$claims_rps" "$claims_after" "$(ratio "$claims_after" "$ref_after")"
printf '%-22s %12s %8s %14s\n' notification-service "(its events)" "$notifications_after" "$(ratio "$notifications_after" "$ref_after")"

echo
echo "targets: start <= 1.5 x the reference; RSS <= 200 MB at ready and <= 1.2 x the reference after the same load"
