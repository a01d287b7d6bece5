package app

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// File ▸ Import turns a Word document into a new, untitled, unsaved
// article whose picture the preview prints; saving it puts the picture in
// images/ beside the article.
func TestImportDocx(t *testing.T) {
	e, h := open(t)
	h.settle(t)
	fyne.DoAndWait(func() { e.importAsking("../importer/testdata/docx/office-hant.docx") })
	p := h.settle(t)
	d := e.form.document()
	if d.Title != "臺北市推動「智慧城市2030」計畫" || !strings.Contains(d.Body, "## 一、便民服務全面數位化") {
		t.Fatalf("imported %+v", d)
	}
	if e.path != "" || !e.dirty || !strings.HasPrefix(e.win.Title(), "* ") {
		t.Errorf("the import is not a new, unsaved article: path %q, dirty %v", e.path, e.dirty)
	}
	pictures := 0
	for _, pg := range p.doc.Pages {
		pictures += len(pg.Images)
	}
	if pictures != 1 || len(p.doc.Problems) != 0 {
		t.Errorf("the preview prints %d pictures, with problems %v", pictures, p.doc.Problems)
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "台北.md")
	var err error
	fyne.DoAndWait(func() { err = e.SaveTo(out) })
	if err != nil {
		t.Fatal(err)
	}
	saved, _ := os.ReadFile(out)
	if !bytes.Contains(saved, []byte("](images/office-hant-1.png")) {
		t.Errorf("the saved article does not name its picture:\n%s", saved)
	}
	if _, err := os.Stat(filepath.Join(dir, "images", "office-hant-1.png")); err != nil {
		t.Errorf("the picture was not saved beside the article: %v", err)
	}
	if e.dirty || e.scratch != "" {
		t.Errorf("after the save: dirty %v, scratch %q", e.dirty, e.scratch)
	}
}

// A picture of the same name that is another picture is never replaced:
// the save is refused and nothing is written.
func TestImportSaveKeepsOtherPictures(t *testing.T) {
	e, h := open(t)
	h.settle(t)
	fyne.DoAndWait(func() { e.importAsking("../importer/testdata/docx/office-hant.docx") })
	h.settle(t)
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "images"), 0o755)
	mine := []byte("someone else's picture")
	os.WriteFile(filepath.Join(dir, "images", "office-hant-1.png"), mine, 0o644)
	var err error
	fyne.DoAndWait(func() { err = e.SaveTo(filepath.Join(dir, "a.md")) })
	if err == nil {
		t.Fatal("the save replaced another picture of the same name")
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "images", "office-hant-1.png")); !bytes.Equal(got, mine) {
		t.Error("the other picture changed")
	}
	if _, err := os.Stat(filepath.Join(dir, "a.md")); err == nil {
		t.Error("the article was written")
	}
}
