#!/usr/bin/env bash
# The GraphQL API against a plain endpoint (issue 6): the query
#   { news(first: 20) { edges { node { id title summary url published category tags } } } }
# sent to /graphql of the host (published as deployed: Release, ReadyToRun) on a store of synthetic content, and
# the same JSON from GET /plain/news, a plain minimal-API endpoint in a process of its own that loads the same
# store (the benchmarks' `plain-news` verb, with the host's runtime settings: server GC, no tiered PGO). Both
# answers are compared after normalising (key order, the port in links) before anything is measured. Prints
# requests per second (wrk -t2 -c64) of:
#   - the plain endpoint;
#   - GraphQL by POST application/json and by GET ?query=, with the result cache (GraphQL:CacheResults, the default);
#   - the same with GraphQL__CacheResults=false, the host restarted: every request parsed, validated, costed and executed;
# and each GraphQL rate as a share of the plain endpoint's, measured just before it with the same host running.
# Usage: benchmarks/graphql-news.sh [items] [seconds]   (defaults 10000 and 10; needs wrk, curl and jq)
# The host listens on GRAPHQL_BENCH_PORT (default 5091), the plain endpoint on the next port; the script stops if either is taken.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
items="${1:-10000}"
seconds="${2:-10}"
port="${GRAPHQL_BENCH_PORT:-5091}"
plain_port=$((port + 1))
data="${FEDERATION_BENCH_DATA:-${TMPDIR:-/tmp}/federation-bench}"
for tool in wrk curl jq; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install wrk curl jq" >&2; exit 2; }
done
for listening in "$port" "$plain_port"; do
  if curl -s -o /dev/null "http://127.0.0.1:$listening/"; then echo "port $listening is taken (another run?)" >&2; exit 2; fi
done
cd "$root"
work="$(mktemp -d)"
dotnet publish -c Release -r linux-x64 --self-contained false src/Web -o "$work/app" >/dev/null
dotnet build -c Release benchmarks/Federation.Benchmarks >/dev/null
dotnet run -c Release --no-build --project benchmarks/Federation.Benchmarks -- generate "$items" >/dev/null 2>&1
cp "$data/synthetic-$items.db" "$work/content.db"
cp "$data/synthetic-$items.db" "$work/plain.db"

host=""
plain=""
cleanup() {
  local status=$?
  if [ "$status" -ne 0 ]; then
    for log in host plain; do
      [ -s "$work/$log.log" ] && { echo "the end of the $log's log:" >&2; tail -n 30 "$work/$log.log" >&2; }
    done
  fi
  [ -n "$host" ] && kill "$host" 2>/dev/null || true
  [ -n "$plain" ] && kill "$plain" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

query='{ news(first: 20) { edges { node { id title summary url published category tags } } } }'
body="$(jq -cn --arg query "$query" '{query: $query}')"
base="http://127.0.0.1:$port"
plain_base="http://127.0.0.1:$plain_port"
get_path="/graphql?query=$(jq -rn --arg query "$query" '$query | @uri')"

# Waits until $1 answers 200; fails should the process $2 of the $3 (host or plain) exit, or two minutes pass.
wait_for() {
  local deadline=$((SECONDS + 120))
  until curl -sf -o /dev/null "$1"; do
    if ! kill -0 "$2" 2>/dev/null || [ "$SECONDS" -ge "$deadline" ]; then echo "the $3 does not answer $1" >&2; exit 1; fi
    sleep 0.1
  done
  kill -0 "$2" 2>/dev/null || { echo "the $3 exited; something else answers $1" >&2; exit 1; }
}

# The host, with the result cache on (true) or off (false). wrk is one anonymous address asking far more than the anonymous
# cost per minute allows (about sixty such lists), so that limit is raised out of reach: requests are still counted and charged.
start_host() {
  (cd "$work/app" && ConnectionStrings__Content="Data Source=$work/content.db" Media__Root="$work/media" Content__ImportSeedIntoEmptyStore=false \
    GraphQL__CacheResults="$1" GraphQL__AnonymousCostPerMinute=2147483647 Logging__LogLevel__Default=Warning \
    exec dotnet Federation.Web.dll --urls "$base") >>"$work/host.log" 2>&1 &
  host=$!
  wait_for "$base/healthz" "$host" host
}

stop_host() {
  kill "$host"
  wait "$host" 2>/dev/null || true
  host=""
}

post() { curl -s -H "Content-Type: application/json" -H "Accept: application/json" --data "$body" "$base/graphql"; }
# Keys sorted, links to one port, and without GraphQL's extensions (the cost of the query, which the plain endpoint has no reason to tell).
normalise() { sed "s#http://127.0.0.1:$plain_port/#http://127.0.0.1:$port/#g" | jq -S 'del(.extensions)'; }

# Both answers, by POST and by GET, are the plain endpoint's, with 20 news items.
same_answers() {
  local expected
  expected="$(curl -s "$plain_base/plain/news" | normalise)"
  [ "$(jq '.data.news.edges | length' <<<"$expected")" = 20 ] || { echo "the plain endpoint does not answer 20 items" >&2; exit 1; }
  diff <(echo "$expected") <(post | normalise) >&2 || { echo "GraphQL by POST answers other JSON than the plain endpoint" >&2; exit 1; }
  diff <(echo "$expected") <(curl -s -H "Accept: application/json" "$base$get_path" | normalise) >&2 || { echo "GraphQL by GET answers other JSON" >&2; exit 1; }
}

cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.body = [[$body]]
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
LUA

# Requests per second, mean latency and wrk's socket errors if any (a request over wrk's 2 s is a timeout) of wrk with these
# arguments, after a warm-up (JIT, caches); fails if any answer was not a 2xx.
rps() {
  local out
  wrk -t2 -c64 -d3s "$@" >/dev/null
  out="$(wrk -t2 -c64 -d"${seconds}s" "$@")"
  if grep -q "Non-2xx" <<<"$out"; then echo "$*: $(grep Non-2xx <<<"$out")" >&2; exit 1; fi
  awk '/Requests\/sec/ {rps = $2} /^ +Latency/ {latency = $2} /Socket errors/ {sub(/^ +/, ""); errors = "; " $0} END {print rps, latency errors}' <<<"$out"
}

# Prints a line for one wrk run: its name, req/s, their share of the plain endpoint's req/s when given, and latency; keeps req/s in last_rps.
measure() {
  local name="$1" plain_rps="$2" out latency share=""
  shift 2
  out="$(rps "$@")"
  read -r last_rps latency <<<"$out"
  [ -n "$plain_rps" ] && share="$(printf "%4.0f%% of plain" "$(echo "100 * $last_rps / $plain_rps" | bc -l)")"
  printf "%-38s %9.0f req/s %14s   mean latency %s\n" "$name" "$last_rps" "$share" "$latency"
}

(cd "$work" && DOTNET_gcServer=1 DOTNET_TieredPGO=0 Logging__LogLevel__Default=Warning \
  exec dotnet "$root/benchmarks/Federation.Benchmarks/bin/Release/net10.0/Federation.Benchmarks.dll" plain-news "$plain_port" "$work/plain.db") >"$work/plain.log" 2>&1 &
plain=$!
wait_for "$plain_base/plain/news" "$plain" plain

start_host true
same_answers
printf "%d synthetic items; the answer is %d bytes from GraphQL (with its cost in extensions), %d from the plain endpoint\n" \
  "$items" "$(post | wc -c)" "$(curl -s "$plain_base/plain/news" | wc -c)"
measure "plain GET /plain/news" "" "$plain_base/plain/news"
plain_rps="$last_rps"
measure "GraphQL POST, result cache" "$plain_rps" -s "$work/post.lua" "$base/graphql"
measure "GraphQL GET ?query=, result cache" "$plain_rps" -H "Accept: application/json" "$base$get_path"
stop_host

start_host false
same_answers
measure "plain GET /plain/news" "" "$plain_base/plain/news"
plain_rps="$last_rps"
measure "GraphQL POST, no result cache" "$plain_rps" -s "$work/post.lua" "$base/graphql"
measure "GraphQL GET ?query=, no result cache" "$plain_rps" -H "Accept: application/json" "$base$get_path"

# What the servers logged at warning or above, by message (wrk ends each run by closing its connections mid-request).
for log in host plain; do
  if grep -q '^\(warn\|fail\|crit\):' "$work/$log.log"; then
    echo "$log logged:"
    grep -A2 '^\(warn\|fail\|crit\):' "$work/$log.log" | grep -v '^\(warn\|fail\|crit\):\|^--' | grep -v 'An unhandled exception' | sed 's/^ *//' | sort | uniq -c | sort -rn | head -5
  fi
done
