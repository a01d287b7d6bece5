#!/usr/bin/env bash
# Signs a Windows program in place with Authenticode (osslsigncode,
# SHA-256) when the environment gives a certificate; without one it does
# nothing. scripts/dist.sh signs Paiban.exe with it, and makensis the
# installer and the uninstaller inside it (!finalize, !uninstfinalize).
#
#   PAIBAN_SIGN_PFX=file.pfx                      a PKCS#12 file, or
#   PAIBAN_SIGN_CERT=cert.pem PAIBAN_SIGN_KEY=key.pem
#   PAIBAN_SIGN_PASS=...                          the key's password, if any
#   PAIBAN_SIGN_TIMESTAMP=http://...              an RFC 3161 time-stamp server, if any
#
# Usage: scripts/sign.sh FILE.exe
set -euo pipefail
file=${1:?usage: scripts/sign.sh FILE.exe}
[ -n "${PAIBAN_SIGN_PFX:-}${PAIBAN_SIGN_CERT:-}" ] || exit 0
[ -f "$file" ] || { echo "sign.sh: no file $file" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
args=(sign -h sha256 -n Paiban -in "$file" -out "$work/signed")
if [ -n "${PAIBAN_SIGN_PFX:-}" ]; then
  args+=(-pkcs12 "$PAIBAN_SIGN_PFX")
else
  [ -n "${PAIBAN_SIGN_KEY:-}" ] || { echo "sign.sh: PAIBAN_SIGN_CERT needs PAIBAN_SIGN_KEY" >&2; exit 1; }
  args+=(-certs "$PAIBAN_SIGN_CERT" -key "$PAIBAN_SIGN_KEY")
fi
if [ -n "${PAIBAN_SIGN_PASS:-}" ]; then # from a file, not the command line
  (umask 077; printf '%s' "$PAIBAN_SIGN_PASS" >"$work/pass")
  args+=(-readpass "$work/pass")
fi
[ -z "${PAIBAN_SIGN_TIMESTAMP:-}" ] || args+=(-ts "$PAIBAN_SIGN_TIMESTAMP")
osslsigncode "${args[@]}" >/dev/null || { echo "sign.sh: osslsigncode could not sign $file" >&2; exit 1; }
# Written over the file, not renamed: makensis keeps the file's name open.
cat "$work/signed" >"$file"
echo "signed $(basename "$file")"
