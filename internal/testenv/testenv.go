// Package testenv is for tests that need something from outside the
// project — a program such as qpdf or pdftoppm, the shared corpus beside
// the checkout, an installed Kai font. Where it is missing such a test is
// skipped on a developer's machine, but fails under CI (the CI variable is
// set, as .ci/run sets it), so that a check cannot pass by not running;
// PAIBAN_ALLOW_SKIP=1 allows the skip there too.
//
// Only tests import it.
package testenv

import (
	"os"
	"os/exec"
	"testing"
)

// Need skips t, or fails it under CI, when err says that what is named is
// missing; with a nil err it does nothing.
func Need(t testing.TB, what string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	if os.Getenv("CI") != "" && os.Getenv("PAIBAN_ALLOW_SKIP") == "" {
		t.Fatalf("%s is needed (CI is set; PAIBAN_ALLOW_SKIP=1 would skip): %v", what, err)
		return
	}
	t.Skipf("%s is missing: %v", what, err)
}

// Tool is Need for a program on the PATH.
func Tool(t testing.TB, name string) {
	t.Helper()
	_, err := exec.LookPath(name)
	Need(t, name, err)
}
