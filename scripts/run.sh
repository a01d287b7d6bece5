#!/usr/bin/env bash
# Builds and runs Paiban, installing the system packages it needs first.
# Arguments go to the program: none, or an article file, opens the editor;
# `export -o OUT.pdf ARTICLE.md` exports; `help` lists the commands.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
mkdir -p bin
go build -trimpath -o bin/paiban .
exec bin/paiban "$@"
