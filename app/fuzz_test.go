package app

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// FuzzOpenSave opens any article file the way the editor does — read,
// shown in the form and body editor — saves it and opens the saved file:
// the body survives byte for byte and every field comes back the same.
func FuzzOpenSave(f *testing.F) {
	for _, name := range []string{"seed-tax-article.md", "features-hans.md", "kinsoku-stress.md", "taipei-sample.md"} {
		if b, err := os.ReadFile(filepath.Join("..", "export", "testdata", name)); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("---\ntitle: \"引號\\t與換行\"\nkeywords: [甲, 乙]\n---\n\n\n\n正文\r\n\r\n> 引文\n\n---\n\n結尾"))
	f.Add([]byte("---\n---\n---\n\n本文以分隔線開頭"))
	f.Add([]byte("----\n\n無前置資料、以分隔線開頭\n\n---\n\n後文"))
	f.Add([]byte("\uFEFF---\nlang: zh-Hans\n---\n\t缩进\n\n\n\n多个空行\n"))
	a := test.NewTempApp(f)
	var form *form
	fyne.DoAndWait(func() { form = newForm(langEn, nil) })
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, src []byte) {
		path := filepath.Join(dir, "in.md")
		if err := os.WriteFile(path, src, 0o644); err != nil {
			t.Fatal(err)
		}
		d, _, err := readArticle(path)
		if err != nil {
			return // refused with a message: nothing to lose
		}
		var shown Document
		fyne.DoAndWait(func() {
			form.set(d)
			shown = form.document()
		})
		if shown.Body != d.Body {
			t.Fatalf("the body editor changed the body:\n%q\n%q", d.Body, shown.Body)
		}
		saved := filepath.Join(dir, "saved.md")
		if err := os.WriteFile(saved, shown.Markdown(), 0o644); err != nil {
			t.Fatal(err)
		}
		again, _, err := readArticle(saved)
		if err != nil {
			t.Fatalf("the saved article cannot be opened: %v\n%s", err, shown.Markdown())
		}
		if again.Body != d.Body {
			t.Fatalf("the body changed on the way through a save:\n%q\n%q", d.Body, again.Body)
		}
		if again != shown {
			t.Fatalf("the fields changed on the way through a save:\n%+v\n%+v", shown, again)
		}
	})
	_ = a
}

// A file without front matter whose first line is a "----" rule opens
// whole: the editor finds the body where the article reader does (it used
// to take "----" for front matter and drop everything to the next "---").
func TestRuleFirstLineKeepsText(t *testing.T) {
	src := "----\n\n第一段，不可遺失。\n\n---\n\n第二段。\n"
	d, err := ParseDocument([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if d.Body != src {
		t.Fatalf("body %q, want the whole file", d.Body)
	}
}
