#!/usr/bin/env bash
# Runs every check of the project: formatting, vet, the unit tests with the
# race detector (printing on a virtual CUPS printer where one can be set up),
# and the exported corpus judged by ../shared/tools/pdfcheck when that
# folder is present (the tests carry fixtures of their own), a
# short fuzzing of the readers, of the export and of the editor's open →
# save round trip, the editor driven in a real window, the hostile inputs
# under a memory limit, and the Linux package's contents.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$unformatted" ]; then echo "gofmt needed on: $unformatted" >&2; exit 1; fi
go vet ./...
# The virtual printer the printing tests print on (CUPS with cups-pdf); it
# says so and goes on where it cannot be set up (no root).
bash scripts/cups-pdf.sh
go test -race -count=1 ./...
# A short, bounded run of the fuzzers of the readers of untrusted input, and
# of the whole Markdown → layout → PDF path (no panic, no hang, a valid PDF;
# see export/fuzz_test.go).
go test -run '^$' -fuzz '^FuzzParse$' -fuzztime 10s ./article
go test -run '^$' -fuzz '^FuzzParse$' -fuzztime 10s ./profile
go test -run '^$' -fuzz '^FuzzParse$' -fuzztime 10s ./bulletin
go test -run '^$' -fuzz '^FuzzExport$' -fuzztime 20s ./export
# Font files (no panic, bounded memory, subsets with the same outlines) and
# the editor's open → save round trip.
go test -run '^$' -fuzz '^FuzzParse$' -fuzztime 10s -fuzzminimizetime 5s ./fonts
go test -run '^$' -fuzz '^FuzzLoad$' -fuzztime 10s -fuzzminimizetime 5s ./fonts
go test -run '^$' -fuzz '^FuzzSubset$' -fuzztime 10s -fuzzminimizetime 5s ./fonts
go test -run '^$' -fuzz '^FuzzOpenSave$' -fuzztime 10s ./app
# The importer's readers of Word documents and web pages (bounded: zip
# entries, unpacked size, XML depth).
go test -run '^$' -fuzz '^FuzzDocx$' -fuzztime 10s -fuzzminimizetime 5s ./importer
go test -run '^$' -fuzz '^FuzzHTML$' -fuzztime 10s -fuzzminimizetime 5s ./importer
# The editor in a real window under Xvfb, driven through XTest: a click
# mid-paragraph, typing, a selection across paragraphs, paste, save.
bash scripts/drive-editor.sh
# Every hostile input (issue 11) under a memory limit: refused with a
# message or exported, within its memory bound, never hanging.
bash scripts/hostile.sh
# The Linux package, built uncompressed to save time, and its contents.
PAIBAN_XZ_LEVEL=0 bash scripts/package-test.sh --build
