#!/usr/bin/env bash
# Benchmark of POST /api/policy/evaluate beside the trivial GET /api/policy/current, in one run of one service.
# Targets 127.0.0.1 only; each measurement is bounded in time (BENCH_SECONDS) and count (BENCH_MAX_REQUESTS per
# thread); the service is stopped on exit. Usage, from anywhere:  policy-service/bench/run.sh
set -euo pipefail

SECONDS_PER_RUN="${BENCH_SECONDS:-8}"
WARMUP_SECONDS="${BENCH_WARMUP_SECONDS:-8}"
MAX_REQUESTS="${BENCH_MAX_REQUESTS:-2000000}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
THREADS="${BENCH_THREADS:-1}"
PORT="${BENCH_PORT:-18182}"
TARGET_RATIO="${BENCH_TARGET_RATIO:-0.70}"
HOST=127.0.0.1

here="$(cd "$(dirname "$0")" && pwd)"
module="$(dirname "$here")"
root="$(dirname "$module")"
jar="$module/target/quarkus-app/quarkus-run.jar"

# ensure_tools COMMAND...: installs the missing ones (shared with the claims-service benchmarks).
# shellcheck source=../../bench/tools.sh
source "$root/bench/tools.sh"

ensure_jar() {
  if [ ! -f "$jar" ] || [ "${BENCH_BUILD:-0}" = 1 ]; then
    (cd "$root" && ./mvnw -B -q -pl policy-service -am install -DskipTests)
  fi
}

pid=""
stop_service() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; }
trap stop_service EXIT INT TERM

start_service() {
  # The collector policy-service runs with everywhere (its container image, ./stack): the throughput collector.
  # The benchmark asks from one address far beyond the per-client rate limit: raise the limit out of reach rather
  # than disable it, so the limiter's own cost stays in what is measured (BENCH_RATE_LIMIT_OPTS replaces this).
  # shellcheck disable=SC2086
  java ${BENCH_JAVA_OPTS:--XX:+UseParallelGC} -Xmx512m -XX:+ExitOnOutOfMemoryError -Dquarkus.http.host="$HOST" -Dquarkus.http.port="$PORT" -Dquarkus.log.level=WARN \
    ${BENCH_RATE_LIMIT_OPTS:--Drate-limit.requests=1000000000 -Drate-limit.burst=1000000000} \
    -jar "$jar" >"${TMPDIR:-/tmp}/policy-service-bench.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 60); do
    if curl -fs "http://$HOST:$PORT/q/health/ready" >/dev/null 2>&1; then return; fi
    sleep 1
  done
  echo "policy-service did not become ready; see ${TMPDIR:-/tmp}/policy-service-bench.log" >&2
  exit 3
}

measure() { # target seconds → RESULT line
  BENCH_TARGET="$1" BENCH_MAX_REQUESTS="$MAX_REQUESTS" \
    BENCH_DIR="$here" timeout $(( $2 + 30 )) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${2}s" --latency -s "$here/bench.lua" "http://$HOST:$PORT" \
    | grep '^RESULT'
}

field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; }

ensure_tools wrk hey
ensure_jar
start_service

echo "warming up ($WARMUP_SECONDS s per endpoint)…"
measure trivial "$WARMUP_SECONDS" >/dev/null
measure evaluate "$WARMUP_SECONDS" >/dev/null

# Alternate short rounds so that any other load on the machine hits both endpoints alike; keep each endpoint's best round.
ROUNDS="${BENCH_ROUNDS:-3}"
best() { # current-best new → the one with more requests/s
  if [ -z "$1" ] || awk -v a="$(field "$2" rps)" -v b="$(field "$1" rps)" 'BEGIN { exit !(a > b) }'; then echo "$2"; else echo "$1"; fi
}
trivial=""
evaluate=""
for round in $(seq 1 "$ROUNDS"); do
  trivial="$(best "$trivial" "$(measure trivial "$SECONDS_PER_RUN")")"
  evaluate="$(best "$evaluate" "$(measure evaluate "$SECONDS_PER_RUN")")"
  echo "round $round/$ROUNDS done"
done

printf '%-32s %12s %10s %10s %8s\n' endpoint "requests/s" "p50 ms" "p99 ms" errors
printf '%-32s %12s %10s %10s %8s\n' "GET /api/policy/current" "$(field "$trivial" rps)" "$(field "$trivial" p50_ms)" \
  "$(field "$trivial" p99_ms)" "$(field "$trivial" errors)"
printf '%-32s %12s %10s %10s %8s\n' "POST /api/policy/evaluate" "$(field "$evaluate" rps)" "$(field "$evaluate" p50_ms)" \
  "$(field "$evaluate" p99_ms)" "$(field "$evaluate" errors)"
ratio="$(awk -v e="$(field "$evaluate" rps)" -v t="$(field "$trivial" rps)" 'BEGIN { printf "%.2f", e / t }')"
echo "throughput ratio evaluate/trivial: $ratio (target ≥ $TARGET_RATIO)"
# Latency at half of evaluate's best rate, the same fixed rate for both endpoints: hey paces each of its
# HALF_LOAD_CONNECTIONS workers to its share of the rate (a worker waits for its next tick, so the load is at most that
# rate; at half load no worker falls behind). p99 from hey's latency distribution.
HALF_LOAD_CONNECTIONS="${BENCH_HALF_LOAD_CONNECTIONS:-16}"
half_rate="$(awk -v e="$(field "$evaluate" rps)" 'BEGIN { printf "%d", e / 2 }')"
per_worker="$(awk -v r="$half_rate" -v c="$HALF_LOAD_CONNECTIONS" 'BEGIN { printf "%.1f", r / c }')"
at_half_load() { # hey arguments → "requests/s p99-ms"
  local output
  output="$(timeout $(( SECONDS_PER_RUN + 30 )) hey -z "${SECONDS_PER_RUN}s" -c "$HALF_LOAD_CONNECTIONS" -q "$per_worker" "$@")"
  awk '/Requests\/sec:/ {rps = $2} /  99% in/ {p99 = $3 * 1000} END {printf "%.1f %.3f\n", rps, p99}' <<<"$output"
}
read -r trivial_half_rps trivial_half_p99 < <(at_half_load "http://$HOST:$PORT/api/policy/current")
read -r evaluate_half_rps evaluate_half_p99 < <(at_half_load -m POST -T application/json -D "$here/question.json" \
  "http://$HOST:$PORT/api/policy/evaluate")
printf '\nat half of evaluate'"'"'s best rate (%s requests/s asked, %s workers)\n' "$half_rate" "$HALF_LOAD_CONNECTIONS"
printf '%-32s %12s %10s\n' endpoint "requests/s" "p99 ms"
printf '%-32s %12s %10s\n' "GET /api/policy/current" "$trivial_half_rps" "$trivial_half_p99"
printf '%-32s %12s %10s\n' "POST /api/policy/evaluate" "$evaluate_half_rps" "$evaluate_half_p99"
echo "p99 ratio evaluate/trivial at half load: $(awk -v e="$evaluate_half_p99" -v t="$trivial_half_p99" 'BEGIN { printf "%.2f", e / t }') (target ≤ 1.2)"

if [ "${BENCH_ENFORCE:-0}" = 1 ] && awk -v r="$ratio" -v t="$TARGET_RATIO" 'BEGIN { exit !(r < t) }'; then
  echo "below target" >&2
  exit 1
fi
