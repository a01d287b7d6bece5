#!/usr/bin/env bash
# Prints the third-party notices of the Paiban program built for GOOS $1
# (linux or windows): the licence texts of the Go standard library and of
# every module compiled into it, as the Go module cache holds them (their
# LICENSE, COPYING, NOTICE and PATENTS files, and those one folder down,
# such as GLFW's and HarfBuzz's). The fonts' OFL and OpenCC's Apache
# licence travel as files of their own (OFL.txt, LICENSE-OpenCC.txt).
#
# Usage: scripts/notices.sh linux|windows > THIRD-PARTY-NOTICES.txt
set -euo pipefail
cd "$(dirname "$0")/.."
goos=${1:?usage: scripts/notices.sh linux|windows}

echo "Third-party notices for Paiban ($goos build)"
echo
echo "Paiban is built with Go and the modules below; each one's licence"
echo "follows its name. The fonts (OFL.txt) and OpenCC's dictionaries"
echo "(LICENSE-OpenCC.txt) have files of their own."
mods=$(GOOS=$goos GOARCH=amd64 CGO_ENABLED=1 go list -deps -f '{{with .Module}}{{if not .Main}}{{.Path}}@{{.Version}}	{{.Dir}}{{end}}{{end}}' . | LC_ALL=C sort -u)
[ -n "$mods" ] || { echo "notices.sh: go list found no modules" >&2; exit 1; }
section() { # section TITLE DIR
  local files
  files=$(cd "$2" && find . -maxdepth 2 -type f -not -path './testdata/*' \
    \( -iname 'licen[cs]e*' -o -iname 'copying*' -o -iname 'notice*' -o -iname 'patents*' \) | LC_ALL=C sort)
  [ -n "$files" ] || { echo "notices.sh: $1 has no licence file in $2" >&2; exit 1; }
  local f
  for f in $files; do
    printf '\n%s\n== %s (%s)\n\n' "================================================================================" "$1" "${f#./}"
    cat "$2/$f"
  done
}
section "Go $(go env GOVERSION | sed 's/^go//') standard library" "$(go env GOROOT)"
while IFS=$'\t' read -r mod dir; do
  section "$mod" "$dir"
done <<<"$mods"
