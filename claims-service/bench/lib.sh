# Shared by the benchmarks in this folder: a scratch stack of their own, the tools they need, PostgreSQL access and
# wrk's summary. A script sets BENCH_NAME (its scratch directory's prefix) and PORT_OFFSET (0 unless it runs beside a
# stack on the usual ports), then sources this file. Everything it starts is stopped by PID on exit.

HOST=127.0.0.1
PORT_OFFSET="${PORT_OFFSET:-0}"
PG_PORT=$((15432 + PORT_OFFSET))
CLAIMS="http://$HOST:$((8081 + PORT_OFFSET))"
REFERENCE_PORT="${BENCH_REFERENCE_PORT:-18190}"
# The second claims-service instance, when a script starts the stack with STACK_ARGS="--claims-instances 2".
CLAIMS_2="http://$HOST:$((8091 + PORT_OFFSET))"

here="$(cd "$(dirname "${BASH_SOURCE[1]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/${BENCH_NAME:-claims-bench}-XXXXXX")"
stack_pid=""
# Further PIDs a script started (a reference app, a consumer): stopped before the stack.
bench_pids=()

# A service of the scratch stack a script paused (kill -STOP) is resumed before anything is stopped.
paused_pid=""

cleanup() {
  [ -n "$paused_pid" ] && kill -CONT "$paused_pid" 2>/dev/null
  for pid in "${bench_pids[@]}"; do
    kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  done
  if [ -n "$stack_pid" ] && kill -0 "$stack_pid" 2>/dev/null; then
    # SIGTERM, not SIGINT: a background job of a script starts with SIGINT ignored, and the JVM keeps it so.
    kill -TERM "$stack_pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$stack_pid" 2>/dev/null || break; sleep 1; done
    kill -KILL "$stack_pid" 2>/dev/null || true
  fi
  rm -rf "$scratch"
}
trap cleanup EXIT INT TERM

# ensure_tools COMMAND...: installs the missing ones (shared with the policy benchmark).
# shellcheck source=../../bench/tools.sh
source "$root/bench/tools.sh"

sql() {
  PGPASSWORD=postgres psql -q -X -v ON_ERROR_STOP=1 -h "$HOST" -p "$PG_PORT" -U postgres -d warranty "$@"
}

# Builds and starts the scratch stack (with ./stack's STACK_ARGS, if set) and waits until every service is ready
# (at most BENCH_START_SECONDS, 900).
start_stack() {
  echo "starting a scratch stack in $scratch (build included) ..." >&2
  # The per-client and per-customer limits are for the public; a benchmark is one client asking on purpose
  # far more than any person would.
  (cd "$root" && RATE_LIMIT_ENABLED=false exec ./stack --work-dir "$scratch" --port-offset "$PORT_OFFSET" ${STACK_ARGS:-}) \
    >"$scratch/stack.out" 2>&1 &
  stack_pid=$!
  local limit="${BENCH_START_SECONDS:-900}"
  for _ in $(seq 1 "$limit"); do
    grep -q "The warranty backend is up" "$scratch/stack.out" 2>/dev/null && return
    kill -0 "$stack_pid" 2>/dev/null || { tail -30 "$scratch/stack.out" >&2; exit 1; }
    sleep 1
  done
  echo "the stack did not come up in $limit s" >&2
  tail -30 "$scratch/stack.out" >&2
  exit 1
}

# The PID of a service of the scratch stack (policy-service, claims-service, notification-service): the launcher's child
# running that module's jar (from its target/quarkus-app directory, as ./stack runs it); empty when there is none.
stack_service_pid() {
  local pid found=""
  for pid in $(pgrep -P "$stack_pid" -f quarkus-run.jar); do
    [ "$(readlink "/proc/$pid/cwd" 2>/dev/null)" = "$root/$1/target/quarkus-app" ] && found=$pid
  done
  echo "$found"
}

# The plain Quarkus REST + Hibernate Panache app (reference-app/): built by build_reference, started by launch_reference
# on 127.0.0.1:REFERENCE_PORT with the heap and collector the stack gives claims-service (REFERENCE_PID is its process),
# answering once reference_answers succeeds; start_reference does all three.
build_reference() {
  (cd "$root" && ./mvnw -q -B -f claims-service/bench/reference-app/pom.xml package -DskipTests)
}

launch_reference() {
  java -XX:+UseSerialGC -Xms64m -Xmx384m -XX:+ExitOnOutOfMemoryError \
    -DPORT="$REFERENCE_PORT" -DDB_URL="jdbc:postgresql://localhost:$PG_PORT/warranty" \
    -jar "$here/reference-app/target/quarkus-app/quarkus-run.jar" >>"$scratch/reference.log" 2>&1 &
  REFERENCE_PID=$!
  bench_pids+=("$REFERENCE_PID")
}

reference_answers() {
  local code
  code="$(curl -s -o /dev/null -w '%{http_code}' "http://$HOST:$REFERENCE_PORT/reference/claims/00000000-0000-0000-0000-000000000000")"
  [ "$code" = 404 ] || [ "$code" = 200 ]
}

start_reference() {
  build_reference
  launch_reference
  for _ in $(seq 1 120); do
    reference_answers && return
    sleep 1
  done
  echo "the reference app did not start; see $scratch/reference.log" >&2
  exit 1
}

# A token of the scratch stack: token ROLE SUBJECT [EMAIL]
token() {
  (cd "$root" && ./stack token --work-dir "$scratch" --role "$1" --subject "$2" ${3:+--email "$3"})
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

# wrk's summary as "requests/s p99-ms non-2xx p50-ms": wrk_run CONNECTIONS SECONDS [wrk arguments...]
wrk_run() {
  local output
  output="$(wrk -t1 -c"$1" -d"${2}s" --timeout 10s --latency "${@:3}")"
  local rps p50 p99 errors
  rps="$(awk '/^Requests\/sec/ {print $2}' <<<"$output")"
  p50="$(awk '$1 == "50%" {print $2}' <<<"$output")"
  p99="$(awk '$1 == "99%" {print $2}' <<<"$output")"
  # Answers other than 2xx/3xx, and requests that got no answer (connect, read, write errors and timeouts).
  errors="$(awk '/Non-2xx or 3xx responses/ {n += $5} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' <<<"$output")"
  echo "${rps:-0} $(to_ms "${p99:-0ms}") ${errors:-0} $(to_ms "${p50:-0ms}")"
}

to_ms() {
  case "$1" in
    *us) awk -v v="${1%us}" 'BEGIN {printf "%.2f", v / 1000}' ;;
    *ms) awk -v v="${1%ms}" 'BEGIN {printf "%.2f", v}' ;;
    *s) awk -v v="${1%s}" 'BEGIN {printf "%.2f", v * 1000}' ;;
    *) echo "$1" ;;
  esac
}

ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "n/a"}'
}
