# Shortcuts for the scripts in scripts/; the scripts are the real thing and
# run on their own. `make` alone lists the targets.

.DEFAULT_GOAL := help

help:
	@echo "make build          bin/paiban, a development build (scripts/run.sh builds it too)"
	@echo "make test           every check CI runs (scripts/test.sh)"
	@echo "make dist           the Linux .tar.xz and .deb and the Windows installer, .exe and .zip in dist/"
	@echo "make dist-linux     only the Linux .tar.xz and .deb"
	@echo "make dist-windows   only the Windows installer, .exe and .zip (cross-compiled, signed if PAIBAN_SIGN_* is set)"
	@echo "  ORG=profile.yaml  with any dist target: an organisation build (its defaults baked in, its name in the files)"
	@echo "make package-test   check the packages in dist/, the Windows ones under Wine (scripts/package-test.sh; ORG= as for dist)"
	@echo "make icon           draw assets/icon*.png and assets/icon.svg again (packaging/icon)"
	@echo "make clean          remove bin/ and dist/"
	@echo "docs/packaging.md describes the packages and the environment variables."

build:
	mkdir -p bin
	go build -trimpath -o bin/paiban .

test:
	bash scripts/test.sh

# ORG=path/to/profile.yaml makes an organisation build (scripts/dist.sh --org).
ORG ?=
org = $(if $(ORG),--org "$(ORG)")

dist:
	bash scripts/dist.sh $(org) linux deb windows

dist-linux:
	bash scripts/dist.sh $(org) linux deb

dist-windows:
	bash scripts/dist.sh $(org) windows

package-test:
	bash scripts/package-test.sh $(org)

icon:
	go run ./packaging/icon -o assets

clean:
	rm -rf bin dist

.PHONY: help build test dist dist-linux dist-windows package-test icon clean
