#!/usr/bin/env bash
# Builds Paiban's installers into dist/ (docs/packaging.md describes them):
#
#   linux    dist/paiban-V-linux-amd64.tar.xz   `fyne package -os linux`, repacked with
#            install.sh, the licences, the man page, the icon in every hicolor
#            size and the guide (Markdown and HTML)
#   deb      dist/paiban_V-B_amd64.deb          the same files under /usr (needs linux)
#   windows  dist/paiban-V-windows-amd64-setup.exe  the installer (NSIS): per-user or
#            all-users, Start menu, uninstaller, silent /S
#            dist/paiban-V-windows-amd64.exe    `fyne build --target windows`, cross-compiled
#            dist/paiban-V-windows-amd64.zip    with mingw-w64; the .exe, licences and guide
#
# Usage: scripts/dist.sh [--org FILE.yaml] [linux] [deb] [windows]   (no target: all three)
#
# --org bakes an organisation's defaults into the program (package
# orgdefaults: profile, paper, size, fonts; `make dist ORG=FILE.yaml`) and
# puts its short_name into every file name: paiban-SHORT-V-linux-amd64.tar.xz,
# paiban-SHORT_V-B_amd64.deb, paiban-SHORT-V-windows-amd64-setup.exe.
#
# V and B are FyneApp.toml's Version and Build. Release builds are stripped
# (-s -w), -trimpath, and set export.Version to V, so `paiban --version`
# prints it; the Linux binary is position-independent (-buildmode=pie). The
# Windows program, the installer and its uninstaller are signed
# (Authenticode, scripts/sign.sh) when the environment gives a certificate:
#   PAIBAN_SIGN_PFX=file.pfx                      a PKCS#12 file, or
#   PAIBAN_SIGN_CERT=cert.pem PAIBAN_SIGN_KEY=key.pem
#   PAIBAN_SIGN_PASS=...                          the key's password, if any
#   PAIBAN_SIGN_TIMESTAMP=http://...              an RFC 3161 time-stamp server, if any
# PAIBAN_MAINTAINER sets the .deb's Maintainer field, PAIBAN_PUBLISHER the
# publisher Windows shows in Apps & Features. PAIBAN_XZ_LEVEL (0-9, default
# 9) trades size for time: at 9 xz takes about a minute for each Linux
# package here, at 0 a few seconds, for about 40 % more bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
fyne_tools=v1.7.4 # fyne.io/tools, the `fyne` command

org=""
targets=()
while (($#)); do
  case $1 in
    --org) org=${2:?dist.sh: --org needs a file}; shift 2 ;;
    --org=*) org=${1#--org=}; shift ;;
    *) targets+=("$1"); shift ;;
  esac
done
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
publisher=${PAIBAN_PUBLISHER:-Paiban}

# The organisation's defaults, checked before anything is built.
base=paiban # the files' names start with it
if [ -n "$org" ]; then
  short=$(go run ./packaging/orgcheck "$org") || exit 1
  base=paiban-$short
  echo "== organisation build: $org (short name $short)"
fi

# System packages and the fyne command.
pkgs=(xz-utils zip)
want windows && pkgs+=(gcc-mingw-w64-x86-64 nsis)
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
# step TEXT: the next step, after the seconds since the start (the table
# in docs/packaging.md's timing section comes from these lines).
started=$(date +%s)
step() { echo "== [$(($(date +%s) - started)) s] $*"; }
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
# An organisation build: its file, in the copy only, is what the program
# embeds as its defaults (orgdefaults/baked.yaml).
[ -z "$org" ] || cp "$org" "$stage/orgdefaults/baked.yaml"

# -X puts FyneApp.toml's version into the binary; the fyne tool takes
# -ldflags from GOFLAGS and adds -s -w and -trimpath itself for --release.
export GOFLAGS="${GOFLAGS:-} -ldflags=-X=github.com/paiban/paiban/export.Version=$version"

# The licences that go with every package: the fonts' OFL (the fonts are
# in the binary), OpenCC's Apache licence (its dictionaries too), and the
# notices of the Go modules compiled in.
licences() { # licences GOOS FOLDER
  mkdir -p "$2"
  install -m644 fonts/OFL.txt "$2/OFL.txt"
  install -m644 fonts/README.md "$2/FONTS.md"
  install -m644 convert/dict/LICENSE "$2/LICENSE-OpenCC.txt"
  bash scripts/notices.sh "$1" >"$2/THIRD-PARTY-NOTICES.txt"
  chmod 644 "$2/THIRD-PARTY-NOTICES.txt"
}

# The user guide as HTML beside its Markdown and pictures: every package
# carries the three (packaging/guidehtml, with the project's goldmark).
guide=$work/guide
mkdir -p "$guide"
cp docs/guide-*.md docs/guide-*.png "$guide/"
step "guide: HTML"
go run ./packaging/guidehtml -o "$guide" docs/guide-*.md

tree=$work/$base-$version-linux-amd64 # the tarball's folder
if want linux; then
  step "linux: fyne package -os linux (a clean build takes a few minutes)"
  mkdir -p "$work/fyne-linux"
  (cd "$work/fyne-linux" && XZ_OPT=-0 GOFLAGS="$GOFLAGS -buildmode=pie" "$fyne" package -os linux --release --src "$stage")
  step "linux: the tarball's tree (licences, notices, icons, guide)"
  mkdir -p "$work/fyne-linux/x"
  tar -xJf "$work/fyne-linux/Paiban.tar.xz" -C "$work/fyne-linux/x"
  # fyne puts the files under usr/local/ when the build machine has a
  # /usr/local, else under usr/.
  usr=$(dirname "$(find "$work/fyne-linux/x" -path '*/bin/paiban' -type f)")/..
  mkdir -p "$tree/usr/bin" "$tree/usr/share/applications" "$tree/usr/share/doc/paiban" "$tree/usr/share/man/man1"
  install -m755 "$usr/bin/paiban" "$tree/usr/bin/paiban"
  # The desktop entry fyne wrote from FyneApp.toml, with two changes: %f,
  # one file per process, because main.go opens the editor for exactly one
  # .md or .markdown argument (several go to the command line); and
  # Chinese names.
  desktop=$tree/usr/share/applications/$appid.desktop
  sed -e 's/^\(Exec=.*\) %F/\1 %f/' "$usr/share/applications/$appid.desktop" | sed -e '/^$/d' >"$desktop"
  cat packaging/linux/desktop-l10n >>"$desktop"
  chmod 644 "$desktop"
  for n in 16 24 32 48 64 128 256; do
    install -Dm644 "assets/icon-$n.png" "$tree/usr/share/icons/hicolor/${n}x$n/apps/$appid.png"
  done
  install -Dm644 assets/icon.png "$tree/usr/share/icons/hicolor/512x512/apps/$appid.png"
  install -Dm644 assets/icon.svg "$tree/usr/share/icons/hicolor/scalable/apps/$appid.svg"
  licences linux "$tree/usr/share/doc/paiban"
  install -m644 "$guide"/* "$tree/usr/share/doc/paiban/"
  gzip -9n <packaging/linux/paiban.1 >"$tree/usr/share/man/man1/paiban.1.gz"
  chmod 644 "$tree/usr/share/man/man1/paiban.1.gz"
  install -m755 packaging/linux/install.sh "$tree/install.sh"
  install -m644 packaging/linux/Makefile "$tree/Makefile"
  tarball=dist/$base-$version-linux-amd64.tar.xz
  step "linux: $tarball (xz -$xz_level)"
  tar --owner=0 --group=0 --numeric-owner --sort=name -C "$work" -cf - "$(basename "$tree")" | xz "-$xz_level" -T0 >"$tarball.tmp"
  mv "$tarball.tmp" "$tarball"
fi

if want deb; then
  deb=dist/${base}_$version-${build}_amd64.deb
  step "deb: $deb"
  droot=$work/deb
  mkdir -p "$droot/DEBIAN"
  cp -a "$tree/usr" "$droot/usr"
  doc=$droot/usr/share/doc/paiban
  # Debian's machine-readable copyright file, and a changelog.
  {
    echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
    echo "Upstream-Name: Paiban"
    echo "Comment: The licences of the Go modules compiled into /usr/bin/paiban are in"
    echo " /usr/share/doc/paiban/THIRD-PARTY-NOTICES.txt."
    echo
    echo "Files: *"
    echo "Copyright: Paiban authors"
    echo "License: no-licence-chosen"
    echo " The Paiban project has not chosen a licence for its own code yet."
    echo
    echo "Files: fonts/*"
    echo "Copyright: 2012 Google Inc."
    echo " 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'"
    echo "Comment: Noto Serif TC, Noto Serif SC, Noto Sans TC and Noto Sans SC, built into"
    echo " /usr/bin/paiban; /usr/share/doc/paiban/FONTS.md says which files."
    echo "License: OFL-1.1"
    sed -e 's/^$/./' -e 's/^/ /' fonts/OFL.txt
    echo
    echo "Files: convert/dict/*"
    echo "Copyright: OpenCC contributors"
    echo "Comment: OpenCC's conversion dictionaries, built into /usr/bin/paiban."
    echo "License: Apache-2.0"
    echo " On Debian systems the full text of the Apache License 2.0 is in"
    echo " /usr/share/common-licenses/Apache-2.0."
  } >"$doc/copyright"
  {
    echo "paiban ($version-$build) unstable; urgency=medium"
    echo
    echo "  * Paiban $version, build $build${org:+, organisation build $short}."
    echo
    echo " -- ${PAIBAN_MAINTAINER:-Paiban maintainers <paiban@example.org>}  $(LC_ALL=C date -R -u -d "@${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}")"
  } | gzip -9n >"$doc/changelog.Debian.gz"
  # The changelog has one entry, as a package outside Debian's archive
  # does; lintian expects a first upload to close an ITP bug.
  mkdir -p "$droot/usr/share/lintian/overrides"
  echo "paiban: initial-upload-closes-no-bugs" >"$droot/usr/share/lintian/overrides/paiban"
  chmod 644 "$doc/copyright" "$doc/changelog.Debian.gz" "$droot/usr/share/lintian/overrides/paiban"
  size=$(du -sk --apparent-size "$droot/usr" | cut -f1)
  sed -e "s/@VERSION@/$version-$build/" -e "s/@INSTALLED_SIZE@/$size/" \
    -e "s/@MAINTAINER@/${PAIBAN_MAINTAINER:-Paiban maintainers <paiban@example.org>}/" \
    packaging/debian/control.in >"$droot/DEBIAN/control"
  find "$droot" -type d -exec chmod 755 {} +
  step "deb: dpkg-deb (xz -$xz_level)"
  dpkg-deb --root-owner-group -Zxz "-z$xz_level" --build "$droot" "$deb" >/dev/null
fi

if want windows; then
  step "windows: fyne build --target windows (cross-compiled with mingw-w64)"
  rm -f "$stage/Paiban.exe"
  cp FyneApp.toml "$stage/FyneApp.toml" # the Linux run above has raised its Build
  # The program's resources: the icon in every size Windows asks for
  # (assets/icon.ico, 16 to 256 px), the manifest fyne writes, and a
  # version resource with the publisher. windres compiles them into a .syso
  # in the main package's folder, which only a windows/amd64 build links.
  # `fyne package -os windows` would add its own fyne.syso (one 512 px
  # icon, no company or copyright) beside it, and Go's linker takes one
  # .rsrc section only ("too many .rsrc sections"), so the program is
  # built with `fyne build`, which injects
  # the same metadata and flags (--release: -trimpath, -s -w, the release
  # tag, -H windowsgui) and adds no resources.
  rc=$work/rsrc
  mkdir -p "$rc"
  cp assets/icon.ico "$rc/icon.ico"
  year=$(date -u -d "@${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}" +%Y)
  rcstr() { printf '%s' "$1" | sed 's/"/""/g'; } # a string in a .rc file
  fv=$version.$build
  fyne_manifest='<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<assembly xmlns="urn:schemas-microsoft-com:asm.v1" manifestVersion="1.0" xmlns:asmv3="urn:schemas-microsoft-com:asm.v3">
<assemblyIdentity version="'$fv'" processorArchitecture="*" name="Paiban" type="win32"/>
</assembly>'
  printf '%s\n' "$fyne_manifest" >"$rc/Paiban.exe.manifest"
  {
    echo '#pragma code_page(65001)'
    echo '1 ICON "icon.ico"'
    echo '1 24 "Paiban.exe.manifest"' # RT_MANIFEST, for the process
    echo '1 VERSIONINFO'
    echo "FILEVERSION ${fv//./,}"
    echo "PRODUCTVERSION ${fv//./,}"
    echo 'FILEFLAGSMASK 0x3f'
    echo 'FILEFLAGS 0'
    echo 'FILEOS 0x40004' # VOS_NT_WINDOWS32
    echo 'FILETYPE 1'     # VFT_APP
    echo 'FILESUBTYPE 0'
    echo 'BEGIN'
    echo '  BLOCK "StringFileInfo"'
    echo '  BEGIN'
    echo '    BLOCK "040904b0"' # US English, Unicode
    echo '    BEGIN'
    echo "      VALUE \"CompanyName\", \"$(rcstr "$publisher")\""
    echo '      VALUE "FileDescription", "Paiban"'
    echo "      VALUE \"FileVersion\", \"$fv\""
    echo '      VALUE "InternalName", "Paiban"'
    echo "      VALUE \"LegalCopyright\", \"$(rcstr "Copyright © $year $publisher")\""
    echo '      VALUE "OriginalFilename", "Paiban.exe"'
    echo '      VALUE "ProductName", "Paiban"'
    echo "      VALUE \"ProductVersion\", \"$fv\""
    echo '    END'
    echo '  END'
    echo '  BLOCK "VarFileInfo"'
    echo '  BEGIN'
    echo '    VALUE "Translation", 0x409, 1200'
    echo '  END'
    echo 'END'
  } >"$rc/paiban.rc"
  (cd "$rc" && x86_64-w64-mingw32-windres -c 65001 -O coff -o "$stage/rsrc_windows_amd64.syso" paiban.rc)
  (cd "$stage" && CC=x86_64-w64-mingw32-gcc CXX=x86_64-w64-mingw32-g++ GOARCH=amd64 \
    "$fyne" build --target windows --release -o "$stage/Paiban.exe" --src "$stage")
  rm -f "$stage/rsrc_windows_amd64.syso"
  exe=dist/$base-$version-windows-amd64.exe
  cp "$stage/Paiban.exe" "$exe.tmp"
  bash scripts/sign.sh "$exe.tmp"
  mv "$exe.tmp" "$exe"
  step "windows: the .zip"
  # What the .zip and the installer hold.
  zipdir=$work/$base-$version-windows-amd64
  mkdir -p "$zipdir/guide"
  cp "$exe" "$zipdir/Paiban.exe"
  licences windows "$zipdir"
  cp "$guide"/* "$zipdir/guide/"
  rm -f "dist/$(basename "$zipdir").zip"
  (cd "$work" && zip -qr9 "$root/dist/$(basename "$zipdir").zip" "$(basename "$zipdir")")
  setup=dist/$base-$version-windows-amd64-setup.exe
  step "windows: $setup (makensis)"
  cp assets/icon.ico "$work/icon.ico"
  nsis=(-V2 -INPUTCHARSET UTF8 "-DVERSION=$version" "-DFILEVERSION=$version.$build" "-DPUBLISHER=$publisher"
    "-DAPPID=$appid" "-DSRC=$zipdir" "-DICON=$work/icon.ico" "-DOUTFILE=$root/$setup.tmp")
  [ -z "${PAIBAN_SIGN_PFX:-}${PAIBAN_SIGN_CERT:-}" ] || nsis+=("-DSIGN=bash $root/scripts/sign.sh")
  makensis "${nsis[@]}" packaging/windows/paiban.nsi >"$work/makensis.log" 2>&1 || { cat "$work/makensis.log"; exit 1; }
  mv "$setup.tmp" "$setup"
fi

step "built:"
ls -l dist/ | grep -v '^total'
