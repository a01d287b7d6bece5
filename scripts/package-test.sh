#!/usr/bin/env bash
# Checks the packages scripts/dist.sh made in dist/:
#
#   the Linux tarball   unpacks into one folder with the binary, install.sh,
#                       the desktop entry, the man page, the icon in every
#                       size and the licences; the binary is a stripped PIE
#                       that prints FyneApp.toml's version; the desktop
#                       entry passes desktop-file-validate; ./install.sh
#                       installs into a scratch HOME whose path has spaces
#                       and quotes, and --uninstall removes every file
#                       again; `make user-install` still works; the tarball
#                       is ≤ 60 MB
#   the .deb (if any)   has the right name, version and architecture, holds
#                       the same files as the tarball plus the copyright
#                       file and changelog, its binary is the tarball's, and
#                       lintian finds no error
#   the .exe (if any)   is a 64-bit Windows GUI program carrying the version
#                       resource, and its signature verifies if it is signed
#                       (PAIBAN_SIGN_CA=cert.pem trusts a test certificate);
#                       under Wine (installed from Debian if missing, with a
#                       stand-in bcryptprimitives.dll built with mingw-w64
#                       where Wine lacks one) it prints its version, exports
#                       the seed article to a PDF byte-identical to the
#                       Linux binary's, and proofreads it as Linux does
#   the installer       is ≤ 35 MB; under Wine its silent install, per user
#                       and for all users (into a folder with a space), puts
#                       the program, licences, guide, shortcuts, the Apps &
#                       Features entry and the .md association in place,
#                       the installed program runs, and its silent
#                       uninstall removes every file and registry entry
#
# Usage: scripts/package-test.sh [--org FILE.yaml] [--build]
#   --org    checks an organisation build, whose files carry its short name
#   --build  runs `scripts/dist.sh linux deb windows` first (a few minutes
#            from a clean cache; PAIBAN_XZ_LEVEL=0 makes the Linux
#            compression quick)
# PAIBAN_NO_WINE=1 leaves out the checks under Wine.
set -euo pipefail
cd "$(dirname "$0")/.."

detail() { awk -v k="$1" '/^\[/{s=$0} s=="[Details]" && $1==k {sub(/^[^=]*=[ \t]*/,""); gsub(/"/,""); print; exit}' FyneApp.toml; }
version=$(detail Version) build=$(detail Build) appid=$(detail ID)
limit=60000000        # bytes: the Linux package's budget
setup_limit=35000000  # bytes: the Windows installer's

org=() do_build=0
while (($#)); do
  case $1 in
    --org) org=(--org "${2:?package-test: --org needs a file}"); shift 2 ;;
    --build) do_build=1; shift ;;
    *) echo "package-test: unknown argument $1 (--org FILE, --build)" >&2; exit 2 ;;
  esac
done
base=paiban short=""
if ((${#org[@]})); then
  short=$(go run ./packaging/orgcheck "${org[1]}") || exit 1
  base=paiban-$short
fi
# baked FILE: the program embeds the organisation's file as its defaults.
baked() { grep -aqF "short_name: $short" "$1"; }
if ((do_build)); then
  bash scripts/dist.sh "${org[@]}" linux deb windows
fi
need=()
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
command -v file >/dev/null || need+=(file)
command -v make >/dev/null || need+=(make)
command -v unzip >/dev/null || need+=(unzip)
command -v lintian >/dev/null || need+=(lintian)
if [ "${PAIBAN_NO_WINE:-}" != 1 ] && ls dist/"$base"-*-windows-amd64*.exe >/dev/null 2>&1; then
  command -v wine >/dev/null || need+=(wine wine64)
  command -v x86_64-w64-mingw32-gcc >/dev/null || need+=(gcc-mingw-w64-x86-64)
fi
if ((${#need[@]})); then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

tarball=dist/$base-$version-linux-amd64.tar.xz
deb=dist/${base}_$version-${build}_amd64.deb
exe=dist/$base-$version-windows-amd64.exe
setup=dist/$base-$version-windows-amd64-setup.exe
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
  grep -qx "Icon=$appid" "$f" && grep -q '^Exec=.*paiban"\{0,1\} %f$' "$f" && grep -qx 'StartupWMClass=Paiban' "$f" &&
    grep -q '^Categories=.*Office;.*Publishing;' "$f" && grep -q '^MimeType=.*text/markdown;' "$f"
}
# execof FILE: the program a desktop entry's Exec runs, unquoted and
# unescaped as the Desktop Entry Specification says.
execof() {
  python3 - "$1" <<'PY'
import sys
line = next(l for l in open(sys.argv[1], encoding="utf-8") if l.startswith("Exec="))[5:].rstrip("\n")
# The string escapes first (\\ \s \n \t \r), then the quoting: inside "…",
# \ escapes " ` $ and \; %% is %.
s, i = "", 0
while i < len(line):
    if line[i] == "\\" and i + 1 < len(line):
        s += {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}.get(line[i + 1], "\\" + line[i + 1])
        i += 2
    else:
        s += line[i]
        i += 1
arg, i, quoted = "", 0, False
while i < len(s):
    c = s[i]
    if quoted and c == "\\" and i + 1 < len(s) and s[i + 1] in '"`$\\':
        arg += s[i + 1]; i += 2; continue
    if c == '"':
        quoted = not quoted
    elif c == " " and not quoted:
        break
    else:
        arg += c
    i += 1
print(arg.replace("%%", "%"))
PY
}

# guideok FOLDER: the three HTML guides are there, each with its lang
# attribute, and every picture and relative link in them resolves in that
# folder (and every #anchor to an id).
guideok() {
  python3 - "$1" <<'PY'
import html.parser, os, sys, urllib.parse
d, bad = sys.argv[1], []
for lang in ("en", "zh-Hant", "zh-Hans"):
    f = os.path.join(d, "guide-%s.html" % lang)
    if not os.path.isfile(f):
        bad.append("no " + os.path.basename(f)); continue
    refs, ids, langs = [], set(), []
    class P(html.parser.HTMLParser):
        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            if tag == "html": langs.append(a.get("lang"))
            if "id" in a: ids.add(a["id"])
            if tag == "img": refs.append(a.get("src", ""))
            if tag == "a" and "href" in a: refs.append(a["href"])
    P().feed(open(f, encoding="utf-8").read())
    if langs != [lang]: bad.append("%s: lang %s" % (f, langs))
    imgs = 0
    for r in refs:
        u = urllib.parse.urlsplit(r)
        if u.scheme: continue
        if not u.path:
            if urllib.parse.unquote(u.fragment) not in ids: bad.append("%s: no #%s" % (os.path.basename(f), u.fragment))
        elif not os.path.isfile(os.path.join(d, urllib.parse.unquote(u.path))): bad.append("%s: %s missing" % (os.path.basename(f), r))
        elif r.endswith(".png"): imgs += 1
    if imgs == 0: bad.append("%s: no pictures" % os.path.basename(f))
for b in bad: print("      " + b)
sys.exit(1 if bad else 0)
PY
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
folder=$base-$version-linux-amd64

echo "== $tarball"
size=$(stat -c %s "$tarball")
check "tarball is $size bytes, within $limit" [ "$size" -le "$limit" ]
tar -xJf "$tarball" -C "$tmp"
top=$tmp/$folder
check "unpacks into $folder/ alone" [ "$(ls "$tmp")" = "$folder" ]
want=(install.sh Makefile usr/bin/paiban "usr/share/applications/$appid.desktop" usr/share/man/man1/paiban.1.gz
  usr/share/doc/paiban/OFL.txt usr/share/doc/paiban/LICENSE-OpenCC.txt usr/share/doc/paiban/THIRD-PARTY-NOTICES.txt
  "usr/share/icons/hicolor/scalable/apps/$appid.svg")
for n in 16 24 32 48 64 128 256 512; do want+=("usr/share/icons/hicolor/${n}x$n/apps/$appid.png"); done
for f in "${want[@]}"; do check "has $f" [ -s "$top/$f" ]; done
check "install.sh is executable" [ -x "$top/install.sh" ]
check "512 px icon is 512×512" [ "$(pngsize "$top/usr/share/icons/hicolor/512x512/apps/$appid.png")" = 512x512 ]
check "16 px icon is 16×16" [ "$(pngsize "$top/usr/share/icons/hicolor/16x16/apps/$appid.png")" = 16x16 ]
check "notices name Fyne's licence" grep -q '^== fyne.io/fyne/v2@' "$top/usr/share/doc/paiban/THIRD-PARTY-NOTICES.txt"
bin=$top/usr/bin/paiban
check "binary is a stripped x86-64 PIE" bash -c "file -b '$bin' | grep -q 'ELF 64-bit LSB pie executable, x86-64.*, stripped'"
[ -z "$short" ] || check "binary has the organisation's defaults built in" baked "$bin"
got=$("$bin" --version 2>&1 || true)
check "paiban --version prints 'paiban $version' (got '$got')" [ "$got" = "paiban $version" ]
check "desktop entry is valid" validdesktop "$top/usr/share/applications/$appid.desktop"
check "HTML guides (lang, pictures and links resolve) in usr/share/doc/paiban" guideok "$top/usr/share/doc/paiban"
check "man page reads" bash -c "zcat '$top/usr/share/man/man1/paiban.1.gz' | grep -q '^\.TH PAIBAN 1'"

# A HOME whose path has spaces, quotes and characters the Desktop Entry
# Specification and sed both treat specially.
home="$tmp/my home/it's \"Chen\" \$x 100% a\\b&c|d"
echo "== ./install.sh into a scratch HOME: $home"
mkdir -p "$home"
if HOME=$home "$top/install.sh" >"$tmp/install.log" 2>&1; then
  pass "./install.sh"
  check "installed binary runs" [ "$("$home/.local/bin/paiban" --version 2>&1)" = "paiban $version" ]
  d=$home/.local/share/applications/$appid.desktop
  check "installed desktop entry is valid" validdesktop "$d"
  got=$(execof "$d")
  check "installed entry runs the installed program (got '$got')" [ "$got" = "$home/.local/bin/paiban" ]
  check "installed 48 px icon" [ -s "$home/.local/share/icons/hicolor/48x48/apps/$appid.png" ]
  check "installed font licence and notices" [ -s "$home/.local/share/doc/paiban/OFL.txt" -a -s "$home/.local/share/doc/paiban/THIRD-PARTY-NOTICES.txt" ]
  check "installed man page" [ -s "$home/.local/share/man/man1/paiban.1.gz" ]
  installed=$(du -sb "$home/.local" | cut -f1)
  HOME=$home "$top/install.sh" --uninstall >/dev/null 2>&1 || true
  left=$(find "$home" -type f -printf "%P\n" | grep -v '^\.local/share/icons/hicolor/icon-theme\.cache$\|/mimeinfo\.cache$' || true)
  check "./install.sh --uninstall removes every file${left:+ (left: $left)}" [ -z "$left" ]
else
  cat "$tmp/install.log"
  fail "./install.sh"
  installed=?
fi
echo "== make user-install (the install.sh wrapper)"
home2=$tmp/home2
mkdir -p "$home2"
check "make user-install" env HOME="$home2" make -s -C "$top" user-install
check "installed entry runs $home2/.local/bin/paiban" [ "$(execof "$home2/.local/share/applications/$appid.desktop")" = "$home2/.local/bin/paiban" ]
HOME=$home2 make -s -C "$top" user-uninstall >/dev/null 2>&1 || true
check "make user-uninstall removes the program" [ ! -e "$home2/.local/bin/paiban" ]

if [ -f "$deb" ]; then
  echo "== $deb"
  check "Package: paiban" [ "$(dpkg-deb -f "$deb" Package)" = paiban ]
  check "Version: $version-$build" [ "$(dpkg-deb -f "$deb" Version)" = "$version-$build" ]
  check "Architecture: amd64" [ "$(dpkg-deb -f "$deb" Architecture)" = amd64 ]
  # The files: the tarball's usr/ tree, plus Debian's copyright file,
  # changelog and lintian override.
  (cd "$top" && find usr -type f | sed 's,^,./,' && echo ./usr/share/doc/paiban/copyright && echo ./usr/share/doc/paiban/changelog.Debian.gz && echo ./usr/share/lintian/overrides/paiban) | LC_ALL=C sort >"$tmp/want"
  dpkg-deb -c "$deb" | awk '$1 ~ /^-/ {print $NF}' | LC_ALL=C sort >"$tmp/got"
  if diff "$tmp/want" "$tmp/got" >"$tmp/diff"; then pass "holds the tarball's files"; else cat "$tmp/diff"; fail "holds the tarball's files"; fi
  check "every file owned by root" bash -c "dpkg-deb -c '$deb' | awk '{print \$2}' | grep -qv '^root/root\$' && exit 1 || exit 0"
  dpkg-deb -x "$deb" "$tmp/deb"
  check "binary is the tarball's" cmp -s "$tmp/deb/usr/bin/paiban" "$bin"
  check "desktop entry is valid" validdesktop "$tmp/deb/usr/share/applications/$appid.desktop"
  check "HTML guides in /usr/share/doc/paiban" guideok "$tmp/deb/usr/share/doc/paiban"
  lintian --tag-display-limit 0 "$deb" 2>&1 | grep -v "running with root privileges" >"$tmp/lintian" || true
  sed 's/^/      /' "$tmp/lintian"
  check "lintian finds no error or warning" bash -c "! grep -q '^[EW]: ' '$tmp/lintian'"
  debsize=$(stat -c %s "$deb")
  installedsize=$(dpkg-deb -f "$deb" Installed-Size)
fi

if [ -f "$exe" ]; then
  echo "== $exe"
  check "is a 64-bit Windows GUI program" bash -c "file -b '$exe' | grep -q 'PE32+ executable (GUI) x86-64'"
  check "carries version $version.$build" bash -c "strings -el '$exe' | grep -A1 -x ProductVersion | grep -qx '$version.$build'"
  # The resources dist.sh compiles with windres: one icon with every size
  # Windows asks for, one manifest, one version resource with the publisher.
  if python3 packaging/windows/peres.py "$exe" >"$tmp/peres" 2>&1; then
    sed 's/^/      /' "$tmp/peres"
    res() { grep -x "$1" "$tmp/peres" >/dev/null; }
    check "one icon, 16 to 256 px" res "ICON-SIZES 16 20 24 32 40 48 64 96 128 256"
    check "one icon group, one manifest, one version resource" bash -c "grep -qx 'ICON-GROUPS 1' '$tmp/peres' && grep -qx 'MANIFESTS 1' '$tmp/peres' && grep -qx 'VERSIONS 1' '$tmp/peres'"
    check "fixed file and product version $version.$build" res "FIXED $version.$build $version.$build"
    for k in CompanyName LegalCopyright FileDescription ProductName; do
      check "version resource has $k" bash -c "grep -q '^STRING $k=..*' '$tmp/peres'"
    done
    check "FileVersion and ProductVersion $version.$build" bash -c "grep -qx 'STRING FileVersion=$version.$build' '$tmp/peres' && grep -qx 'STRING ProductVersion=$version.$build' '$tmp/peres'"
    [ -z "${PAIBAN_PUBLISHER:-}" ] || check "CompanyName is PAIBAN_PUBLISHER" res "STRING CompanyName=$PAIBAN_PUBLISHER"
  else
    cat "$tmp/peres"; fail "reads the program's resources"
  fi
  zip=${exe%.exe}.zip
  if [ -f "$zip" ]; then
    mkdir -p "$tmp/zip"
    (cd "$tmp/zip" && unzip -q "$(realpath "$OLDPWD/$zip")")
    zdir=$tmp/zip/$base-$version-windows-amd64
    check "$(basename "$zip"): Paiban.exe is the program" cmp -s "$zdir/Paiban.exe" "$exe"
    check "$(basename "$zip"): HTML guides in guide\\" guideok "$zdir/guide"
  fi
  [ -z "$short" ] || check "has the organisation's defaults built in" baked "$exe"
  ca=(); [ -z "${PAIBAN_SIGN_CA:-}" ] || ca=(-CAfile "$PAIBAN_SIGN_CA") # to trust a test certificate
  verify() { # verify FILE: the signature, if there is one
    if osslsigncode verify "${ca[@]}" -in "$1" >"$tmp/verify" 2>&1 || grep -q "Signer's certificate" "$tmp/verify"; then
      if grep -q "Signature verification: ok" "$tmp/verify"; then pass "$(basename "$1"): signature verifies"; else pass "$(basename "$1"): signed (the chain is not trusted here)"; fi
    else
      echo "      ($(basename "$1") is not signed)"
    fi
  }
  verify "$exe"
fi
if [ -f "$setup" ]; then
  echo "== $setup"
  setupsize=$(stat -c %s "$setup")
  check "installer is $setupsize bytes, within $setup_limit" [ "$setupsize" -le "$setup_limit" ]
  check "is a 64-bit Windows GUI program" bash -c "file -b '$setup' | grep -q 'PE32+ executable (GUI) x86-64'"
  verify "$setup"
fi

if [ "${PAIBAN_NO_WINE:-}" != 1 ] && [ -f "$exe" ]; then
  echo "== under Wine ($(wine --version 2>/dev/null))"
  wine_started=$(date +%s)
  exe=$(realpath "$exe") setup=$(realpath "$setup" 2>/dev/null || echo "$setup")
  export WINEPREFIX=$tmp/wine WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" WINEARCH=win64
  unset DISPLAY WAYLAND_DISPLAY # nothing here opens a window
  wineboot -i >/dev/null 2>&1 || true
  wineserver -w
  sys32=$WINEPREFIX/drive_c/windows/system32
  # Go's runtime needs bcryptprimitives.dll's ProcessPrng, which Wine 8.0
  # lacks: a stand-in over RtlGenRandom (packaging/windows).
  if [ ! -e "$sys32/bcryptprimitives.dll" ]; then
    x86_64-w64-mingw32-gcc -shared -O2 -o "$sys32/bcryptprimitives.dll" packaging/windows/bcryptprimitives.c -ladvapi32
    echo "      (Wine lacks bcryptprimitives.dll: using the stand-in)"
  fi
  # win PROGRAM ARGS...: runs a Windows program, its output in $tmp/out
  # (a GUI program prints only when its output is redirected).
  win() { wine "$@" >"$tmp/out" 2>&1; local rc=$?; tr -d '\r' <"$tmp/out" >"$tmp/out.txt"; return $rc; }
  wpath() { winepath -w "$1" 2>/dev/null | tr -d '\r'; }
  win "$exe" --version || true
  got=$(cat "$tmp/out.txt")
  check "Paiban.exe --version prints 'paiban $version' (got '$got')" [ "$got" = "paiban $version" ]
  seed=export/testdata/seed-tax-article.md
  cp "$seed" "$tmp/seed.md"
  "$bin" export --no-system-fonts -o "$tmp/seed-linux.pdf" "$tmp/seed.md" >/dev/null 2>&1 || fail "Linux export of the seed"
  win "$exe" export --no-system-fonts -o "$(wpath "$tmp/seed-win.pdf")" "$(wpath "$tmp/seed.md")" || true
  check "Paiban.exe exports the seed, byte-identical to the Linux export" cmp -s "$tmp/seed-win.pdf" "$tmp/seed-linux.pdf"
  # check exits 1 when it has findings: the same findings, the same status.
  rc=0; (cd "$tmp" && "$bin" check --lang en seed.md) >"$tmp/check-linux.txt" 2>&1 || rc=$?
  echo "exit $rc" >>"$tmp/check-linux.txt"
  rc=0; (cd "$tmp" && win "$exe" check --lang en seed.md) || rc=$?
  echo "exit $rc" >>"$tmp/out.txt"
  check "Paiban.exe check reports what Linux's does ($(tail -1 "$tmp/check-linux.txt"), $(grep -c : "$tmp/check-linux.txt") findings)" \
    bash -c "set -o pipefail; diff '$tmp/check-linux.txt' '$tmp/out.txt' | head -5"

  if [ -f "$setup" ]; then
    uninst='Software\Microsoft\Windows\CurrentVersion\Uninstall\'$appid
    regval() { # regval KEY NAME ('(Default)' for the key's default value)
      local sel=(/v "$2"); [ "$2" != '(Default)' ] || sel=(/ve)
      wine reg query "$1" "${sel[@]}" 2>/dev/null | tr -d '\r' | awk -v v="$2" '$1==v {sub(/^ *[^ ]+ +[^ ]+ +/,""); print; exit}'
    }
    regkey() { wine reg query "$1" >/dev/null 2>&1; }
    # installs SCOPE FOLDER HIVE SETUP-ARGS...: a silent install, checked,
    # then the silent uninstall, checked.
    installs() {
      local scope=$1 dir=$2 hive=$3; shift 3
      local unixdir menu
      unixdir=$(winepath -u "$dir" 2>/dev/null | tr -d '\r'); unixdir=${unixdir%/}
      echo "-- $scope: $(basename "$setup") /S $*"
      # Through cmd, which hands setup.exe its command line as written: NSIS
      # wants /D= last and unquoted, and wine would quote an argument with
      # a space.
      wine cmd /c "$(wpath "$setup") /S $*" >/dev/null 2>&1 || true
      wineserver -w
      for f in Paiban.exe uninstall.exe OFL.txt LICENSE-OpenCC.txt THIRD-PARTY-NOTICES.txt FONTS.md guide/guide-en.md guide/guide-en.html; do
        check "$scope: installed $f" [ -s "$unixdir/$f" ]
      done
      check "$scope: installed Paiban.exe is the program" cmp -s "$unixdir/Paiban.exe" "$exe"
      win "$unixdir/Paiban.exe" --version || true
      check "$scope: installed Paiban.exe runs" [ "$(cat "$tmp/out.txt")" = "paiban $version" ]
      if [ "$hive" = HKLM ]; then
        menu=$(wpath "$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs")
      else
        menu=$(wine cmd /c echo %APPDATA% 2>/dev/null | tr -d '\r')'\Microsoft\Windows\Start Menu\Programs'
      fi
      menu=$(winepath -u "$menu" 2>/dev/null | tr -d '\r')
      check "$scope: Start menu shortcut" [ -s "$menu/Paiban.lnk" ]
      check "$scope: HTML guides (pictures and links resolve)" guideok "$unixdir/guide"
      guidelnk=$(ls "$menu"/*.lnk 2>/dev/null | grep -v '/Paiban\.lnk$' | head -1 || true)
      check "$scope: Start menu shortcut to the guide${guidelnk:+ ($(basename "$guidelnk"))}" bash -c "[ -s '$guidelnk' ] && { strings -a '$guidelnk'; strings -a -el '$guidelnk'; } | grep -q 'guide-.*\.html'"
      check "$scope: Apps & Features entry in $hive" [ "$(regval "$hive\\$uninst" DisplayName)" = Paiban ]
      check "$scope: DisplayVersion $version" [ "$(regval "$hive\\$uninst" DisplayVersion)" = "$version" ]
      check "$scope: Publisher" [ -n "$(regval "$hive\\$uninst" Publisher)" ]
      check "$scope: QuietUninstallString" [ "$(regval "$hive\\$uninst" QuietUninstallString)" = "\"$dir\\uninstall.exe\" /S" ]
      check "$scope: InstallLocation" [ "$(regval "$hive\\$uninst" InstallLocation)" = "$dir" ]
      if [[ " $* " == *" /DESKTOP "* ]]; then
        desk=$(winepath -u "$(wine cmd /c echo %PUBLIC% %USERPROFILE% 2>/dev/null | tr -d '\r' | awk -v h="$hive" '{print (h=="HKLM" ? $1 : $2)}')\Desktop\Paiban.lnk" 2>/dev/null | tr -d '\r')
        check "$scope: desktop shortcut" [ -s "$desk" ]
      fi
      echo "$*" | grep -q NOASSOC && assoc=0 || assoc=1
      if ((assoc)); then
        check "$scope: .md offers Paiban" regkey "$hive\\Software\\Classes\\.md\\OpenWithProgids"
        check "$scope: Paiban.md opens with Paiban.exe" [ "$(regval "$hive\\Software\\Classes\\Paiban.md\\shell\\open\\command" '(Default)')" = "\"$dir\\Paiban.exe\" \"%1\"" ]
      else
        check "$scope: /NOASSOC leaves .md alone" bash -c "! wine reg query '$hive\\Software\\Classes\\Paiban.md' >/dev/null 2>&1"
      fi
      wine "$unixdir/uninstall.exe" /S >/dev/null 2>&1 || true
      wineserver -w
      left=$(find "$unixdir" 2>/dev/null | head -5 | tr "\n" " " || true)
      check "$scope: uninstall removes every file${left:+ (left: $left)}" [ ! -e "$unixdir" ]
      check "$scope: uninstall removes the Start menu shortcuts" bash -c "[ ! -e '$menu/Paiban.lnk' ] && [ ! -e '$guidelnk' ]"
      check "$scope: uninstall removes the Apps & Features entry" bash -c "! wine reg query '$hive\\$uninst' >/dev/null 2>&1"
      check "$scope: uninstall removes the .md association" bash -c "! wine reg query '$hive\\Software\\Classes\\Paiban.md' >/dev/null 2>&1 && ! wine reg query '$hive\\Software\\Classes\\Applications\\Paiban.exe' >/dev/null 2>&1"
    }
    local_programs=$(wine cmd /c echo %LOCALAPPDATA% 2>/dev/null | tr -d '\r')'\Programs\Paiban'
    installs "per user" "$local_programs" HKCU /CURRENTUSER /DESKTOP
    check "per user: uninstall removes the desktop shortcut" [ ! -e "$desk" ]
    # Wine's user is an administrator: the default is every user.
    installs "all users" 'C:\Paiban Test' HKLM /NOASSOC '/D=C:\Paiban Test'
  fi
  wineserver -k >/dev/null 2>&1 || true
  echo "      (the checks under Wine took $(($(date +%s) - wine_started)) s)"
fi

echo "== sizes"
printf '%-28s %12s bytes\n' "tarball" "$size" "binary" "$(stat -c %s "$bin")" "installed (install.sh)" "$installed"
[ -z "${debsize:-}" ] || printf '%-28s %12s bytes\n%-28s %12s KiB\n' ".deb" "$debsize" ".deb Installed-Size" "$installedsize"
[ ! -f "$exe" ] || printf '%-28s %12s bytes\n' ".exe" "$(stat -c %s "$exe")"
[ ! -f "${exe%.exe}.zip" ] || printf '%-28s %12s bytes\n' ".zip" "$(stat -c %s "${exe%.exe}.zip")"
[ ! -f "$setup" ] || printf '%-28s %12s bytes\n' "installer" "$(stat -c %s "$setup")"

if ((failures)); then
  echo "package-test: $failures check(s) failed" >&2
  exit 1
fi
echo "package-test: all checks passed"
