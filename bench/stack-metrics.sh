#!/usr/bin/env bash
# Measures the local stack: start time to the first HTTP answer, command→figure freshness over
# N commands, and the resident memory of every process of the stack.
#   bench/stack-metrics.sh [N]        (default N=20; needs a built tree: ./devstack builds it)
# Prints a Markdown table row set; numbers go to docs/benchmarks.md with this command line.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-20}"
DATA="$(mktemp -d /tmp/doanket-bench.XXXXXX)"
LOG="$DATA/devstack.log"
CP="platform/devstack/target/classes:$(cat platform/devstack/target/classpath.txt)"

now_ms() { date +%s%3N; }
t0=$(now_ms)
java -Xms256m -Xmx1g -XX:+UseSerialGC -cp "$CP" vn.doanket.devstack.DevStack --reset --data-dir "$DATA/data" \
     --dashboard-port 0 --membership-port 0 --identity-port 0 >"$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$DATA"' EXIT

until [ -f "$DATA/data/urls.env" ]; do
  kill -0 $PID 2>/dev/null || { echo "stack died:"; tail -50 "$LOG"; exit 1; }
  sleep 0.1
done
# shellcheck disable=SC1091
source "$DATA/data/urls.env"
until curl -s -o /dev/null -w '%{http_code}' "$DASHBOARD_URL/api/units/VN/figures" | grep -q 401; do sleep 0.05; done
t_ready=$(( $(now_ms) - t0 ))

token() { curl -s -X POST "$IDENTITY_URL/dev/tokens" -H 'Content-Type: application/json' \
            -d "{\"username\":\"$1\"}" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'; }
WRITER=$(token quan-tri); READER=$(token trung-uong)
total() { curl -s -H "Authorization: Bearer $READER" "$DASHBOARD_URL/api/units/$1/figures" | grep -o '"residentialAreas":[0-9]*' | head -1 | cut -d: -f2; }
lat=()
for i in $(seq 1 "$N"); do
  before=$(total VN)
  s=$(now_ms)
  curl -sf -o /dev/null -X POST "$MEMBERSHIP_URL/api/residential-areas" -H "Authorization: Bearer $WRITER" \
       -H 'Content-Type: application/json' \
       -d "{\"communeCode\":\"26560\",\"name\":\"Khu phố đo $i\",\"kind\":\"KHU_PHO\"}"
  while [ "$(total VN)" -le "$before" ]; do :; done
  lat+=($(( $(now_ms) - s )))
  sleep 0.2
done
sorted=$(printf '%s\n' "${lat[@]}" | sort -n)
p50=$(echo "$sorted" | awk -v n="$N" 'NR==int((n+1)/2)')
max=$(echo "$sorted" | tail -1)

rss_of() { ps -o rss= -p "$1" 2>/dev/null | awk '{s+=$1} END {print s+0}'; }
tree() { echo "$1"; for c in $(pgrep -P "$1"); do tree "$c"; done; }
sum_tree() { for p in $(tree "$1"); do rss_of "$p"; done | awk '{s+=$1} END {print s+0}'; }
launcher=$(rss_of $PID)
children=$(( $(sum_tree $PID) - launcher ))      # Kafka broker JVM, watchdogs
pm=$(head -1 "$(find "$DATA/data/postgres" -name postmaster.pid | head -1)")
pg=$(sum_tree "$pm")
echo "| start to first HTTP answer (cold data dir) | $(awk -v m="$t_ready" 'BEGIN{printf "%.1f s", m/1000}') |"
echo "| POST → nation figure changed, median of $N | ${p50} ms (max ${max} ms) |"
echo "| RSS launcher JVM (both services, MongoDB stand-in) | $((launcher/1024)) MB |"
echo "| RSS child processes: Kafka broker JVM, identity provider JVM, watchdogs | $((children/1024)) MB |"
echo "| RSS PostgreSQL (all backends, shared memory counted per process) | $((pg/1024)) MB |"
echo "| RSS total | $(( (launcher+children+pg)/1024 )) MB |"
