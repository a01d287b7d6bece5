#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Paiban needs to build and test:
# a C compiler and the X11/OpenGL/Wayland headers for the Fyne editor,
# poppler-utils and qpdf for checking exported PDFs, free Kai (楷體) and
# FangSong (仿宋) fonts that block quotes and official documents use when installed,
# and pandoc and LibreOffice's Writer for the importer's tests (pandoc's reading
# of Word documents is what imports are compared with; LibreOffice converts .doc);
# and, where it can be root, CUPS with a virtual PDF printer for the printing tests.
set -euo pipefail
pkgs=(gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev
      libxi-dev libxxf86vm-dev libwayland-dev libxkbcommon-dev poppler-utils qpdf python3
      fonts-arphic-ukai fonts-cwtex-fs time pandoc libreoffice-writer-nogui)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# Printing: CUPS and its virtual PDF printer, which the printing tests print
# on (scripts/cups-pdf.sh sets it up). Optional: without root or sudo they
# are left out, and the rest of the checks still run.
print_pkgs=(cups cups-client printer-driver-cups-pdf)
print_missing=()
for p in "${print_pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || print_missing+=("$p")
done
if ((${#print_missing[@]})); then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; elif sudo -n true 2>/dev/null; then sudo="sudo -n"; else sudo=none; fi
  if [ "$sudo" = none ]; then
    echo "not installing ${print_missing[*]} (needs root): the printing tests will skip" >&2
  else
    echo "installing: ${print_missing[*]}"
    { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${print_missing[@]}" >/dev/null; } ||
      echo "could not install ${print_missing[*]}: the printing tests will skip" >&2
  fi
fi
command -v go >/dev/null || { echo "Go is needed: https://go.dev/doc/install (1.21 or later; the right toolchain then downloads itself)" >&2; exit 1; }
