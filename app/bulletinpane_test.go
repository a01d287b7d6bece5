package app

import (
	"bytes"
	"image"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/paiban/paiban/bulletin"
	"github.com/paiban/paiban/export"
	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/layout/raster"
)

// bulletinHarness runs a bulletin pane on Fyne's test driver, its UI work
// queued for the test's goroutine as the editor's harness does.
type bulletinHarness struct {
	queue chan func()
	shown chan *layout.Document
	errs  chan error
}

func openBulletinPane(t *testing.T, s *bulletinState) (*bulletinPane, *bulletinHarness) {
	t.Helper()
	a := test.NewTempApp(t)
	h := &bulletinHarness{queue: make(chan func(), 256), shown: make(chan *layout.Document, 64), errs: make(chan error, 64)}
	var p *bulletinPane
	fyne.DoAndWait(func() {
		w := a.NewWindow("")
		p = newBulletinPane(langHant, w, s, export.Settings{Preset: layout.Medium, Paper: layout.A4}, func(f func()) { h.queue <- f })
		p.shown = func(d *layout.Document, err error) {
			if err != nil {
				h.errs <- err
				return
			}
			h.shown <- d
		}
		// The content stays out of the window: on Fyne's test driver the
		// page view would draw on goroutines of its own, racing with the
		// test's (its fyne.Do runs at once where it is called).
	})
	return p, h
}

// next runs the pane's UI work until a layout is shown.
func (h *bulletinHarness) next(t *testing.T) *layout.Document {
	t.Helper()
	deadline := time.After(20 * time.Second)
	for {
		select {
		case d := <-h.shown:
			return d
		case err := <-h.errs:
			t.Fatalf("layout failed: %v", err)
		case f := <-h.queue:
			f()
		case <-deadline:
			t.Fatal("no preview within 20 s")
		}
	}
}

// pageText is the text of a page's lines of kind.
func pageText(p layout.Page, kind layout.LineKind) string {
	s := ""
	for _, l := range p.Lines {
		if l.Kind == kind {
			s += l.Text()
		}
	}
	return s
}

func TestBulletinPaneEditsAndPreviews(t *testing.T) {
	dir := t.TempDir()
	paths := writeArticles(t, dir, "甲篇", "乙篇", "丙篇")
	h := bulletin.History{}
	h.Record(&bulletin.Bulletin{Name: "工作動態", Issue: 4, Date: time.Now()})
	s := newBulletinState(fonts.NewLibrary(), h, time.Now())
	p, hr := openBulletinPane(t, s)
	for _, path := range paths {
		p.add(path)
	}
	test.Type(p.name, "工作動態")
	if p.issue.Text != "5" || s.b.Issue != 5 {
		t.Errorf("issue field %q, state %d: want the suggested 5", p.issue.Text, s.b.Issue)
	}
	test.Type(p.editor, "辦公室")
	test.Type(p.report, "國家稅務總局辦公廳\n\n市政府")
	test.Type(p.copies, "80")
	if got := s.b.Report; len(got) != 2 || got[1] != "市政府" || s.b.Copies != 80 {
		t.Errorf("report %q, copies %d", got, s.b.Copies)
	}
	// Wait for the layout of the last edit.
	doc := settleBulletin(t, hr, nil)
	first := pageText(doc.Pages[0], layout.KindMasthead)
	if first == "" || !containsAll(first, "工作動態", "第5期", "辦公室") {
		t.Errorf("masthead %q", first)
	}
	last := pageText(doc.Pages[len(doc.Pages)-1], layout.KindDistribution)
	if !containsAll(last, "國家稅務總局辦公廳，市政府。", "（共印80份）") {
		t.Errorf("distribution %q", last)
	}

	// Reorder: the contents follow.
	p.list.Select(2)
	p.moveSelected(-1) // 甲 丙 乙
	doc = settleBulletin(t, hr, nil)
	if got := pageText(doc.Pages[0], layout.KindContents); !containsInOrder(got, "甲篇", "丙篇", "乙篇") {
		t.Errorf("contents after moving: %q", got)
	}

	// 黑白: no colour anywhere.
	p.mono.SetChecked(true)
	doc = settleBulletin(t, hr, nil)
	for _, pg := range doc.Pages {
		for _, l := range pg.Lines {
			if !l.Colour.IsZero() {
				t.Fatalf("mono: %q in colour", l.Text())
			}
		}
	}

	// An article changed on disk comes into the preview.
	if err := os.WriteFile(paths[1], []byte(bulletinArticle("改過的乙篇", para)), 0o644); err != nil {
		t.Fatal(err)
	}
	p.refresh()
	doc = settleBulletin(t, hr, nil)
	if got := pageText(doc.Pages[0], layout.KindContents); !containsAll(got, "改過的乙篇") {
		t.Errorf("contents after the file changed: %q", got)
	}

	// Export records the issue number.
	var saved bulletin.History
	p.onHistory = func(h bulletin.History) { saved = h }
	out := filepath.Join(dir, "out.pdf")
	done := make(chan error, 1)
	p.exportTo(out, func(err error) { done <- err })
	for waiting := true; waiting; {
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
			waiting = false
		case f := <-hr.queue:
			f()
		case <-hr.shown:
		case <-time.After(20 * time.Second):
			t.Fatal("no export within 20 s")
		}
	}
	if _, err := os.Stat(out); err != nil || saved == nil || saved.Next("工作動態", time.Now().Year(), false) != 6 {
		t.Errorf("after the export: %v, history %v", err, saved)
	}

	// Print sends the bulletin's PDF, all its pages, to the default
	// printer through the editor's spooler, and says so.
	sp := &fakeSpooler{printers: office}
	p.spooler = sp
	p.print()
	for deadline := time.After(20 * time.Second); sp.sent() == 0 || !strings.Contains(p.status.Text, "Office-1"); {
		select {
		case f := <-hr.queue:
			f()
		case <-hr.shown:
		case <-deadline:
			t.Fatalf("not printed within 20 s: status %q", p.status.Text)
		}
	}
	if len(sp.pages[0]) != len(doc.Pages) || !bytes.HasPrefix(sp.pdf, []byte("%PDF-")) {
		t.Errorf("printed %d pages of %d, PDF %q…", len(sp.pages[0]), len(doc.Pages), sp.pdf[:min(8, len(sp.pdf))])
	}

	// Saved, the window's title loses its mark.
	if err := p.saveTo(filepath.Join(dir, "b.yaml")); err != nil {
		t.Fatal(err)
	}
	if s.dirty {
		t.Error("still marked changed after saving")
	}
}

// settleBulletin runs UI work until no layout has come for a while, and
// returns the last one (or d, when none came).
func settleBulletin(t *testing.T, h *bulletinHarness, d *layout.Document) *layout.Document {
	t.Helper()
	if d == nil {
		d = h.next(t)
	}
	for {
		select {
		case q := <-h.shown:
			d = q
		case err := <-h.errs:
			t.Fatalf("layout failed: %v", err)
		case f := <-h.queue:
			f()
		case <-time.After(settleQuiet):
			return d
		}
	}
}

func containsAll(s string, subs ...string) bool {
	for _, x := range subs {
		if !strings.Contains(s, x) {
			return false
		}
	}
	return true
}

// containsInOrder reports whether s holds subs one after another.
func containsInOrder(s string, subs ...string) bool {
	for _, x := range subs {
		i := strings.Index(s, x)
		if i < 0 {
			return false
		}
		s = s[i+len(x):]
	}
	return true
}

// File ▸ Open Bulletin… opens the file in a window of its own, with its
// articles read; a bad file is an error dialog, no window. (The preview
// is the pane's test's: here its layout is left queued, undrawn, as the
// page view would draw on goroutines of its own on the test driver.)
func TestEditorOpensABulletin(t *testing.T) {
	dir := t.TempDir()
	writeArticles(t, dir, "甲篇", "乙篇")
	path := filepath.Join(dir, "b.yaml")
	if err := os.WriteFile(path, []byte("name: 工作動態\nissue: 3\narticles: [a.md, b.md]\ncopies: 20\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// The editor's own preview is left undrawn too (its layout stays
	// queued): the page view's drawing races on the test driver.
	e, _ := open(t)
	fyne.DoAndWait(func() {
		windows := len(e.app.Driver().AllWindows())
		p := e.openBulletinFile(path)
		if p == nil || len(e.app.Driver().AllWindows()) != windows+1 {
			t.Fatalf("no bulletin window: pane %v, %d windows", p, len(e.app.Driver().AllWindows()))
		}
		if len(p.state.articles) != 2 || p.state.errs[1] != nil || p.state.articles[1].Meta.Title != "乙篇" {
			t.Errorf("articles %v, errors %v", p.state.articles, p.state.errs)
		}
		if p.name.Text != "工作動態" || p.issue.Text != "3" || p.copies.Text != "20" || p.state.dirty {
			t.Errorf("fields %q %q %q, dirty %v", p.name.Text, p.issue.Text, p.copies.Text, p.state.dirty)
		}
		if title := p.win.Title(); !strings.Contains(title, "工作動態") || strings.HasPrefix(title, "*") {
			t.Errorf("window title %q", title)
		}
		p.win.Close()
	})
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("name: 工作動態\narticles: [a.md]\ncolour: red\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	fyne.DoAndWait(func() {
		if e.openBulletinFile(bad) != nil {
			t.Error("a bad bulletin file opened")
		}
	})
}

// A bulletin's pages are drawn with their pictures, for the preview and
// for a printer that takes pictures of pages (Windows): the print's pages
// once lacked them. The articles' picture paths are made absolute as the
// bulletin does (export.ResolveFigures).
func TestBulletinPagesAreDrawnWithPictures(t *testing.T) {
	lib := fonts.NewLibrary()
	job, err := export.Open("../export/testdata/features-hans.md", lib)
	if err != nil {
		t.Fatal(err)
	}
	abs, err := filepath.Abs(job.Dir)
	if err != nil {
		t.Fatal(err)
	}
	export.ResolveFigures(job.Article, abs)
	doc := job.Layout(export.Settings{Preset: layout.Medium, Paper: layout.A4})
	differs := false
	for page := range doc.Pages {
		with, err := drawBulletinPage(doc, page, 36, lib)
		if err != nil {
			t.Fatal(err)
		}
		without, _ := raster.Render(&doc.Pages[page], doc.Paper, 36, raster.Options{Faces: lib})
		differs = differs || !bytes.Equal(with.(*image.RGBA).Pix, without.Pix)
	}
	if !differs {
		t.Error("no page drawn differs from one drawn without pictures")
	}
}
