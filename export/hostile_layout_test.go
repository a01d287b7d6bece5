package export

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/profile"
)

func loadTaipei(t *testing.T) profile.Profile {
	t.Helper()
	prof, err := profile.Load("testdata/profile-taipei.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return prof
}

// assertOnPage checks that the article's text, rules, images and links lie
// inside the page's margins and clear of the footer: nothing printed over
// the footer or past the page's edge, as long titles and wide tables were.
func assertOnPage(t *testing.T, doc *layout.Document) {
	t.Helper()
	m := layout.DefaultMargins
	left, right, top := m.Left, doc.Paper.Width-m.Right, m.Top
	for _, p := range doc.Pages {
		bottom := doc.Paper.Height - m.Bottom
		for _, l := range p.Lines {
			if l.Kind == layout.KindFooter || l.Kind == layout.KindPageNo {
				bottom = min(bottom, l.Y-l.Runs[0].Size) // the footer's rule is above its first row
			}
		}
		box := func(what string, x0, y0, x1, y1 layout.Unit) {
			t.Helper()
			if x0 < left || x1 > right || y0 < top || y1 > bottom {
				t.Fatalf("page %d: %s at (%v,%v)–(%v,%v) is outside (%v,%v)–(%v,%v)", p.Number, what, x0, y0, x1, y1, left, top, right, bottom)
			}
		}
		for _, l := range p.Lines {
			if l.Kind == layout.KindHeader || l.Kind == layout.KindFooter || l.Kind == layout.KindPageNo {
				continue
			}
			for _, r := range l.Runs {
				for _, g := range r.Glyphs {
					box("glyph "+g.Text, g.X, l.Y-r.Size*88/100, g.X+g.Advance, l.Y+r.Size*12/100)
				}
			}
		}
		for _, r := range p.Rules {
			if r.Y1 == r.Y2 && (r.Y1 >= bottom || r.Y1 < top) {
				continue // the footer's and the banner's
			}
			box("rule", min(r.X1, r.X2), min(r.Y1, r.Y2), max(r.X1, r.X2), max(r.Y1, r.Y2))
		}
		for _, k := range p.Links {
			box("link", k.X, k.Y, k.X+k.W, k.Y+k.H)
		}
	}
}

// The hostile articles of issue 11's items 12–14 export, print everything
// inside the page and clear of the footer, and warn at the right place.
func TestHostileTitlesTablesLinks(t *testing.T) {
	lib := fonts.NewLibrary()
	for _, c := range []struct {
		file  string
		warns []string // each a prefix of one warning, after the file name
	}{
		{"title-long.md", []string{":2:8: the title takes 116 lines, more than 3"}},
		{"heading-long.md", []string{":8:4: the heading takes"}},
		{"table-40cols.md", []string{":8:1: the table's 40 columns do not fit across the page even at 8.4 pt: it is printed in 3 parts of at most 14 columns"}},
		{"table-14cols.md", nil},
		{"table-300rows.md", nil},
		{"table-tall-cell.md", nil},
		{"links-schemes.md", []string{
			`:10:1: link to "javascript:alert(document.cookie)" printed as plain text: only http, https, mailto and tel links are kept, not javascript:`,
			`:10:204: link to "../secret.html" printed as plain text: a relative address`,
			`:12:1: link to "javascript:alert(2)"`,
			`:14:1: link to "https://www.example.gov.cn/aaa`,
		}},
	} {
		t.Run(c.file, func(t *testing.T) {
			path := filepath.Join("testdata/hostile", c.file)
			s := Settings{Profile: loadTaipei(t)}
			job, err := Open(path, lib)
			if err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(t.TempDir(), "out.pdf")
			doc, err := job.WritePDF(out, s)
			if err != nil {
				t.Fatal(err)
			}
			assertOnPage(t, doc)
			warnings := job.Warnings(doc)
			for _, w := range c.warns {
				if !slices.ContainsFunc(warnings, func(got string) bool { return strings.HasPrefix(got, path+w) }) {
					t.Errorf("no warning %q in\n%s", path+w, strings.Join(warnings, "\n"))
				}
			}
			if c.warns == nil && len(warnings) > 0 {
				t.Errorf("warnings:\n%s", strings.Join(warnings, "\n"))
			}
		})
	}
}

// Only http, https, mailto and tel links become link annotations in the
// PDF; the annotation holds the address as written, 7-bit ASCII.
func TestPDFLinkAnnotations(t *testing.T) {
	job, err := Open("testdata/hostile/links-schemes.md", fonts.NewLibrary())
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "links.pdf")
	if _, err := job.WritePDF(out, Settings{}); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var uris []string
	for _, m := range regexp.MustCompile(`/URI \(((?:[^\\)]|\\.)*)\)`).FindAllSubmatch(raw, -1) {
		uris = append(uris, string(m[1]))
	}
	want := []string{"https://www.gov.cn/", "http://www.example.gov.cn/a?b=1", "mailto:service@example.gov.cn", "tel:+86-21-12366"}
	if !slices.Equal(uris, want) {
		t.Errorf("link annotations %q, want %q", uris, want)
	}
	for _, bad := range []string{"javascript", "JavaScript", "vbscript", "/Launch", "file:", "data:"} {
		if bytes.Contains(raw, []byte(bad)) {
			t.Errorf("the PDF holds %q", bad)
		}
	}
	if res, err := checkPDFSyntax(raw); err != nil {
		t.Errorf("PDF syntax: %v (%+v)", err, res)
	}
}

// A 1.9 MB title — 620 MB and its first 806 characters over the footer
// before — is printed in full over hundreds of pages, inside them, with
// one warning at its place.
func TestHugeTitle(t *testing.T) {
	if testing.Short() {
		t.Skip("exports 900 pages")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "title.md")
	title := strings.Repeat("標題測試文字排版", 650_000/8)
	if err := os.WriteFile(path, []byte("---\ntitle: "+title+"\n---\n\n正文。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	job, err := Open(path, fonts.NewLibrary())
	if err != nil {
		t.Fatal(err)
	}
	doc, err := job.WritePDF(filepath.Join(dir, "title.pdf"), Settings{Profile: loadTaipei(t)})
	if err != nil {
		t.Fatal(err)
	}
	assertOnPage(t, doc)
	n := 0
	for _, p := range doc.Pages {
		for _, l := range p.Lines {
			if l.Kind == layout.KindTitle {
				n += len([]rune(l.Text()))
			}
		}
	}
	if n != len([]rune(title)) || len(doc.Pages) < 500 {
		t.Errorf("%d of %d characters of the title printed, on %d pages", n, len([]rune(title)), len(doc.Pages))
	}
	if w := job.Warnings(doc); len(w) != 1 || !strings.HasPrefix(w[0], path+":2:8: the title takes") {
		t.Errorf("warnings %q", w)
	}
}
