package testenv

import (
	"errors"
	"testing"
)

// recorder notes whether a check skipped or failed the test.
type recorder struct {
	testing.TB
	skipped, failed bool
}

func (r *recorder) Helper()               {}
func (r *recorder) Skipf(string, ...any)  { r.skipped = true }
func (r *recorder) Fatalf(string, ...any) { r.failed = true }

// Missing things skip outside CI, fail under it, and skip under it with
// PAIBAN_ALLOW_SKIP.
func TestNeed(t *testing.T) {
	missing := errors.New("not found")
	for _, c := range []struct {
		ci, allow    string
		skip, failed bool
	}{
		{"", "", true, false},
		{"1", "", false, true},
		{"true", "1", true, false},
	} {
		t.Setenv("CI", c.ci)
		t.Setenv("PAIBAN_ALLOW_SKIP", c.allow)
		r := &recorder{}
		Need(r, "qpdf", missing)
		if r.skipped != c.skip || r.failed != c.failed {
			t.Errorf("CI=%q ALLOW=%q: skipped %v failed %v", c.ci, c.allow, r.skipped, r.failed)
		}
		r = &recorder{}
		Need(r, "qpdf", nil)
		if r.skipped || r.failed {
			t.Error("nothing missing, yet it skipped or failed")
		}
	}
}
