#!/bin/sh
# Installs Paiban from this unpacked folder; needs nothing but a POSIX
# shell and coreutils. (scripts/dist.sh puts it into the Linux tarball.)
#
#   ./install.sh                          for you alone, into ~/.local (no root needed)
#   ./install.sh --uninstall              remove it again
#   sudo ./install.sh --system            for everyone, into /usr/local
#   sudo ./install.sh --system --uninstall
#
# PREFIX=/opt/paiban chooses another folder for --system; DESTDIR is
# honoured, for staging. The menu entry names the installed program by its
# full path, quoted, so a folder with spaces works and ~/.local/bin need
# not be on PATH.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
appid=org.paiban.editor

system=0 uninstall=0
for a in "$@"; do
  case $a in
    --system) system=1 ;;
    --uninstall) uninstall=1 ;;
    -h | --help) sed -n '2,13s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $a (--system, --uninstall, --help)" >&2; exit 2 ;;
  esac
done
if [ "$system" = 1 ]; then
  prefix=${PREFIX:-/usr/local}
else
  [ -n "${HOME:-}" ] || { echo "install.sh: HOME is not set" >&2; exit 1; }
  prefix=${PREFIX:-$HOME/.local}
fi
case $prefix in /*) ;; *) echo "install.sh: PREFIX must be an absolute path, not $prefix" >&2; exit 2 ;; esac
dest=${DESTDIR:-}$prefix
cd "$here/usr"

# Every file under usr/, as paths relative to it: bin/paiban, share/...
files() { find . -type f | sed 's,^\./,,' | LC_ALL=C sort; }

refresh() {
  update-desktop-database -q "$dest/share/applications" 2>/dev/null || true
  gtk-update-icon-cache -q -t "$dest/share/icons/hicolor" 2>/dev/null || true
}

if [ "$uninstall" = 1 ]; then
  files | while IFS= read -r f; do
    rm -f "$dest/$f"
  done
  rmdir "$dest/share/doc/paiban" 2>/dev/null || true
  refresh
  printf "Paiban removed from %s\n" "$prefix"
  exit 0
fi

files | while IFS= read -r f; do
  mkdir -p "$dest/$(dirname "$f")"
  mode=644
  case $f in bin/*) mode=755 ;; esac
  # Written to a temporary name and renamed: a running Paiban keeps its
  # old binary, and an interrupted install leaves no half file.
  cp "$f" "$dest/$f.new.$$"
  chmod "$mode" "$dest/$f.new.$$"
  mv -f "$dest/$f.new.$$" "$dest/$f"
done

# The desktop entry's Exec: the full path in double quotes, with ", `, $
# and \ escaped inside them; then, as the Desktop Entry Specification asks
# of a string value, every \ doubled and % written %%; then escaped once
# more for sed's replacement text.
value=$(printf '%s\n' "$prefix/bin/paiban" | sed -e 's/[\\"`$]/\\&/g')
value=$(printf '"%s"\n' "$value" | sed -e 's/\\/\\\\/g' -e 's/%/%%/g')
repl=$(printf '%s\n' "$value" | sed -e 's/[\\&|]/\\&/g')
desktop=$dest/share/applications/$appid.desktop
sed "s|^Exec=paiban |Exec=$repl |" "$desktop" >"$desktop.new.$$"
mv -f "$desktop.new.$$" "$desktop"
refresh
printf "Paiban installed in %s\n" "$prefix"
case $system:":$PATH:" in
  0:*":$prefix/bin:"*) ;;
  0:*) printf "(%s is not on your PATH: the menu entry works; for the command line, add it.)\n" "$prefix/bin" ;;
esac
