#!/bin/sh
# fetch.sh reproduces the files of this folder: it downloads the Go module
# github.com/longbridgeapp/opencc at the version below (checked against the
# Go checksum database, as any module download) and copies from it the six
# OpenCC dictionaries Paiban's conversions use and the Apache-2.0 licence.
# It needs only the go command; run it from anywhere.
set -eu

module=github.com/longbridgeapp/opencc
version=v0.3.13
files="STPhrases STCharacters TWVariants HKVariants TSPhrases TSCharacters"

here=$(cd "$(dirname "$0")" && pwd)
# Outside any module, so that the download does not touch Paiban's go.mod.
cd "${TMPDIR:-/tmp}"
src=$(go mod download -json "$module@$version" |
	sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
if [ -z "$src" ] || [ ! -d "$src/dictionary" ]; then
	echo "fetch.sh: could not download $module@$version" >&2
	exit 1
fi

for f in $files; do
	cp "$src/dictionary/$f.txt" "$here/$f.txt"
	chmod 644 "$here/$f.txt"
done
cp "$src/LICENSE" "$here/LICENSE"
chmod 644 "$here/LICENSE"

cd "$here"
sha256sum LICENSE $(for f in $files; do printf '%s.txt ' "$f"; done)
