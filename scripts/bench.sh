#!/usr/bin/env bash
# Measures what docs/performance.md records: the Go benchmarks of layout and
# export, and the whole-process time of `paiban export` on the seed article
# (median of 5 runs, with /usr/bin/time), its PDF size and page count.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time: apt-get install -y time" >&2; exit 1; }
go test -run '^$' -bench . -benchtime 20x -benchmem ./export ./layout
bin=$(mktemp -d)/paiban
go build -trimpath -o "$bin" .
seed=export/testdata/seed-tax-article.md prof=export/testdata/profile-shanghai-tax.yaml
out=$(mktemp -d)/seed.pdf
"$bin" export --profile "$prof" -o "$out" "$seed" >/dev/null # warm the page cache
times=()
for _ in 1 2 3 4 5; do
  times+=("$( { /usr/bin/time -f '%e %M' "$bin" export --profile "$prof" -o "$out" "$seed" >/dev/null; } 2>&1 )")
done
printf '%s\n' "${times[@]}" | sort -n | sed -n 3p | awk '{printf "paiban export seed: median %s s of 5, max RSS %d MB\n", $1, $2/1024}'
echo "seed PDF: $(stat -c %s "$out") bytes, $(pdfinfo "$out" | awk '/^Pages/{print $2}') pages"

# Memory: exporting a 200 000-character article (the seed's body repeated).
long=$(mktemp -d)/long.md
python3 - "$seed" "$long" <<'PY'
import sys
src = open(sys.argv[1], encoding="utf-8").read()
head, body = src.split("\n---\n", 1)
out = [head, "\n---\n"]
n = 0
while n < 200_000:
    out.append(body)
    n += len(body)
open(sys.argv[2], "w", encoding="utf-8").write("".join(out))
PY
/usr/bin/time -f '%e %M' "$bin" export -o "$out" "$long" 2>&1 >/dev/null | tail -1 |
  awk '{printf "paiban export of 200 000 characters: %s s, max RSS %d MB\n", $1, $2/1024}'
echo "its PDF: $(stat -c %s "$out") bytes, $(pdfinfo "$out" | awk '/^Pages/{print $2}') pages"
