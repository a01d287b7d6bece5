#!/usr/bin/env bash
# Sets up the virtual printer the printing tests print on: CUPS's scheduler
# (started when it is not running) and a cups-pdf queue named PaibanPDF
# whose jobs come out as PDF files in the printing user's ~/PDF. The queue
# makes its copies itself (cupsManualCopies) and turns the PDF into
# PostScript with pdftocairo, so that the printed PDF has as many pages as
# the copies and keeps its text for pdftotext (Ghostscript's conversion
# keeps neither).
#
# Needs root (or sudo) and Debian's cups and printer-driver-cups-pdf
# (scripts/deps.sh installs them). Without them it says so and exits 0:
# the tests that need the printer then skip, or fail under CI.
set -uo pipefail
name=${PAIBAN_TEST_PRINTER:-PaibanPDF}
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if sudo -n true 2>/dev/null; then sudo="sudo -n"; else
    echo "cups-pdf.sh: not root and no sudo: the printing tests will not find $name" >&2; exit 0
  fi
fi
ppd=/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd
if ! command -v cupsd >/dev/null || [ ! -f "$ppd" ]; then
  echo "cups-pdf.sh: cups or printer-driver-cups-pdf is not installed" >&2; exit 0
fi
if ! LC_ALL=C lpstat -r 2>/dev/null | grep -q 'is running'; then
  if command -v systemctl >/dev/null && [ -d /run/systemd/system ]; then
    $sudo systemctl start cups
  else
    $sudo cupsd
  fi
  for _ in $(seq 50); do LC_ALL=C lpstat -r 2>/dev/null | grep -q 'is running' && break; sleep 0.2; done
fi
if ! LC_ALL=C lpstat -r 2>/dev/null | grep -q 'is running'; then
  echo "cups-pdf.sh: the CUPS scheduler did not start" >&2; exit 0
fi
if ! lpstat -p "$name" >/dev/null 2>&1; then
  tmp=$(mktemp -d)
  sed '/^\*FormatVersion/a *cupsManualCopies: True' "$ppd" >"$tmp/cups-pdf.ppd"
  $sudo lpadmin -p "$name" -E -v cups-pdf:/ -P "$tmp/cups-pdf.ppd" -o pdftops-renderer-default=pdftocairo 2>/dev/null
  rm -rf "$tmp"
fi
$sudo cupsenable "$name" && $sudo cupsaccept "$name"
lpstat -p "$name"
