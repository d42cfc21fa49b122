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

ensure_wrk() {
  command -v wrk >/dev/null && return
  echo "wrk not found: installing it from the Debian packages" >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  for attempt in 1 2 3 4 5 6; do
    if $sudo apt-get update -qq && $sudo apt-get install -y -qq wrk >/dev/null; then break; fi
    echo "apt-get busy or failing (attempt $attempt); retrying in 10 s" >&2
    sleep 10
  done
  command -v wrk >/dev/null || { echo "could not install wrk" >&2; exit 2; }
}

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
    timeout $(( $2 + 30 )) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${2}s" --latency -s "$here/bench.lua" "http://$HOST:$PORT" \
    | grep '^RESULT'
}

field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; }

ensure_wrk
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
if [ "${BENCH_ENFORCE:-0}" = 1 ] && awk -v r="$ratio" -v t="$TARGET_RATIO" 'BEGIN { exit !(r < t) }'; then
  echo "below target" >&2
  exit 1
fi
