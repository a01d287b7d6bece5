#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Paiban needs to build and test:
# a C compiler and the X11/OpenGL/Wayland headers for the Fyne editor,
# poppler-utils and qpdf for checking exported PDFs, free Kai (楷體) and
# FangSong (仿宋) fonts that block quotes and official documents use when installed,
# and pandoc and LibreOffice's Writer for the importer's tests (pandoc's reading
# of Word documents is what imports are compared with; LibreOffice converts .doc).
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
command -v go >/dev/null || { echo "Go is needed: https://go.dev/doc/install (1.21 or later; the right toolchain then downloads itself)" >&2; exit 1; }
