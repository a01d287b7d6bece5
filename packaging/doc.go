// Package packaging holds what Paiban's installers are made from besides
// the program: the icon's drawing (packaging/icon), the Makefile that goes
// into the Linux tarball, the Debian control template, and a test that keeps
// FyneApp.toml and the program's version in step. scripts/dist.sh puts them
// together; docs/packaging.md describes the result.
package packaging
