#!/usr/bin/env bash
# Checks the packages scripts/dist.sh made in dist/:
#
#   the Linux tarball   unpacks into one folder with the binary, the desktop
#                       entry, the icon in every size and the font licence;
#                       the binary prints FyneApp.toml's version; the desktop
#                       entry passes desktop-file-validate; `make user-install`
#                       installs into a scratch HOME and `make user-uninstall`
#                       removes every file again; the tarball is ≤ 60 MB
#   the .deb (if any)   has the right name, version and architecture, holds
#                       the same files as the tarball, and its binary is the
#                       tarball's
#   the .exe (if any)   is a 64-bit Windows GUI program carrying the version
#                       resource, and its signature verifies if it is signed
#                       (PAIBAN_SIGN_CA=cert.pem trusts a test certificate)
#
# Usage: scripts/package-test.sh [--build]
#   --build  runs `scripts/dist.sh linux deb` first (a few minutes from a
#            clean cache; PAIBAN_XZ_LEVEL=0 makes the compression quick).
set -euo pipefail
cd "$(dirname "$0")/.."

detail() { awk -v k="$1" '/^\[/{s=$0} s=="[Details]" && $1==k {sub(/^[^=]*=[ \t]*/,""); gsub(/"/,""); print; exit}' FyneApp.toml; }
version=$(detail Version) build=$(detail Build) appid=$(detail ID)
limit=60000000 # bytes: the Linux package's budget

if [ "${1:-}" = --build ]; then
  bash scripts/dist.sh linux deb
fi
need=()
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
command -v file >/dev/null || need+=(file)
command -v make >/dev/null || need+=(make)
if ((${#need[@]})); then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

tarball=dist/paiban-$version-linux-amd64.tar.xz
deb=dist/paiban_$version-${build}_amd64.deb
exe=dist/paiban-$version-windows-amd64.exe
[ -f "$tarball" ] || { echo "package-test: no $tarball; run 'make dist-linux' or this script with --build" >&2; exit 1; }

failures=0
pass() { echo "ok    $*"; }
fail() { echo "FAIL  $*"; failures=$((failures + 1)); }
check() { # check DESCRIPTION COMMAND...
  local what=$1; shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}
pngsize() { python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); assert d[:8]==b"\x89PNG\r\n\x1a\n"; print("%dx%d" % struct.unpack(">II", d[16:24]))' "$1" 2>/dev/null || echo "not a PNG"; }
# validdesktop FILE: desktop-file-validate, and the keys Paiban relies on.
validdesktop() {
  local f=$1 out
  out=$(desktop-file-validate "$f" 2>&1) || { echo "$out"; return 1; }
  [ -z "$out" ] || echo "$out" # hints only
  grep -qx "Icon=$appid" "$f" && grep -q '^Exec=[^ ]*paiban %f$' "$f" &&
    grep -q '^Categories=.*Office;.*Publishing;' "$f" && grep -q '^MimeType=.*text/markdown;' "$f"
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== $tarball"
size=$(stat -c %s "$tarball")
check "tarball is $size bytes, within $limit" [ "$size" -le "$limit" ]
tar -xJf "$tarball" -C "$tmp"
top=$tmp/paiban-$version-linux-amd64
check "unpacks into paiban-$version-linux-amd64/ alone" [ "$(ls "$tmp")" = "paiban-$version-linux-amd64" ]
want=(Makefile usr/bin/paiban "usr/share/applications/$appid.desktop" usr/share/doc/paiban/OFL.txt usr/share/doc/paiban/LICENSE-OpenCC.txt
  "usr/share/icons/hicolor/scalable/apps/$appid.svg")
for n in 16 24 32 48 64 128 256 512; do want+=("usr/share/icons/hicolor/${n}x$n/apps/$appid.png"); done
for f in "${want[@]}"; do check "has $f" [ -s "$top/$f" ]; done
check "512 px icon is 512×512" [ "$(pngsize "$top/usr/share/icons/hicolor/512x512/apps/$appid.png")" = 512x512 ]
check "16 px icon is 16×16" [ "$(pngsize "$top/usr/share/icons/hicolor/16x16/apps/$appid.png")" = 16x16 ]
bin=$top/usr/bin/paiban
check "binary is a stripped x86-64 executable" bash -c "file -b '$bin' | grep -q 'ELF 64-bit.*x86-64.*, stripped'"
got=$("$bin" --version 2>&1 || true)
check "paiban --version prints 'paiban $version' (got '$got')" [ "$got" = "paiban $version" ]
check "desktop entry is valid" validdesktop "$top/usr/share/applications/$appid.desktop"

echo "== make user-install into a scratch HOME"
home=$tmp/home
mkdir -p "$home"
if HOME=$home make -s -C "$top" user-install >"$tmp/install.log" 2>&1; then
  pass "make user-install"
  check "installed binary runs" [ "$("$home/.local/bin/paiban" --version 2>&1)" = "paiban $version" ]
  d=$home/.local/share/applications/$appid.desktop
  check "installed desktop entry is valid" validdesktop "$d"
  check "installed entry runs $home/.local/bin/paiban" grep -qx "Exec=$home/.local/bin/paiban %f" "$d"
  check "installed 48 px icon" [ -s "$home/.local/share/icons/hicolor/48x48/apps/$appid.png" ]
  check "installed font licence" [ -s "$home/.local/share/doc/paiban/OFL.txt" ]
  installed=$(du -sb "$home/.local" | cut -f1)
  HOME=$home make -s -C "$top" user-uninstall >/dev/null 2>&1 || true
  left=$(find "$home" -type f | sed "s,^$home/,," | grep -v '^\.local/share/icons/hicolor/icon-theme\.cache$\|/mimeinfo\.cache$' || true)
  check "make user-uninstall removes every file${left:+ (left: $left)}" [ -z "$left" ]
else
  cat "$tmp/install.log"
  fail "make user-install"
  installed=?
fi

if [ -f "$deb" ]; then
  echo "== $deb"
  check "Package: paiban" [ "$(dpkg-deb -f "$deb" Package)" = paiban ]
  check "Version: $version-$build" [ "$(dpkg-deb -f "$deb" Version)" = "$version-$build" ]
  check "Architecture: amd64" [ "$(dpkg-deb -f "$deb" Architecture)" = amd64 ]
  # The files: the tarball's usr/ tree, plus Debian's copyright file.
  (cd "$top" && find usr -type f | sed 's,^,./,' && echo ./usr/share/doc/paiban/copyright) | LC_ALL=C sort >"$tmp/want"
  dpkg-deb -c "$deb" | awk '$1 ~ /^-/ {print $NF}' | LC_ALL=C sort >"$tmp/got"
  if diff "$tmp/want" "$tmp/got" >"$tmp/diff"; then pass "holds the tarball's files"; else cat "$tmp/diff"; fail "holds the tarball's files"; fi
  check "every file owned by root" bash -c "dpkg-deb -c '$deb' | awk '{print \$2}' | grep -qv '^root/root\$' && exit 1 || exit 0"
  dpkg-deb -x "$deb" "$tmp/deb"
  check "binary is the tarball's" cmp -s "$tmp/deb/usr/bin/paiban" "$bin"
  check "desktop entry is valid" validdesktop "$tmp/deb/usr/share/applications/$appid.desktop"
  debsize=$(stat -c %s "$deb")
  installedsize=$(dpkg-deb -f "$deb" Installed-Size)
fi

if [ -f "$exe" ]; then
  echo "== $exe"
  check "is a 64-bit Windows GUI program" bash -c "file -b '$exe' | grep -q 'PE32+ executable (GUI) x86-64'"
  check "carries version $version.$build" bash -c "strings -el '$exe' | grep -A1 -x ProductVersion | grep -qx '$version.$build'"
  ca=(); [ -z "${PAIBAN_SIGN_CA:-}" ] || ca=(-CAfile "$PAIBAN_SIGN_CA") # to trust a test certificate
  if osslsigncode verify "${ca[@]}" -in "$exe" >"$tmp/verify" 2>&1 || grep -q "Signer's certificate" "$tmp/verify"; then
    if grep -q "Signature verification: ok" "$tmp/verify"; then pass "signature verifies"; else pass "signed (the chain is not trusted here)"; fi
  else
    echo "      (not signed)"
  fi
fi

echo "== sizes"
printf '%-28s %12s bytes\n' "tarball" "$size" "binary" "$(stat -c %s "$bin")" "installed (user-install)" "$installed"
[ -z "${debsize:-}" ] || printf '%-28s %12s bytes\n%-28s %12s KiB\n' ".deb" "$debsize" ".deb Installed-Size" "$installedsize"
[ ! -f "$exe" ] || printf '%-28s %12s bytes\n' ".exe" "$(stat -c %s "$exe")"
[ ! -f "${exe%.exe}.zip" ] || printf '%-28s %12s bytes\n' ".zip" "$(stat -c %s "${exe%.exe}.zip")"

if ((failures)); then
  echo "package-test: $failures check(s) failed" >&2
  exit 1
fi
echo "package-test: all checks passed"
