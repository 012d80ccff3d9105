#!/usr/bin/env bash
# Images (issue 8), two races, each printed with its ratio and goal:
#   - rendering: 20 photo-like JPEGs of 3000×2000 (made by the benchmarks' `images-prepare` verb with NetVips) made
#     into thumbnails 640 wide, JPEG quality 80, optimised Huffman tables, progressive, without metadata — by
#     Debian's vipsthumbnail and by the site's VariantRenderer (the `images-render` verb, Release, libvips' operation
#     cache off). Images per second, best of 3 rounds taken in turn, one image at a time (libvips threads inside each)
#     and two at a time (two vipsthumbnail processes of ten files each; two renders at once, as
#     Images:MaxConcurrentRenders allows on two cores). Goal: ours at 80% or more of vipsthumbnail's.
#   - serving: the host (published as deployed: Release, ReadyToRun) answering a cached variant,
#     /media/{id}/photo-01.jpg?preset=w640&v=…, and nginx the same bytes as a static file, with wrk -t2 -c64 on
#     loopback, three pairs in turn after a warm-up. Requests per second. Goal: the host at 50% or more of nginx.
# Usage: benchmarks/images.sh [seconds]   (default 10)
# Needs, from Debian, and installs none of them: libvips-tools (vipsthumbnail), nginx, wrk, curl, bc.
# The host listens on IMAGES_BENCH_PORT (default 5093), nginx on the next port; the script stops if either is taken.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-10}"
port="${IMAGES_BENCH_PORT:-5093}"
nginx_port=$((port + 1))
for tool in vipsthumbnail nginx wrk curl bc; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install libvips-tools nginx wrk curl bc" >&2; exit 2; }
done
for listening in "$port" "$nginx_port"; do
  if curl -s -o /dev/null "http://127.0.0.1:$listening/"; then echo "port $listening is taken (another run?)" >&2; exit 2; fi
done
cd "$root"
work="$(mktemp -d)"
host=""
cleanup() {
  local status=$?
  if [ "$status" -ne 0 ] && [ -s "$work/host.log" ]; then echo "the end of the host's log:" >&2; tail -n 30 "$work/host.log" >&2; fi
  [ -n "$host" ] && kill "$host" 2>/dev/null || true
  [ -f "$work/nginx/nginx.pid" ] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

dotnet publish -c Release -r linux-x64 --self-contained false src/Web -o "$work/app" >/dev/null
dotnet build -c Release benchmarks/Federation.Benchmarks >/dev/null
bench() { dotnet "$root/benchmarks/Federation.Benchmarks/bin/Release/net10.0/Federation.Benchmarks.dll" "$@"; }
page="$(bench images-prepare "$work" 20)"
photos="$work/photos"
count=$(ls "$photos"/*.jpg | wc -l)
printf "%d photo-like JPEGs of 3000×2000, %.1f MB each on average; vipsthumbnail is libvips %s, the site's NetVips.Native libvips %s\n" \
  "$count" "$(echo "$(du -cb "$photos"/*.jpg | tail -1 | cut -f1) / $count / 1048576" | bc -l)" "$(vips --version | cut -d- -f2)" \
  "$(sed -n 's/.*"NetVips.Native\/\([0-9.]*\)".*/\1/p' "$work/app/Federation.Web.deps.json" | head -1)"

# Images per second of one round of vipsthumbnail over the photos, $1 processes at once.
vipsthumbnail_round() {
  local start
  mkdir -p "$work/out-vips"
  start=$(date +%s.%N)
  printf '%s\n' "$photos"/*.jpg | xargs -P "$1" -n $((count / $1)) \
    vipsthumbnail --size 640x2560 -o "$work/out-vips/%s.jpg[Q=80,optimize_coding,interlace,strip]"
  echo "$count / ($(date +%s.%N) - $start)" | bc -l
}
max() { echo "if ($1 > $2) $1 else $2" | bc -l; }

# The machine is shared, so its load moves between runs: the rounds alternate, vipsthumbnail then ours, and each keeps its best.
for parallel in 1 2; do
  theirs=0 ours=0
  for _ in 1 2 3; do
    theirs=$(max "$(vipsthumbnail_round "$parallel")" "$theirs")
    ours=$(max "$(bench images-render "$photos" "$work/out-ours" 640 80 "$parallel" 1)" "$ours")
  done
  ratio=$(echo "100 * $ours / $theirs" | bc -l)
  printf "render, %d at a time: vipsthumbnail %.2f images/s, VariantRenderer %.2f images/s, ratio %.0f%% (goal 80%%: %s)\n" \
    "$parallel" "$theirs" "$ours" "$ratio" "$( [ "$(echo "$ratio >= 80" | bc)" = 1 ] && echo met || echo missed)"
done
# Both made the same thumbnails.
size() { echo "$(vipsheader -f width "$1")x$(vipsheader -f height "$1")"; }
vips_size="$(size "$work/out-vips/photo-05.jpg")"
ours_size="$(size "$work/out-ours/photo-05.jpg")"
[ "$vips_size" = "$ours_size" ] || { echo "vipsthumbnail made $vips_size, the renderer $ours_size" >&2; exit 1; }
printf "thumbnails %s; photo-05 is %d bytes from vipsthumbnail, %d from the renderer\n" "$ours_size" \
  "$(stat -c %s "$work/out-vips/photo-05.jpg")" "$(stat -c %s "$work/out-ours/photo-05.jpg")"

# The host, its store seeded with one published news item whose cover is photo-01.
base="http://127.0.0.1:$port"
(cd "$work/app" && ConnectionStrings__Content="Data Source=$work/content.db" Media__Root="$work/media" Content__SeedPath="$work/seed" \
  Logging__LogLevel__Default=Warning exec dotnet Federation.Web.dll --urls "$base") >>"$work/host.log" 2>&1 &
host=$!
deadline=$((SECONDS + 120))
until curl -sf -o /dev/null "$base$page"; do
  if ! kill -0 "$host" 2>/dev/null || [ "$SECONDS" -ge "$deadline" ]; then echo "the host does not answer $base$page" >&2; exit 1; fi
  sleep 0.1
done
variant="$(curl -s "$base$page" | grep -o '/media/[^" ]*preset=w640[^" ]*' | head -1 | sed 's/&amp;/\&/g')"
[ -n "$variant" ] || { echo "no w640 variant in the srcset of $page" >&2; exit 1; }
mkdir -p "$work/www" "$work/nginx"
curl -sf -H "Accept: */*" "$base$variant" -o "$work/www/variant.jpg" # renders it once; from now on it is a file
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  types { image/jpeg jpg; }
  client_body_temp_path $work/nginx; proxy_temp_path $work/nginx; fastcgi_temp_path $work/nginx; uwsgi_temp_path $work/nginx; scgi_temp_path $work/nginx;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
  }
}
CONF
chmod a+rx "$work" && chmod -R a+rX "$work/www" # nginx's workers run as www-data when started by root
nginx -c "$work/nginx/nginx.conf"
until curl -s -o /dev/null "http://127.0.0.1:$nginx_port/variant.jpg"; do sleep 0.05; done
cmp -s "$work/www/variant.jpg" <(curl -s -H "Accept: */*" "$base$variant") || { echo "the host serves other bytes the second time" >&2; exit 1; }
cmp -s "$work/www/variant.jpg" <(curl -s "http://127.0.0.1:$nginx_port/variant.jpg") || { echo "nginx serves other bytes" >&2; exit 1; }

# Requests per second; fails if any answer was not a 2xx.
rps() {
  local out
  out="$(wrk -t2 -c64 -d"$2" -H "Accept: */*" "$1")"
  if grep -q "Non-2xx" <<<"$out"; then echo "$1: $(grep Non-2xx <<<"$out")" >&2; exit 1; fi
  awk '/Requests\/sec/ {print $2}' <<<"$out"
}
# Warm-up (the JIT, the variant into memory), then three pairs, host then nginx; the ratio is the median pair's.
rps "$base$variant" 5s >/dev/null
rps "http://127.0.0.1:$nginx_port/variant.jpg" 2s >/dev/null
pairs=()
for _ in 1 2 3; do
  host_rps=$(rps "$base$variant" "${seconds}s")
  nginx_rps=$(rps "http://127.0.0.1:$nginx_port/variant.jpg" "${seconds}s")
  pairs+=("$(echo "100 * $host_rps / $nginx_rps" | bc -l) $host_rps $nginx_rps")
done
read -r ratio host_rps nginx_rps <<<"$(printf '%s\n' "${pairs[@]}" | sort -n | sed -n 2p)"
printf "serve %s (%d bytes), pairs (host/nginx req/s): %s\n" "$variant" "$(stat -c %s "$work/www/variant.jpg")" \
  "$(printf '%s\n' "${pairs[@]}" | awk '{printf "%.0f/%.0f (%.0f%%)  ", $2, $3, $1}')"
printf "serve, median pair: host %.0f req/s, nginx %.0f req/s, ratio %.0f%% (goal 50%%: %s)\n" "$host_rps" "$nginx_rps" "$ratio" \
  "$( [ "$(echo "$ratio >= 50" | bc)" = 1 ] && echo met || echo missed)"
