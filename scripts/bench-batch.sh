#!/usr/bin/env bash
# Measures batch export (issue 14) as docs/performance.md records it: 500
# articles made from the corpus's (../shared/corpus: each article in turn,
# its title numbered and its paragraphs rotated, so that no two are alike
# and their sizes are the corpus's), exported with one profile by a single
# `paiban export -o OUTDIR/ DIR`, timed with /usr/bin/time -v: wall-clock
# time and peak RSS. Targets: ≤ 20 s and ≤ 500 MB on the 2-core project
# machine. N=… changes the number of articles.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${N:-500}
corpus=${CORPUS:-../shared/corpus}
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time: apt-get install -y time" >&2; exit 1; }
[ -d "$corpus" ] || { echo "needs the corpus at $corpus (CORPUS=…)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -trimpath -o "$work/paiban" .
python3 - "$corpus" "$work/in" "$n" <<'PY'
import glob, os, sys
corpus, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(out)
arts = []
for p in sorted(glob.glob(os.path.join(corpus, "*.md"))):
    src = open(p, encoding="utf-8").read()
    if not src.startswith("---\n"):
        continue
    head, body = src[4:].split("\n---\n", 1)
    arts.append((head, [x for x in body.split("\n\n") if x.strip()]))
for i in range(n):
    head, paras = arts[i % len(arts)]
    k = (i // len(arts)) % max(1, len(paras))
    lines = [l + f" 第{i + 1}號" if l.startswith("title:") else l for l in head.split("\n")]
    body = paras[k:] + paras[:k]
    with open(os.path.join(out, f"article-{i + 1:04d}.md"), "w", encoding="utf-8") as f:
        f.write("---\n" + "\n".join(lines) + "\n---\n\n" + "\n\n".join(body) + "\n")
PY
sizes=$(cat "$work"/in/*.md | wc -c)
echo "$n articles, $((sizes / n)) bytes each on average, from $(ls "$corpus"/*.md | wc -l) corpus articles"
prof=export/testdata/profile-shanghai-tax.yaml
"$work/paiban" export -o "$work/warm/" "$work/in/article-0001.md" 2>/dev/null # the page cache
/usr/bin/time -v "$work/paiban" export --profile "$prof" -o "$work/out/" "$work/in" 2>"$work/time.txt" || {
  cat "$work/time.txt" >&2; exit 1; }
grep '^paiban:' "$work/time.txt"
wall=$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$work/time.txt")
rss=$(awk -F': ' '/Maximum resident set size/{print $2}' "$work/time.txt")
cpu=$(awk -F': ' '/Percent of CPU/{print $2}' "$work/time.txt")
pdfs=$(ls "$work/out" | wc -l)
echo "batch export of $n articles on $(nproc) cores: $wall wall clock, $cpu CPU, max RSS $((rss / 1024)) MB, $pdfs PDFs, $(du -sm "$work/out" | cut -f1) MB"
