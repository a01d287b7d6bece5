#!/usr/bin/env bash
# Runs `paiban export` on every hostile input of issue 11 under a memory
# limit, and fails when one of them crashes, hangs, takes more memory than
# its bound, or is refused without a message. The inputs are the small
# articles of export/testdata/hostile/ and the large or special ones made
# here at run time (too big, or too special, for git): a 1.9 MB title, a
# 2 MB word that cannot break, quotes nested 20 000 deep, the largest
# accepted article, /dev/zero and a named pipe as article, font, profile
# and image, a sparse 3 GB font, and the images of export's
# TestWriteHostileImages (a PNG padded to 2 GB, 10 000 × 10 000 pixels…).
#
#   scripts/hostile.sh [BINARY]     (default: builds one)
#
# It prints a table — case, peak RSS, seconds, outcome — that
# docs/performance.md records. Bounds: 300 MB peak RSS for every hostile
# case, 500 MB for the largest accepted inputs; each runs under a 4 GB
# address-space limit (prlimit), so a regression fails here instead of
# taking the machine down, and under a 60 s timeout, so one that blocks
# fails instead of hanging.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v /usr/bin/time >/dev/null || { echo "hostile.sh needs /usr/bin/time (Debian: apt-get install time)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin=${1:-}
if [ -z "$bin" ]; then
  bin=$work/paiban
  go build -o "$bin" .
fi
gen=$work/gen
mkdir -p "$gen"

# Images: PNGs padded or too large, JPEGs, the largest accepted.
mkdir -p "$gen/images"
PAIBAN_HOSTILE_DIR=$gen/images go test -count=1 -run '^TestWriteHostileImages$' ./export >/dev/null

# Text: made with python3 (a dependency of the tests already).
python3 - "$gen" <<'PY'
import os, sys
d = sys.argv[1]
def article(name, body, title="標題"):
    with open(os.path.join(d, name), "w", encoding="utf-8") as f:
        f.write("---\ntitle: %s\nlang: zh-Hant\n---\n\n%s\n" % (title, body))
# A title of 1.9 MB.
article("title-1.9MB.md", "正文一段。", title="長" * 650_000)
# One Latin word of 2 MB, no place to break it.
article("word-2MB.md", "a" * (2_000_000))
# Block quotes nested 20 000 deep.
article("quotes-nested.md", ">" * 20_000 + " 引文")
# Lists nested 1 000 deep.
article("lists-nested.md", "\n".join("  " * i + "- 項" for i in range(1_000)))
# The largest accepted article: just under 2 MB of ordinary paragraphs.
para = "臺北市政府資訊局今日宣布，智慧城市計畫首波十五項數位服務正式上線，涵蓋交通、醫療、教育及社會福利等四大領域。"
n = (2 * 1024 * 1024 - 200) // (len(para.encode()) + 2)
with open(os.path.join(d, "largest-article.md"), "w", encoding="utf-8") as f:
    f.write("---\ntitle: 最大的文章\nlang: zh-Hant\n---\n\n")
    f.write("\n\n".join([para] * n))
# The same in Latin letters: words to break, not characters.
words = ("Lorem ipsum dolor sit amet consectetur " * 50_000)[:1_900_000]
article("title-latin-1.9MB.md", "正文一段。", title=words)
article("paragraph-latin-1.9MB.md", words)
# A table of 2 000 columns, one of 28 000 rows, one cell of 600 000 characters.
article("table-2000cols.md", "|" + "|".join("欄%d" % i for i in range(2000)) + "|\n|" + "---|" * 2000 + "\n|" + "|".join("值" for _ in range(2000)) + "|")
article("table-28000rows.md", "| 甲 | 乙 | 丙 |\n|---|---|---|\n" + "".join("| 第%d列 | 黨建 | 改革 |\n" % i for i in range(28_000)))
article("table-cell-600k.md", "| 甲 | 乙 |\n|---|---|\n| 短 | " + "長" * 600_000 + " |")
# Many figures of the same picture: the images a PDF may hold are bounded.
hall = os.path.abspath("export/testdata/hall.png")
article("figures-5000.md", "\n\n".join("![圖%d](%s)" % (i, hall) for i in range(5000)))
# One byte over the limit.
with open(os.path.join(d, "article-over-2MB.md"), "w", encoding="utf-8") as f:
    f.write("---\ntitle: 太大\n---\n\n" + "字" * 700_000)
PY
mkfifo "$gen/pipe.md" "$gen/pipe.ttf" "$gen/pipe.yaml"
truncate -s 3G "$gen/sparse-3GB.ttf"
mkdir "$gen/folder.md"

seed=export/testdata/seed-tax-article.md
# name | RSS bound in MB | arguments after "export -o OUT"
cases=()
for md in export/testdata/hostile/*.md "$gen"/*.md "$gen"/images/*.md; do
  [ -f "$md" ] || continue
  name=$(basename "$md" .md)
  bound=300
  case $name in largest*) bound=500 ;; esac
  cases+=("$name|$bound|$md")
done
cases+=(
  "article-dev-zero|300|/dev/zero"
  "article-named-pipe|300|$gen/pipe.md"
  "article-folder|300|$gen/folder.md"
  "title-font-dev-zero|300|--title-font /dev/zero $seed"
  "body-font-named-pipe|300|--body-font $gen/pipe.ttf $seed"
  "body-font-sparse-3GB|300|--body-font $gen/sparse-3GB.ttf $seed"
  "profile-dev-zero|300|--profile /dev/zero $seed"
  "profile-named-pipe|300|--profile $gen/pipe.yaml $seed"
)

fail=0
printf '%-28s %7s %7s  %s\n' case "RSS MB" seconds outcome
for c in "${cases[@]}"; do
  IFS='|' read -r name bound args <<<"$c"
  log=$work/log
  set +e
  # shellcheck disable=SC2086 # the arguments are split on purpose
  timeout -k 5 60 prlimit --as=4000000000 /usr/bin/time -f '%M %e' -o "$log.time" \
    "$bin" export -o "$work/out.pdf" $args >"$log" 2>&1
  rc=$?
  set -e
  read -r rss secs < <(tail -n 1 "$log.time" 2>/dev/null) || true
  rss=${rss:-0} secs=${secs:-?}
  mb=$((rss / 1024))
  problem=""
  case $rc in
    0) outcome="exported" ;;
    1) outcome="refused: $(grep -m1 '^paiban:' "$log" | cut -c9-130)"
       grep -q '^paiban:' "$log" || problem="refused without a message" ;;
    124|137) outcome="TIMED OUT"; problem="blocked or too slow" ;;
    *) outcome="exit $rc: $(head -c 200 "$log")"; problem="crashed" ;;
  esac
  if [ "$mb" -gt "$bound" ]; then problem="${problem:+$problem; }peak RSS $mb MB over $bound MB"; fi
  printf '%-28s %7d %7s  %s\n' "$name" "$mb" "$secs" "$outcome"
  if [ -n "$problem" ]; then echo "  FAIL $name: $problem" >&2; fail=1; fi
  rm -f "$log" "$log.time" "$work/out.pdf"
done
exit $fail
