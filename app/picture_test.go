package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

func TestInsertParagraph(t *testing.T) {
	const body = "第一段。\n\n第二段。"
	for _, c := range []struct {
		at   int
		want string
	}{
		{0, "圖\n\n第一段。\n\n第二段。"},
		{len("第一段。"), "第一段。\n\n圖\n\n第二段。"},
		{len("第一"), "第一段。\n\n圖\n\n第二段。"},          // inside: after the paragraph
		{len("第一段。\n\n第"), "第一段。\n\n第二段。\n\n圖\n"}, // inside the last one
		{len(body), "第一段。\n\n第二段。\n\n圖\n"},
		{len("第一段。\n"), "第一段。\n\n圖\n\n第二段。"},
	} {
		if got := insertParagraph(body, "圖", c.at); got != c.want {
			t.Errorf("at %d: %q, want %q", c.at, got, c.want)
		}
	}
	if got := insertParagraph("", "圖", 0); got != "圖\n" {
		t.Errorf("empty body: %q", got)
	}
}

// Insert Picture copies the picture beside the article and inserts it as
// a paragraph of its own, as one undo step, and the preview prints it; an
// untitled article is asked to be saved first.
func TestAddPicture(t *testing.T) {
	e, h := open(t)
	h.settle(t)
	fyne.DoAndWait(e.insertPicture)
	if e.win.Canvas().Overlays().Top() == nil {
		t.Fatal("an untitled article was not asked to be saved first")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "a.md")
	os.WriteFile(path, []byte("---\ntitle: 圖片測試\n---\n\n第一段。\n\n第二段。\n"), 0o644)
	fyne.DoAndWait(func() {
		e.win.Canvas().Overlays().Remove(e.win.Canvas().Overlays().Top())
		if err := e.Open(path); err != nil {
			t.Fatal(err)
		}
	})
	h.settle(t)
	before := e.form.document()
	fyne.DoAndWait(func() { e.addPicture("../export/testdata/hall.png", len("第一段。")) })
	want := "第一段。\n\n![hall](images/hall.png)\n\n第二段。\n"
	if got := e.form.document().Body; got != want {
		t.Fatalf("body %q, want %q", got, want)
	}
	if _, err := os.Stat(filepath.Join(dir, "images", "hall.png")); err != nil {
		t.Fatal(err)
	}
	p := h.settle(t)
	images := 0
	for _, pg := range p.doc.Pages {
		images += len(pg.Images)
	}
	if images != 1 {
		t.Errorf("the preview prints %d pictures", images)
	}
	fyne.DoAndWait(e.undo)
	if e.form.document() != before {
		t.Errorf("one Undo does not take the picture out: %+v, want %+v", e.form.document(), before)
	}
	if !strings.Contains(e.win.Title(), "a.md") {
		t.Errorf("title %q", e.win.Title())
	}
}
