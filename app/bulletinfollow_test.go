package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// A bulletin window follows the typing in the editor's article, saved or
// not; opening another article hands the bulletin back to the file.
func TestBulletinFollowsTheEditor(t *testing.T) {
	e, h := open(t)
	h.settle(t)
	paths := writeArticles(t, t.TempDir(), "甲篇", "乙篇", "丙篇")
	var p *bulletinPane
	fyne.DoAndWait(func() {
		if err := e.Open(paths[1]); err != nil {
			t.Fatal(err)
		}
		s := newBulletinState(e.lib, nil, time.Now())
		p = e.bulletinWindow(s)
		for _, path := range paths {
			p.add(path)
		}
	})
	h.settle(t)
	fyne.DoAndWait(func() {
		e.win.Canvas().Focus(e.form.body)
		test.Type(e.form.body, "未儲存的補充")
	})
	h.settle(t)
	if got := string(p.state.texts[paths[1]]); !strings.Contains(got, "未儲存的補充") {
		t.Fatalf("the bulletin holds %q for the article being typed", got)
	}
	fyne.DoAndWait(func() { e.load(paths[0], Document{Title: "甲篇"}, nil) })
	if _, ok := p.state.texts[paths[1]]; ok {
		t.Error("after another article was opened, the bulletin still holds the unsaved text")
	}
}
