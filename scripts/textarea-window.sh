#!/usr/bin/env bash
# Drives the body editor widget (app/textarea) in a real window under Xvfb
# with xdotool, as a user would: a click in the middle of a paragraph and a
# typed key, a drag from the first paragraph into the second, a double
# click on a Latin word, Ctrl+V of Word-style text (a line a paragraph,
# indented with full-width spaces) over it, and a triple click. The window is app/textarea/demo, which prints the
# cursor and the selection (byte offsets) as they move; the script checks
# them. Needs xvfb, xdotool and xclip (apt-get install -y xvfb xdotool xclip).
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in xvfb-run xdotool xclip; do
  command -v "$tool" >/dev/null || { echo "needs $tool: apt-get install -y xvfb xdotool xclip" >&2; exit 1; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/demo" ./app/textarea/demo
printf '第一段文字。\n\n第二段有English詞。\n' >"$tmp/body.md"
# The geometry, in the default theme at text size 14: the window's padding
# 4 and the text area's 8, Chinese characters 14 wide, rows 24 tall.
cat >"$tmp/drive.sh" <<'DRIVE'
set -eu
"$1/demo" "$1/body.md" >"$1/out.txt" 2>/dev/null &
pid=$!
for _ in $(seq 50); do xdotool search --name 'textarea demo' >/dev/null 2>&1 && break; sleep 0.2; done
sleep 1
xdotool mousemove 57 20 click 1          # row 0, the left half of the 4th character
sleep 0.6                                # Fyne waits to tell a click from a double click
xdotool type x
sleep 0.3
xdotool mousemove 42 20 mousedown 1 mousemove 50 45 mousemove 57 68 mouseup 1   # into row 2
sleep 0.6
xdotool mousemove 80 68 click --repeat 2 --delay 80 1                         # on "English"
sleep 0.8
printf '\xe3\x80\x80\xe3\x80\x80甲\r\n\xe3\x80\x80\xe3\x80\x80乙\r\n' | xclip -selection clipboard 2>/dev/null
xdotool key ctrl+v
sleep 0.5
xdotool mousemove 30 20 click --repeat 3 --delay 80 1                         # the first paragraph
sleep 0.8
kill $pid
DRIVE
xvfb-run -a -s '-screen 0 1024x768x24' bash "$tmp/drive.sh" "$tmp"
out=$(cat "$tmp/out.txt")
fail=0
expect() {
  if grep -qx "$1" <<<"$out"; then echo "ok: $2"; else echo "FAIL: $2: no line '$1'" >&2; fail=1; fi
}
expect 'cursor 9 selection 9 9 len 46' 'a click mid-paragraph puts the cursor at the clicked character'
expect 'cursor 10 selection 10 10 len 47' 'the typed key lands there'
expect 'cursor 30 selection 6 30 len 47' 'a drag selects across the blank line into the second paragraph'
expect 'cursor 40 selection 33 40 len 47' 'a double click selects the word'
expect 'cursor 41 selection 41 41 len 48' 'pasted Word-style lines replace it as two paragraphs (甲, a blank line, 乙)'
expect 'cursor 19 selection 0 19 len 48' 'a triple click selects the paragraph'
if [ "$fail" != 0 ]; then printf 'the demo printed:\n%s\n' "$out" >&2; exit 1; fi
