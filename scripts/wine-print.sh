#!/usr/bin/env bash
# Smoke-tests printing on Windows as far as a Linux machine allows: builds
# paiban.exe with mingw-w64, runs it under Wine — whose spooler hands GDI
# jobs to CUPS — and prints the seed's pages 1 to 3, twice, both sides, on
# the cups-pdf printer of scripts/cups-pdf.sh: EnumPrinters must list it,
# and the printed PDF must have 7 pages (3, a blank back, 3). Go's runtime
# needs bcryptprimitives.dll (ProcessPrng), which Wine 8 lacks: a stub
# calling RtlGenRandom is built into the Wine prefix.
#
# Needs wine, mingw-w64, pdfinfo and the printer; says what is missing and
# exits 1 otherwise. Not part of scripts/test.sh (Wine is a large install).
set -euo pipefail
cd "$(dirname "$0")/.."
printer=${PAIBAN_TEST_PRINTER:-PaibanPDF}
for t in wine x86_64-w64-mingw32-gcc pdfinfo lpstat; do
  command -v "$t" >/dev/null || { echo "wine-print.sh: needs $t" >&2; exit 1; }
done
lpstat -p "$printer" >/dev/null 2>&1 || { echo "wine-print.sh: no printer $printer (bash scripts/cups-pdf.sh)" >&2; exit 1; }
work=$(mktemp -d)
trap 'WINEPREFIX="$work/prefix" wineserver -k 2>/dev/null; sleep 1; rm -rf "$work"' EXIT
export WINEPREFIX="$work/prefix" WINEDEBUG=-all
GOOS=windows CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc go build -o "$work/paiban.exe" .
cat >"$work/prng.c" <<'C'
#include <windows.h>
BOOLEAN WINAPI SystemFunction036(PVOID, ULONG);
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
  while (len > 0) {
    ULONG n = len > 0x10000000 ? 0x10000000 : (ULONG)len;
    if (!SystemFunction036(data, n)) return FALSE;
    data += n; len -= n;
  }
  return TRUE;
}
C
x86_64-w64-mingw32-gcc -shared -o "$work/bcryptprimitives.dll" "$work/prng.c" -ladvapi32
wine wineboot -i >/dev/null 2>&1 || true
cp "$work/bcryptprimitives.dll" "$WINEPREFIX/drive_c/windows/system32/"
wine "$work/paiban.exe" print --lang en --list | tee "$work/list.txt"
grep -q "^$printer	" "$work/list.txt" || { echo "wine-print.sh: EnumPrinters did not list $printer" >&2; exit 1; }
out=$(wine "$work/paiban.exe" print --lang en --printer "$printer" --pages 1-3 --copies 2 --duplex export/testdata/seed-tax-article.md)
echo "$out"
dir=${PAIBAN_TEST_PDF_DIR:-$HOME/PDF}
for _ in $(seq 300); do
  LC_ALL=C lpstat -o "$printer" | grep -q . || break
  sleep 0.2
done
pdf=$(ls -t "$dir"/*.pdf | head -1)
pages=$(pdfinfo "$pdf" | awk '/^Pages/{print $2}')
echo "printed through GDI and Wine's spooler: $pdf, $pages pages"
[ "$pages" = 7 ] || { echo "wine-print.sh: want 7 pages (3, a blank back, 3)" >&2; exit 1; }
