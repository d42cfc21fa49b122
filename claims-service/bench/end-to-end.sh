#!/usr/bin/env bash
# How long a claim takes to reach Kafka and its customer's mailbox: opens claims at a fixed rate (20/s) and, for each,
# measures from its 201 to its claim.submitted event on claims.events (a consumer in EndToEnd.java) and to the stack's
# SMTP server accepting the acknowledgement mail (the server's own receive time). Prints p50/p95/p99 of both. Then
# queues a burst of due mails at once and reports how many mails per second notification-service hands to SMTP.
#
# Starts its own stack (./stack --work-dir in a scratch directory, so the data of the stack you keep is not touched;
# its ports must be free) and stops everything it started on exit. Traffic goes to 127.0.0.1 only; every measurement
# is bounded in time. Usage, from anywhere:
#   claims-service/bench/end-to-end.sh
# The measured claims follow a warm-up of BENCH_WARMUP_SECONDS at BENCH_WARMUP_RATE, not counted: the services' JIT
# compiles their hot code during the first thousand or so claims, and on two cores that compilation alone takes more CPU
# than the claims themselves (a cold start at the full rate is a measurement of that, and of a circuit breaker opening).
# Settings (environment): BENCH_RATE (20 claims/s), BENCH_WARMUP_RATE (10 claims/s), BENCH_WARMUP_SECONDS (90),
# BENCH_SECONDS (30), BENCH_DRAIN_SECONDS (30: how long to wait for the last events and mails), BENCH_BURST_MAILS
# (1000; 0 skips the burst), BENCH_BURST_SECONDS (180: the longest the burst is waited for), BENCH_PORT_OFFSET (100:
# added to every port of the scratch stack, so it runs beside a stack already up on the usual ports; PostgreSQL 15532,
# claims 8181, ...).
set -euo pipefail

RATE="${BENCH_RATE:-20}"
WARMUP_RATE="${BENCH_WARMUP_RATE:-10}"
WARMUP_SECONDS="${BENCH_WARMUP_SECONDS:-90}"
SECONDS_PER_RUN="${BENCH_SECONDS:-30}"
DRAIN_SECONDS="${BENCH_DRAIN_SECONDS:-30}"
BURST_MAILS="${BENCH_BURST_MAILS:-1000}"
BURST_SECONDS="${BENCH_BURST_SECONDS:-180}"
PORT_OFFSET="${BENCH_PORT_OFFSET:-100}"
BENCH_NAME=claims-e2e
source "$(dirname "$0")/lib.sh"

# Copies of a sent acknowledgement, each for a claim of its own and due now, all committed at once; then waits until
# every one is accepted by SMTP and prints mails/s from the commit to the last acceptance.
mail_burst() {
  local count=$1 queued sent=0
  queued="$(sql -t -A <<SQL
insert into notifications.sent_log (notification_key, event_id, claim_id, customer_id, kind, recipient, subject, status,
    attempts, created_at, due_at, next_attempt_at, planned_by_time, html_body, text_body)
select 'bench-burst-' || g || ':claim-submitted', gen_random_uuid(), gen_random_uuid(), t.customer_id, t.kind,
    t.recipient, t.subject, 'PENDING', 0, now(), now(), now(), now(), t.html_body, t.text_body
from (select * from notifications.sent_log where kind = 'claim-submitted' and status = 'SENT' limit 1) t,
     generate_series(1, $count) g;
select to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
SQL
)"
  for _ in $(seq 1 "$BURST_SECONDS"); do
    sent="$(sql -t -A -c "select count(*) from notifications.sent_log where notification_key like 'bench-burst-%' and status = 'SENT'")"
    [ "$sent" -ge "$count" ] && break
    sleep 1
  done
  sql -t -A -F ' ' -c "select count(*), extract(epoch from max(sent_at) - timestamptz '$queued') from notifications.sent_log
                       where notification_key like 'bench-burst-%' and status = 'SENT'" |
    awk -v n="$count" '{printf "\n%d due mails queued at once: %d accepted by SMTP in %.1f s, %.0f mails/s\n", n, $1, $2, ($2 > 0 ? $1 / $2 : 0)}'
}

ensure_tools psql
start_stack
customer="$(token customer bench-customer bench@example.com)"
total=$(awk -v r="$RATE" -v wr="$WARMUP_RATE" -v w="$WARMUP_SECONDS" -v s="$SECONDS_PER_RUN" 'BEGIN {printf "%d", wr * w + r * s + 10}')
seed_orders 1 "$total"

# The stack's Kafka distribution (jars the launcher copied) has the client, and the launcher's Jackson reads JSON.
java -XX:+UseSerialGC -Xmx256m -cp "$root/local-stack/target/lib/*" \
  -Dclaims="http://$HOST:$((8081 + PORT_OFFSET))" -Dtoken="$customer" -Dkafka="$HOST:$((19092 + PORT_OFFSET))" \
  -Dmails="http://$HOST:$((8025 + PORT_OFFSET))/api/messages" -Dpolicy="http://$HOST:$((8082 + PORT_OFFSET))" \
  -Drate="$RATE" -DwarmupRate="$WARMUP_RATE" -Dwarmup="$WARMUP_SECONDS" -Dseconds="$SECONDS_PER_RUN" -Ddrain="$DRAIN_SECONDS" -DfirstOrder=1 \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  "$here/EndToEnd.java"

[ "$BURST_MAILS" -gt 0 ] && mail_burst "$BURST_MAILS"
echo
echo "targets: claim->event p99 < 100 ms and claim->mail p99 < 500 ms at 20 claims/s"
