#!/usr/bin/env bash
# Builds Paiban's installers into dist/ (docs/packaging.md describes them):
#
#   linux    dist/paiban-V-linux-amd64.tar.xz   `fyne package -os linux`, repacked with
#            the font licence, the icon in every hicolor size and a Makefile
#            (make user-install / sudo make install)
#   deb      dist/paiban_V-B_amd64.deb          the same files under /usr (needs linux)
#   windows  dist/paiban-V-windows-amd64.exe    `fyne package -os windows`, cross-compiled
#            dist/paiban-V-windows-amd64.zip    with mingw-w64; the .exe and OFL.txt
#
# Usage: scripts/dist.sh [linux] [deb] [windows]      (no argument: all three)
#
# V and B are FyneApp.toml's Version and Build. Release builds are stripped
# (-s -w), -trimpath, and set export.Version to V, so `paiban --version`
# prints it. The Windows .exe is signed (Authenticode, osslsigncode) when the
# environment gives a certificate:
#   PAIBAN_SIGN_PFX=file.pfx                      a PKCS#12 file, or
#   PAIBAN_SIGN_CERT=cert.pem PAIBAN_SIGN_KEY=key.pem
#   PAIBAN_SIGN_PASS=...                          the key's password, if any
#   PAIBAN_SIGN_TIMESTAMP=http://...              an RFC 3161 time-stamp server, if any
# PAIBAN_MAINTAINER sets the .deb's Maintainer field. PAIBAN_XZ_LEVEL (0-9,
# default 9) trades size for time: at 9 xz takes about a minute for each
# Linux package here, at 0 a few seconds, for about 40 % more bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
fyne_tools=v1.7.4 # fyne.io/tools, the `fyne` command

targets=("$@")
((${#targets[@]})) || targets=(linux deb windows)
xz_level=${PAIBAN_XZ_LEVEL:-9}
[[ $xz_level =~ ^[0-9]$ ]] || { echo "dist.sh: PAIBAN_XZ_LEVEL must be 0 to 9" >&2; exit 2; }
want() { local t; for t in "${targets[@]}"; do [ "$t" = "$1" ] && return 0; done; return 1; }
for t in "${targets[@]}"; do
  case $t in linux | deb | windows) ;; *) echo "dist.sh: unknown target $t (linux, deb, windows)" >&2; exit 2 ;; esac
done
# The .deb is made from the Linux package's files.
if want deb && ! want linux; then targets+=(linux); fi

# FyneApp.toml's [Details] value of key $1.
detail() { awk -v k="$1" '/^\[/{s=$0} s=="[Details]" && $1==k {sub(/^[^=]*=[ \t]*/,""); gsub(/"/,""); print; exit}' FyneApp.toml; }
version=$(detail Version) build=$(detail Build) appid=$(detail ID)
[ -n "$version" ] && [ -n "$build" ] && [ -n "$appid" ] || { echo "dist.sh: FyneApp.toml lacks Version, Build or ID" >&2; exit 1; }

# System packages and the fyne command.
pkgs=(xz-utils zip)
want windows && pkgs+=(gcc-mingw-w64-x86-64)
bash scripts/deps.sh
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  echo "installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
fyne="$(go env GOPATH)/bin/fyne"
if [[ "$("$fyne" version 2>/dev/null || true)" != *"fyne cli version: $fyne_tools"* ]]; then
  echo "installing fyne.io/tools/cmd/fyne@$fyne_tools"
  go install "fyne.io/tools/cmd/fyne@$fyne_tools"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p dist

# `fyne package` builds in its source folder, adds files there while it runs
# and rewrites FyneApp.toml afterwards, so it gets a copy of the tree.
stage=$work/src
mkdir -p "$stage"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  git ls-files -z -co --exclude-standard | grep -zv '\.test$' |
    tar --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -xf - -C "$stage"
else
  tar --exclude=./.git --exclude=./dist --exclude=./bin --exclude='*.test' -cf - . | tar -xf - -C "$stage"
fi

# -X puts FyneApp.toml's version into the binary; the fyne tool takes
# -ldflags from GOFLAGS and adds -s -w and -trimpath itself for --release.
export GOFLAGS="${GOFLAGS:-} -ldflags=-X=github.com/paiban/paiban/export.Version=$version"

tree=$work/paiban-$version-linux-amd64 # the tarball's folder
if want linux; then
  echo "== linux: fyne package -os linux (a clean build takes a few minutes)"
  mkdir -p "$work/fyne-linux"
  (cd "$work/fyne-linux" && XZ_OPT=-0 "$fyne" package -os linux --release --src "$stage")
  mkdir -p "$work/fyne-linux/x"
  tar -xJf "$work/fyne-linux/Paiban.tar.xz" -C "$work/fyne-linux/x"
  # fyne puts the files under usr/local/ when the build machine has a
  # /usr/local, else under usr/.
  usr=$(dirname "$(find "$work/fyne-linux/x" -path '*/bin/paiban' -type f)")/..
  mkdir -p "$tree/usr/bin" "$tree/usr/share/applications" "$tree/usr/share/doc/paiban"
  install -m755 "$usr/bin/paiban" "$tree/usr/bin/paiban"
  # The desktop entry fyne wrote from FyneApp.toml, with two changes: %f,
  # one file per process, because main.go opens the editor for exactly one
  # .md argument (several go to the command line); and Chinese names.
  desktop=$tree/usr/share/applications/$appid.desktop
  sed -e 's/^\(Exec=.*\) %F/\1 %f/' "$usr/share/applications/$appid.desktop" | sed -e '/^$/d' >"$desktop"
  cat packaging/linux/desktop-l10n >>"$desktop"
  chmod 644 "$desktop"
  for n in 16 24 32 48 64 128 256; do
    install -Dm644 "assets/icon-$n.png" "$tree/usr/share/icons/hicolor/${n}x$n/apps/$appid.png"
  done
  install -Dm644 assets/icon.png "$tree/usr/share/icons/hicolor/512x512/apps/$appid.png"
  install -Dm644 assets/icon.svg "$tree/usr/share/icons/hicolor/scalable/apps/$appid.svg"
  # The OFL asks for its text to go with the fonts, which are in the binary.
  install -m644 fonts/OFL.txt "$tree/usr/share/doc/paiban/OFL.txt"
  install -m644 fonts/README.md "$tree/usr/share/doc/paiban/FONTS.md"
  # Apache-2.0 asks for its text to go with OpenCC's dictionaries, also in the binary.
  install -m644 convert/dict/LICENSE "$tree/usr/share/doc/paiban/LICENSE-OpenCC.txt"
  for g in docs/guide-*.md docs/guide-*.png; do [ -f "$g" ] && install -m644 "$g" "$tree/usr/share/doc/paiban/"; done
  install -m644 packaging/linux/Makefile "$tree/Makefile"
  tarball=dist/paiban-$version-linux-amd64.tar.xz
  echo "== linux: $tarball"
  tar --owner=0 --group=0 --numeric-owner --sort=name -C "$work" -cf - "$(basename "$tree")" | xz "-$xz_level" -T0 >"$tarball.tmp"
  mv "$tarball.tmp" "$tarball"
fi

if want deb; then
  deb=dist/paiban_$version-${build}_amd64.deb
  echo "== deb: $deb"
  droot=$work/deb
  mkdir -p "$droot/DEBIAN"
  cp -a "$tree/usr" "$droot/usr"
  {
    echo "Paiban $version"
    echo
    echo "The program embeds the fonts Noto Serif TC, Noto Serif SC, Noto Sans TC and"
    echo "Noto Sans SC (FONTS.md says which files), under the SIL Open Font License 1.1:"
    echo
    cat fonts/OFL.txt
    echo
    echo "It embeds OpenCC's conversion dictionaries (convert/dict), under the Apache"
    echo "License 2.0:"
    echo
    cat convert/dict/LICENSE
  } >"$work/copyright" && install -m644 "$work/copyright" "$droot/usr/share/doc/paiban/copyright"
  size=$(du -sk --apparent-size "$droot/usr" | cut -f1)
  sed -e "s/@VERSION@/$version-$build/" -e "s/@INSTALLED_SIZE@/$size/" \
    -e "s/@MAINTAINER@/${PAIBAN_MAINTAINER:-Paiban maintainers <paiban@example.org>}/" \
    packaging/debian/control.in >"$droot/DEBIAN/control"
  find "$droot" -type d -exec chmod 755 {} +
  dpkg-deb --root-owner-group -Zxz "-z$xz_level" --build "$droot" "$deb" >/dev/null
fi

if want windows; then
  echo "== windows: fyne package -os windows (cross-compiled with mingw-w64)"
  rm -f "$stage/Paiban.exe"
  cp FyneApp.toml "$stage/FyneApp.toml" # the Linux run above has raised its Build
  (cd "$stage" && CC=x86_64-w64-mingw32-gcc CXX=x86_64-w64-mingw32-g++ GOARCH=amd64 \
    "$fyne" package -os windows --release --src "$stage")
  exe=dist/paiban-$version-windows-amd64.exe
  cp "$stage/Paiban.exe" "$exe.tmp"
  if [ -n "${PAIBAN_SIGN_PFX:-}${PAIBAN_SIGN_CERT:-}" ]; then
    echo "== windows: signing with osslsigncode"
    args=(sign -h sha256 -n Paiban -in "$exe.tmp" -out "$exe.signed")
    if [ -n "${PAIBAN_SIGN_PFX:-}" ]; then
      args+=(-pkcs12 "$PAIBAN_SIGN_PFX")
    else
      [ -n "${PAIBAN_SIGN_KEY:-}" ] || { echo "dist.sh: PAIBAN_SIGN_CERT needs PAIBAN_SIGN_KEY" >&2; exit 1; }
      args+=(-certs "$PAIBAN_SIGN_CERT" -key "$PAIBAN_SIGN_KEY")
    fi
    if [ -n "${PAIBAN_SIGN_PASS:-}" ]; then # from a file, not the command line
      (umask 077; printf '%s' "$PAIBAN_SIGN_PASS" >"$work/pass")
      args+=(-readpass "$work/pass")
    fi
    [ -z "${PAIBAN_SIGN_TIMESTAMP:-}" ] || args+=(-ts "$PAIBAN_SIGN_TIMESTAMP")
    osslsigncode "${args[@]}" >/dev/null
    mv "$exe.signed" "$exe.tmp"
  fi
  mv "$exe.tmp" "$exe"
  zipdir=$work/paiban-$version-windows-amd64
  mkdir -p "$zipdir"
  cp "$exe" "$zipdir/Paiban.exe"
  cp fonts/OFL.txt "$zipdir/OFL.txt"
  cp convert/dict/LICENSE "$zipdir/LICENSE-OpenCC.txt"
  mkdir -p "$zipdir/guide"
  for g in docs/guide-*.md docs/guide-*.png; do [ -f "$g" ] && cp "$g" "$zipdir/guide/"; done
  rm -f "dist/$(basename "$zipdir").zip"
  (cd "$work" && zip -qr9 "$root/dist/$(basename "$zipdir").zip" "$(basename "$zipdir")")
fi

echo "== built:"
ls -l dist/ | grep -v '^total'
