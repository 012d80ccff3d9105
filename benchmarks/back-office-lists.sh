#!/usr/bin/env bash
# Server time of the back office's content list at 100,000 news items, measured over HTTP against
# the running host (Release build) on a store of synthetic content. Prints the median and the slowest
# of 20 requests per list view, and the host's start-up time and resident memory.
# Usage: benchmarks/back-office-lists.sh [items]   (default 100000; the store is made once, then reused)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
items="${1:-100000}"
port=5088
data="${FEDERATION_BENCH_DATA:-${TMPDIR:-/tmp}/federation-bench}"
cd "$root"
dotnet build -c Release src/Web >/dev/null
dotnet run -c Release --project benchmarks/Federation.Benchmarks -- generate "$items" >/dev/null
store="$(mktemp -d)"
cp "$data/synthetic-$items.db" "$store/content.db"
start=$(date +%s.%N)
(cd src/Web && ConnectionStrings__Content="Data Source=$store/content.db" Media__Root="$store/media" Content__ImportSeedIntoEmptyStore=false \
  Cms__Admin__Email=bench@example.org Cms__Admin__Password=federation-bench-2026 Logging__LogLevel__Default=Warning \
  exec dotnet bin/Release/net10.0/Federation.Web.dll --urls "http://127.0.0.1:$port") &
host=$!
trap 'kill $host 2>/dev/null; rm -rf "$store"' EXIT
until curl -s -o /dev/null "http://127.0.0.1:$port/healthz"; do sleep 0.1; done
echo "host up after $(echo "$(date +%s.%N) - $start" | bc) s with $items synthetic items; resident memory $(( $(ps -o rss= -p "$(pgrep -P $host || echo $host)" | head -1) / 1024 )) MB"

jar="$store/cookies"
base="http://127.0.0.1:$port"
token=$(curl -s -c "$jar" -b "$jar" "$base/cms/sign-in" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=bench@example.org" --data-urlencode "password=federation-bench-2026" --data-urlencode "__RequestVerificationToken=$token" "$base/cms/sign-in"
for url in "/cms/content/news" "/cms/content/news?sort=Title" "/cms/content/news?status=Draft" "/cms/content/news?q=%E7%AC%AC%20099999%20%E6%9D%A1" "/cms/content/news?page=2000" "/cms"; do
  for _ in 1 2 3; do curl -s -o /dev/null -b "$jar" "$base$url"; done
  printf "%-58s" "$url"
  for _ in $(seq 1 20); do curl -s -o /dev/null -w "%{time_total}\n" -b "$jar" "$base$url"; done |
    sort -n | awk '{t[NR]=$1} END {printf "median %6.1f ms   slowest %6.1f ms\n", t[int((NR+1)/2)]*1000, t[NR]*1000}'
done
