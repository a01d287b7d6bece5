#!/usr/bin/env bash
# Writes the hostile images of issue 11 (a 1 × 1 PNG padded to 2 GB, PNGs of
# 10 000 × 10 000 pixels, a FIFO, a folder, /dev/zero, JPEGs too large to
# decode, the largest accepted files), each with an article of its own, into
# a new temporary folder (or the folder given), and prints the articles'
# paths. They are made by export's TestWriteHostileImages: too large, or too
# special, for git. The sparse 2 GB file takes no disk.
#
#   scripts/hostile-images.sh [DIR]
#   scripts/hostile-images.sh --measure BINARY [DIR]
#
# With --measure, each article is exported by BINARY under a 4 GB address
# space limit, and its peak RSS, time and outcome printed.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=""
if [ "${1:-}" = "--measure" ]; then bin=$(realpath "$2"); shift 2; fi
dir=${1:-$(mktemp -d)}
mkdir -p "$dir"
dir=$(realpath "$dir")
PAIBAN_HOSTILE_DIR=$dir go test -count=1 -run '^TestWriteHostileImages$' ./export >/dev/null
if [ -z "$bin" ]; then
  ls "$dir"/*.md
  exit 0
fi
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time: apt-get install -y time" >&2; exit 1; }
printf '%-24s %8s %7s  %s\n' article "RSS MB" seconds outcome
for md in "$dir"/*.md; do
  log=$(mktemp)
  set +e
  # timeout: a FIFO that blocks is a failure, not a hang of this script.
  timeout -k 5 30 prlimit --as=4000000000 /usr/bin/time -f '%M %e' -o "$log.time" \
    "$bin" export -o "$dir/out.pdf" "$md" >"$log" 2>&1
  rc=$?
  set -e
  # /usr/bin/time's last line; a line before it tells of a failure.
  read -r rss secs < <(tail -n 1 "$log.time" 2>/dev/null) || { rss=0; secs=timeout; }
  outcome="exported"
  [ $rc -ne 0 ] && outcome="refused: $(grep -v '^Command' "$log" | head -1 | cut -c1-150 || true)"
  [ $rc -eq 124 ] && outcome="TIMED OUT (blocked)"
  printf '%-24s %8d %7s  %s\n' "$(basename "$md" .md)" $((rss / 1024)) "$secs" "$outcome"
  rm -f "$log" "$log.time" "$dir/out.pdf"
done
