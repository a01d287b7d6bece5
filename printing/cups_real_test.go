//go:build !windows

package printing

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/paiban/paiban/export"
	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/internal/printtest"
)

const seed = "../export/testdata/seed-tax-article.md"

// seedDocument prepares the seed article for printing, as the command line
// and the editor do, and returns it with the text of each of its pages.
func seedDocument(t *testing.T) (*Document, []string) {
	t.Helper()
	job, err := export.Open(seed, fonts.NewLibrary())
	if err != nil {
		t.Fatal(err)
	}
	s, err := export.Choices{}.Settings(job.Fonts)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Prepare(job, job.Layout(s), s)
	if err != nil {
		t.Fatal(err)
	}
	return d, printtest.PDFText(t, d.PDF)
}

// The seed's pages 2 to 3, twice, on the virtual printer: four pages come
// out, pages 2 and 3 of the article twice over, text and all.
func TestPrintOnCUPS(t *testing.T) {
	name := printtest.Printer(t)
	sys := System()
	ps, err := sys.Printers(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if p, ok := Find(ps, name); !ok || !p.Ready() {
		t.Fatalf("%s not listed ready among %+v", name, ps)
	}
	doc, want := seedDocument(t)
	if len(want) < 3 {
		t.Fatalf("the seed has %d pages, the test wants 3", len(want))
	}
	since := time.Now()
	job, err := Print(context.Background(), sys, doc, Options{Printer: name, Copies: 2, Pages: Pages{{2, 3}}, Title: "paiban-printing-test"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(job.ID, name+"-") || job.Pages != 2 || job.Copies != 2 {
		t.Errorf("job %+v", job)
	}
	out := printtest.Printed(t, job.ID, since)
	if n := printtest.Pages(t, out); n != 4 {
		t.Fatalf("%s has %d pages, want 2 pages × 2 copies", out, n)
	}
	got := printtest.PageText(t, out)
	for i, w := range []string{want[1], want[2], want[1], want[2]} {
		if printtest.Squeeze(got[i]) != printtest.Squeeze(w) {
			t.Errorf("printed page %d:\n%.300s\nwant the article's page %d:\n%.300s", i+1, got[i], i%2+2, w)
		}
	}
}
