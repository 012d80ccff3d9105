#!/usr/bin/env bash
# Site search on Lucene.NET at scale (goals: p95 query latency under 20 ms with highlights and facets, indexing at
# 2,000 items a second or more, a rebuild never blocks searching), on an index of synthetic items: both cultures of
# each, of every type (benchmarks/Federation.Benchmarks/Search/SearchCorpus.cs). Runs the engine in-process, as the
# host does, with the host's runtime settings (server GC, no tiered PGO), and prints:
#   - search-index: a fresh index built as a rebuild builds it (BeginBuildAsync, AddAsync of 250 items at a time,
#     SwapAsync), in items per second, an item being both its documents; then 300 single publishes (IndexAsync:
#     write, commit, refresh) into it, their rate and latencies. The index is kept for the next two.
#   - search-latency: the fixed mix of searches (SearchQueries.cs), a page of 20 with highlights and facets each,
#     one at a time after a warm-up: each search's latency, then the percentiles of all; with the searching
#     thread's CPU time, which does not count waiting for a core on a shared machine.
#   - search-rebuild: a searcher on a thread of its own, first alone, then while a rebuild of the whole index runs
#     and swaps in: its latencies, and every answer checked against what the same search found before.
# Builds add on all cores but one unless Search__BuildThreads is set, as for the host (Search:BuildThreads).
# Usage: benchmarks/search.sh [items] [queries]   (defaults 100000 and 2000; the index is kept in
# $FEDERATION_BENCH_DATA/search-<items>, default /tmp/federation-bench, about 4.5 GB at 100,000 items)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
items="${1:-100000}"
queries="${2:-2000}"
cd "$root"
dotnet build -c Release benchmarks/Federation.Benchmarks >/dev/null
run() {
  DOTNET_gcServer=1 DOTNET_TieredPGO=0 dotnet benchmarks/Federation.Benchmarks/bin/Release/net10.0/Federation.Benchmarks.dll "$@"
}
threads="all cores but one"; [ "${Search__BuildThreads:-0}" -gt 0 ] && threads="$Search__BuildThreads thread(s)"
echo "$(nproc) cores; builds on $threads; load average $(cut -d' ' -f1-3 /proc/loadavg) at the start (other work on the machine slows what follows)"
run search-index "$items" 300
run search-latency "$items" "$queries"
run search-rebuild "$items" "$queries"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
