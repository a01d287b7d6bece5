package cli

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/paiban/paiban/internal/printtest"
	"github.com/paiban/paiban/internal/testenv"
)

var jobID = regexp.MustCompile(`as job (\S+):`)

// paiban print sends the seed's pages 1 and 3, twice, to the virtual
// printer: the printed PDF has those pages' text, in sets.
func TestPrintSeed(t *testing.T) {
	name := printtest.Printer(t)
	ref := filepath.Join(t.TempDir(), "seed.pdf")
	if code, _, stderr := run("export", "--profile", prof, "-o", ref, seed); code != 0 {
		t.Fatalf("export: %s", stderr)
	}
	want := printtest.PageText(t, ref)
	since := time.Now()
	code, stdout, stderr := run("print", "--lang", "en", "--printer", name, "--copies", "2", "--pages", "1,3",
		"--duplex", "--profile", prof, seed)
	if code != 0 {
		t.Fatalf("print: %d %q %q", code, stdout, stderr)
	}
	m := jobID.FindStringSubmatch(stdout)
	if m == nil || !strings.Contains(stdout, "sent to "+name) || !strings.Contains(stdout, "2 page(s), 2 copy(ies)") {
		t.Fatalf("print said %q", stdout)
	}
	out := printtest.Printed(t, m[1], since)
	got := printtest.PageText(t, out)
	// Two-sided, each copy of two pages fills one sheet.
	if n := printtest.Pages(t, out); n != 4 || len(got) != 4 {
		t.Fatalf("%s has %d pages (%d with text), want 2 pages × 2 copies", out, n, len(got))
	}
	for i, w := range []string{want[0], want[2], want[0], want[2]} {
		if printtest.Squeeze(got[i]) != printtest.Squeeze(w) {
			t.Errorf("printed page %d:\n%.200s\nwant:\n%.200s", i+1, got[i], w)
		}
	}
	if !strings.Contains(printtest.Squeeze(got[0]), "黨建引領改革") {
		t.Errorf("the seed's title is not on the first printed page:\n%.200s", got[0])
	}
}

// What stops a print is said in the language asked for, and nothing is
// sent.
func TestPrintRefuses(t *testing.T) {
	testenv.Tool(t, "lpstat")
	t.Setenv("CUPS_SERVER", filepath.Join(t.TempDir(), "no-cupsd.sock"))
	code, stdout, stderr := run("print", "--lang", "zh-Hant", seed)
	if code != 1 || stdout != "" || !strings.Contains(stderr, "列印系統（CUPS）沒有執行") {
		t.Errorf("no scheduler: %d %q %q", code, stdout, stderr)
	}
	code, _, stderr = run("print", "--lang", "zh-Hans", "--pages", "3-1", seed)
	if code != 2 || !strings.Contains(stderr, "页码“3-1”：范围的结尾在开头之前") {
		t.Errorf("backward pages: %d %q", code, stderr)
	}
	code, _, stderr = run("print", seed, seed)
	if code != 2 || !strings.Contains(stderr, "print takes one article file") {
		t.Errorf("two files: %d %q", code, stderr)
	}
}
