package importer

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/paiban/paiban/article"
	"github.com/paiban/paiban/message"
)

// expectation is what a test document shows, written by the program that
// made it (testdata/docx/make.py, testdata/html/make.py), not by the
// importer: the front matter, the text one line per paragraph (table rows
// with their cells joined by tabs, a picture by its description, notes as
// [n] text), the headings with their Markdown levels.
type expectation struct {
	Title, Subtitle, Source, Date, Author string
	Lines                                 []string
	Headings                              [][2]any
	Pictures                              int
	Warnings                              []string
}

func readExpectation(t *testing.T, path string) expectation {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var e expectation
	if err := json.Unmarshal(b, &e); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return e
}

// normal normalises white space: runs of it, full-width spaces included,
// become one space; none at the ends.
func normal(s string) string {
	return strings.Join(strings.FieldsFunc(s, blankOrTab), " ")
}

func blankOrTab(r rune) bool { return r == '\t' || blank(r) }

// checkArticle imports path and checks the article against e: it must
// parse, and its front matter, its text line by line and its headings
// must be e's.
func checkArticle(t *testing.T, path string, e expectation) (*Result, *article.Article) {
	t.Helper()
	res, err := File(path, Options{})
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	a, err := article.Parse(res.Markdown)
	if err != nil {
		t.Fatalf("%s: the imported article does not parse: %v\n%s", path, err, res.Markdown)
	}
	for _, w := range a.Warnings {
		t.Errorf("%s: the article reader warns: %s", path, w.Message)
	}
	m := a.Meta
	for _, f := range [][3]string{{"title", m.Title, e.Title}, {"subtitle", m.Subtitle, e.Subtitle}, {"source", m.Source, e.Source}, {"author", m.Author, e.Author}} {
		if f[1] != f[2] {
			t.Errorf("%s: %s %q, want %q", path, f[0], f[1], f[2])
		}
	}
	if e.Date != "" {
		layout := "2006-01-02"
		if m.DateHasTime {
			layout += " 15:04"
		}
		if got := m.Date.Format(layout); m.Date.IsZero() || got != e.Date {
			t.Errorf("%s: date %q, want %q", path, got, e.Date)
		}
	}
	got := strings.Split(a.Text(), "\n")
	if a.Meta.Subtitle != "" && len(got) > 0 {
		got = append([]string{got[0], a.Meta.Subtitle}, got[1:]...)
	}
	for i := 0; i < max(len(got), len(e.Lines)); i++ {
		g, w := "", ""
		if i < len(got) {
			g = normal(got[i])
		}
		if i < len(e.Lines) {
			w = normal(e.Lines[i])
		}
		if g != w {
			t.Errorf("%s: line %d:\n got %q\nwant %q", path, i+1, g, w)
		}
	}
	var heads [][2]any
	for _, b := range a.Blocks {
		if h, ok := b.(*article.Heading); ok {
			var s strings.Builder
			for _, in := range h.Inlines {
				s.WriteString(in.Text)
			}
			heads = append(heads, [2]any{float64(h.Level), s.String()})
		}
	}
	if len(heads) != len(e.Headings) {
		t.Errorf("%s: headings %v, want %v", path, heads, e.Headings)
	} else {
		for i := range heads {
			if heads[i] != e.Headings[i] {
				t.Errorf("%s: heading %d is %v, want %v", path, i+1, heads[i], e.Headings[i])
			}
		}
	}
	if len(res.Images) != e.Pictures {
		t.Errorf("%s: %d pictures, want %d", path, len(res.Images), e.Pictures)
	}
	return res, a
}

// warned reports whether one of ws, in English, contains s.
func warned(ws []Warning, s string) bool {
	for _, w := range ws {
		if strings.Contains(w.In(message.En), s) {
			return true
		}
	}
	return false
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
