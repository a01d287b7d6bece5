package importer

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/paiban/paiban/article"
)

// The .docx reader takes any bytes without panicking or hanging, within
// its bounds, and what it makes is an article.
func FuzzDocx(f *testing.F) {
	paths, _ := filepath.Glob("testdata/docx/*.docx")
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := readDocx(data, Options{})
		if err != nil {
			return
		}
		if _, err := article.Parse(d.result(Options{}).Markdown); err != nil {
			t.Fatalf("the import is no article: %v", err)
		}
	})
}

// The web page reader takes any bytes without panicking, and what it
// makes is an article.
func FuzzHTML(f *testing.F) {
	paths, _ := filepath.Glob("testdata/html/*.html")
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`<p>一、<b>標題</b><img src="../../../../etc/passwd"><table><tr><td>a<td>b</table>`))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := readHTML(data, dir, Options{})
		if err != nil {
			return
		}
		if _, err := article.Parse(d.result(Options{}).Markdown); err != nil {
			t.Fatalf("the import is no article: %v", err)
		}
	})
}
