#!/usr/bin/env bash
# Public traffic against the running host (published as deployed: Release, ReadyToRun) on a store of synthetic content, with nginx
# serving the same page bytes as a static file on loopback as the baseline. Prints:
#   - start-up: seconds from launch to the first served page, and resident memory then and after load;
#   - a cached page: requests per second of the host and of nginx (wrk), and their ratio;
#   - uncached detail pages: wrk on one connection over distinct published items, each rendered once,
#     so every request misses the output cache; the median latency is the render time plus loopback.
# Usage: benchmarks/public-pages.sh [items] [seconds]   (defaults 100000 and 10; needs wrk and nginx)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
items="${1:-100000}"
seconds="${2:-10}"
port=5089
nginx_port=5090
data="${FEDERATION_BENCH_DATA:-${TMPDIR:-/tmp}/federation-bench}"
for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install wrk nginx curl" >&2; exit 2; }
done
cd "$root"
work="$(mktemp -d)"
dotnet publish -c Release -r linux-x64 --self-contained false src/Web -o "$work/app" >/dev/null
dotnet run -c Release --project benchmarks/Federation.Benchmarks -- generate "$items" >/dev/null 2>&1
cp "$data/synthetic-$items.db" "$work/content.db"
mkdir -p "$work/www/news" "$work/nginx"

start=$(date +%s.%N)
(cd "$work/app" && ConnectionStrings__Content="Data Source=$work/content.db" Media__Root="$work/media" Content__ImportSeedIntoEmptyStore=false \
  Logging__LogLevel__Default=Warning exec dotnet Federation.Web.dll --urls "http://127.0.0.1:$port") &
host=$!
cleanup() {
  kill "$host" 2>/dev/null || true
  [ -f "$work/nginx/nginx.pid" ] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
base="http://127.0.0.1:$port"
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/news/synthetic-000001")" = 200 ]; do sleep 0.05; done
rss() { echo $(( $(ps -o rss= -p "$host") / 1024 )); }
printf "start-up to the first served page: %.2f s with %d synthetic items; resident memory %d MB\n" \
  "$(echo "$(date +%s.%N) - $start" | bc)" "$items" "$(rss)"

# The same bytes, served by nginx as a static file.
page="/news/synthetic-000001"
curl -s "$base$page" >"$work/www/news/synthetic-000001.html"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  default_type text/html;
  client_body_temp_path $work/nginx; proxy_temp_path $work/nginx; fastcgi_temp_path $work/nginx; uwsgi_temp_path $work/nginx; scgi_temp_path $work/nginx;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    location / { try_files \$uri.html =404; }
  }
}
CONF
chmod a+rx "$work" && chmod -R a+rX "$work/www" # nginx's workers run as www-data when started by root
nginx -c "$work/nginx/nginx.conf"
until curl -s -o /dev/null "http://127.0.0.1:$nginx_port$page"; do sleep 0.05; done
cmp -s "$work/www/news/synthetic-000001.html" <(curl -s "http://127.0.0.1:$nginx_port$page") || { echo "nginx serves other bytes" >&2; exit 1; }

# Requests per second; fails if any answer was not a 2xx.
rps() {
  local out
  out="$(wrk -t2 -c64 -d"${seconds}s" "$1")"
  if grep -q "Non-2xx" <<<"$out"; then echo "$1: $(grep Non-2xx <<<"$out")" >&2; exit 1; fi
  awk '/Requests\/sec/ {print $2}' <<<"$out"
}
wrk -t2 -c64 -d3s "$base$page" >/dev/null # warm-up: JIT, output cache
host_rps=$(rps "$base$page")
nginx_rps=$(rps "http://127.0.0.1:$nginx_port$page")
printf "page of %d bytes, as both serve it\n" "$(stat -c %s "$work/www/news/synthetic-000001.html")"
printf "cached page %s: host %.0f req/s, nginx %.0f req/s, ratio %.0f%%\n" "$page" "$host_rps" "$nginx_rps" "$(echo "100 * $host_rps / $nginx_rps" | bc -l)"

# Uncached: published items in turn (n % 10 < 7 is published), each request with a query string of its
# own, which the output cache keys on, so every request is rendered.
cat >"$work/distinct.lua" <<'LUA'
local n, r = 10, 0
init = function(args) items = tonumber(args[1]) end
request = function()
  repeat n = n + 1; if n >= items then n = 1 end until n % 10 < 7
  r = r + 1
  return wrk.format("GET", string.format("/news/synthetic-%06d?uncached=%d", n, r))
end
LUA
wrk -t1 -c1 -d"${seconds}s" --latency -s "$work/distinct.lua" "$base" -- "$items" | awk '
  /Requests\/sec/ {rps = $2}
  /^ +50%/ {p50 = $2} /^ +90%/ {p90 = $2} /^ +99%/ {p99 = $2}
  /Non-2xx/ {bad = $NF}
  END {printf "uncached detail pages: median %s, 90%% %s, 99%% %s, %s req/s on one connection%s\n", p50, p90, p99, rps, bad ? ", NON-2XX: " bad : ""}'
printf "resident memory after the load: %d MB\n" "$(rss)"
