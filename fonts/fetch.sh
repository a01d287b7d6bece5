#!/usr/bin/env bash
# Re-creates the six committed Noto CJK faces from their npm packages.
#
# Usage: fonts/fetch.sh [OUTPUT_DIR]
#
# OUTPUT_DIR defaults to the folder this script is in (fonts/). Each package
# is fetched with `npm pack` into a scratch folder, the one face wanted from
# it is extracted under the project's name for it — the two regular Sans
# faces cut to Big5 and GB 2312 by `go run ./fonts/uiface` — and all six are checked
# against fonts/SHA256SUMS. Only when every checksum matches are the files
# copied into OUTPUT_DIR; on any mismatch nothing there is touched.
# Needs bash, npm, tar, go and sha256sum (or shasum).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=${1:-$here}
sums=$here/SHA256SUMS

# npm package (under @expo-google-fonts/) and version | file inside the
# package | name committed here | the cut made of it by fonts/uiface (TC,
# SC), or - for the file as published
faces=(
	"noto-serif-tc@0.4.4 package/400Regular/NotoSerifTC_400Regular.ttf NotoSerifTC-Regular.ttf -"
	"noto-serif-sc@0.4.3 package/400Regular/NotoSerifSC_400Regular.ttf NotoSerifSC-Regular.ttf -"
	"noto-sans-tc@0.4.3 package/700Bold/NotoSansTC_700Bold.ttf NotoSansTC-Bold.ttf -"
	"noto-sans-sc@0.4.3 package/700Bold/NotoSansSC_700Bold.ttf NotoSansSC-Bold.ttf -"
	"noto-sans-tc@0.4.3 package/400Regular/NotoSansTC_400Regular.ttf NotoSansTC-Regular-Big5.ttf TC"
	"noto-sans-sc@0.4.3 package/400Regular/NotoSansSC_400Regular.ttf NotoSansSC-Regular-GB2312.ttf SC"
)

die() {
	echo "fetch.sh: $*" >&2
	exit 1
}

command -v npm >/dev/null || die "npm is not installed"
command -v tar >/dev/null || die "tar is not installed"
command -v go >/dev/null || die "go is not installed"
if command -v sha256sum >/dev/null; then
	sha256() { sha256sum "$@"; }
elif command -v shasum >/dev/null; then
	sha256() { shasum -a 256 "$@"; }
else
	die "neither sha256sum nor shasum is installed"
fi
[[ -f $sums ]] || die "missing $sums"

work=$(mktemp -d)
partial= # a half-copied file in OUTPUT_DIR, removed if the script stops
trap 'rm -rf "$work"; [[ -z $partial ]] || rm -f "$partial"' EXIT
mkdir "$work/staged"

# 1. Fetch and extract into the scratch folder (each package once).
for face in "${faces[@]}"; do
	read -r spec inner name cut <<<"$face"
	pkgdir=$work/pkg/${spec//[@\/]/_}
	if [[ ! -d $pkgdir ]]; then
		mkdir -p "$pkgdir"
		echo "fetching @expo-google-fonts/$spec" >&2
		(cd "$pkgdir" && npm pack --silent "@expo-google-fonts/$spec" >/dev/null)
	fi
	tgz=("$pkgdir"/*.tgz)
	[[ ${#tgz[@]} -eq 1 && -f ${tgz[0]} ]] || die "npm pack gave no single tarball for $spec"
	tar -xzf "${tgz[0]}" -C "$pkgdir" "$inner" || die "$inner is not in @expo-google-fonts/$spec"
	if [[ $cut == - ]]; then
		mv "$pkgdir/$inner" "$work/staged/$name"
	else
		(cd "$here/.." && go run ./fonts/uiface "$cut" "$pkgdir/$inner" "$work/staged/$name") || die "cutting $name failed"
	fi
done

# 2. Verify all six before installing any.
if ! (cd "$work/staged" && sha256 -c "$sums"); then
	die "checksums differ from $sums; nothing was written to $out"
fi

# 3. Install: copy beside the target, then rename over it.
mkdir -p "$out"
for face in "${faces[@]}"; do
	read -r _ _ name _ <<<"$face"
	partial=$out/.$name.tmp
	cp "$work/staged/$name" "$partial"
	mv -f "$partial" "$out/$name"
	partial=
done
echo "wrote ${#faces[@]} fonts to $out" >&2
