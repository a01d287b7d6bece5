package app

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/profile"
)

const para = "臺北市政府資訊局今日宣布，智慧城市計畫首波十五項數位服務正式上線，涵蓋交通、醫療、教育及社會福利等四大領域。"

// harness runs an editor on Fyne's test driver. The test driver runs
// fyne.Do at once on the calling goroutine, so the editor's work for the UI
// goes through a queue that the test drains on its own goroutine instead:
// all UI work then happens on one goroutine, as with the real driver.
type harness struct {
	queue    chan func()
	previews chan preview
}

// setBody replaces the body's text as a user's edit would: the article is
// changed and laid out again.
func setBody(e *Editor, text string) {
	e.form.body.SetText(text)
	e.onEdit()
}

// settleQuiet is how long the tests wait without news from the editor
// before they take its work as done: several debounce delays, and room
// for a layout under the race detector.
const settleQuiet = 300 * time.Millisecond

// open starts an editor.
func open(t *testing.T) (*Editor, *harness) {
	t.Helper()
	// Fyne's test app keeps its storage — the recovery copies — in the
	// temporary folder: give each test its own.
	t.Setenv("TMPDIR", t.TempDir())
	a := test.NewTempApp(t)
	h := &harness{queue: make(chan func(), 256), previews: make(chan preview, 64)}
	var e *Editor
	fyne.DoAndWait(func() {
		e = newEditor(a, func(f func()) { h.queue <- f }, func(p preview) { h.previews <- p })
	})
	return e, h
}

// next runs the editor's UI work until a preview is shown, or fails after a
// generous timeout.
func (h *harness) next(t *testing.T) preview {
	t.Helper()
	deadline := time.After(20 * time.Second)
	for {
		select {
		case p := <-h.previews:
			return p
		case f := <-h.queue:
			f()
		case <-deadline:
			t.Fatal("no preview within 20 s")
		}
	}
}

// settle runs UI work until no preview has come for a while, and returns
// the last one.
func (h *harness) settle(t *testing.T) preview {
	t.Helper()
	p := h.next(t)
	for {
		select {
		case q := <-h.previews:
			p = q
		case f := <-h.queue:
			f()
		case <-time.After(settleQuiet):
			return p
		}
	}
}

func pages(p preview) int {
	if p.doc == nil {
		return 0
	}
	return len(p.doc.Pages)
}

// Typing Chinese into the editor updates the preview's page count.
func TestTypingUpdatesPreview(t *testing.T) {
	e, h := open(t)
	h.settle(t)
	fyne.DoAndWait(func() { setBody(e, strings.Repeat(para+"\n\n", 24)) })
	before := pages(h.settle(t))
	fyne.DoAndWait(func() {
		e.win.Canvas().Focus(e.form.body)
		test.Type(e.form.body, strings.Repeat(para, 14))
	})
	after := h.settle(t)
	if pages(after) <= before {
		t.Fatalf("pages %d after typing, %d before", pages(after), before)
	}
	if e.view.pages.Document() != after.doc {
		t.Fatal("the preview does not show the new layout")
	}
	if !strings.Contains(e.status.Text, "頁") && !strings.Contains(e.status.Text, "pages") {
		t.Errorf("status %q lacks the page count", e.status.Text)
	}
	if !e.dirty || !strings.HasPrefix(e.win.Title(), "* ") {
		t.Errorf("typing did not mark the article changed: %q", e.win.Title())
	}
}

// The 字號 selector lays the article out again at the chosen size, and the
// preview shows that layout: every body glyph at the size's body size
// (四號 14 pt for 大, 小四 12 pt for 中, 五號 10.5 pt for 小) and the title
// in proportion, all of the text still there, more lines and pages at a
// larger size and fewer at a smaller one, and another picture.
func TestSizeSelectorChangesPreview(t *testing.T) {
	e, h := open(t)
	h.settle(t)
	// Paragraphs of 216 characters: 7 lines at 大, 6 at 中, 5 at 小.
	text := strings.Repeat(para, 4)
	sizes := []struct {
		name        string
		body, title layout.Unit
	}{
		{"中", layout.Pt(12), layout.Pt(18)},
		{"大", layout.Pt(14), layout.Pt(22)},
		{"小", layout.Pt(10.5), layout.Pt(16)},
	}
	shown := map[string]preview{}
	lines := map[string]int{}
	for i, size := range sizes {
		fyne.DoAndWait(func() {
			e.view.size.SetSelected(size.name)
			if i == 0 {
				setBody(e, strings.Repeat(text+"\n\n", 20))
			}
		})
		p := h.settle(t)
		if p.doc == nil || e.view.pages.Document() != p.doc {
			t.Fatalf("%s: no layout, or not the one shown", size.name)
		}
		var body strings.Builder
		wrong := 0
		for _, pg := range p.doc.Pages {
			for _, l := range pg.Lines {
				want := map[layout.LineKind]layout.Unit{layout.KindBody: size.body, layout.KindTitle: size.title}[l.Kind]
				for _, r := range l.Runs {
					if want != 0 && r.Size != want {
						if wrong++; wrong == 1 {
							t.Errorf("%s: %s run %q at %v, want %v", size.name, l.Kind, runText(r), r.Size, want)
						}
					}
					if l.Kind == layout.KindBody {
						body.WriteString(runText(r))
					}
				}
				if l.Kind == layout.KindBody {
					lines[size.name]++
				}
			}
		}
		if wrong > 1 {
			t.Errorf("%s: %d runs in all at the wrong size", size.name, wrong)
		}
		if body.String() != strings.Repeat(text, 20) {
			t.Errorf("%s: the body lines hold %d bytes of text, want the article's %d", size.name, body.Len(), 20*len(text))
		}
		shown[size.name] = p
	}
	if !(lines["大"] > lines["中"] && lines["中"] > lines["小"]) {
		t.Errorf("body lines: 大 %d, 中 %d, 小 %d; want fewer at each smaller size", lines["大"], lines["中"], lines["小"])
	}
	if large, medium, small := pages(shown["大"]), pages(shown["中"]), pages(shown["小"]); !(large > medium && medium > small) {
		t.Errorf("pages: 大 %d, 中 %d, 小 %d; want fewer at each smaller size", large, medium, small)
	}
	for _, name := range []string{"大", "小"} {
		if bytes.Equal(firstPage(t, e, shown[name]).Pix, firstPage(t, e, shown["中"]).Pix) {
			t.Errorf("the picture at %s is the one at 中", name)
		}
	}
}

// runText is the text of a run's glyphs.
func runText(r layout.Run) string {
	var sb strings.Builder
	for _, g := range r.Glyphs {
		sb.WriteString(g.Text)
	}
	return sb.String()
}

// Save and Open round-trip an article exactly, against expectations
// written out here: opening the seed article shows its fields as its front
// matter gives them and its body byte for byte; saving it writes the file
// it came from, byte for byte (it is in the form the editor writes);
// reopening and saving again changes nothing. A document filled in with
// every field saves to the file written out below, and reads back.
func TestSaveOpenRoundTrip(t *testing.T) {
	const seed = "../export/testdata/seed-tax-article.md"
	orig, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	const seedFrontMatter = "---\ntitle: 黨建引領改革:基層戰鬥堡壘強起來\nsource: 澎湃新聞\ndate: 2018-10-12 09:53\nlang: zh-Hant\n---\n\n"
	if !bytes.HasPrefix(orig, []byte(seedFrontMatter)) {
		t.Fatalf("%s no longer starts with the front matter this test expects", seed)
	}
	want := Document{Title: "黨建引領改革:基層戰鬥堡壘強起來", Source: "澎湃新聞", Date: "2018-10-12 09:53", Lang: "zh-Hant",
		Body: string(orig[len(seedFrontMatter):])}

	e, h := open(t)
	h.settle(t)
	dir := t.TempDir()
	first, second := filepath.Join(dir, "a.md"), filepath.Join(dir, "b.md")
	var opened, reopened Document
	fyne.DoAndWait(func() {
		if err := e.Open(seed); err != nil {
			t.Fatal(err)
		}
		opened = e.form.document()
		if err := e.SaveTo(first); err != nil {
			t.Fatal(err)
		}
		setBody(e, "改動")
		if err := e.Open(first); err != nil {
			t.Fatal(err)
		}
		reopened = e.form.document()
		if err := e.SaveTo(second); err != nil {
			t.Fatal(err)
		}
	})
	if opened != want {
		t.Errorf("opened the seed as\n%+v\nwant\n%+v", opened, want)
	}
	if reopened != want {
		t.Errorf("reopened the saved copy as\n%+v\nwant\n%+v", reopened, want)
	}
	for _, name := range []string{first, second} {
		if got, _ := os.ReadFile(name); !bytes.Equal(got, orig) {
			t.Errorf("%s differs from %s:\n%s", filepath.Base(name), seed, got)
		}
	}
	if e.dirty || strings.HasPrefix(e.win.Title(), "*") {
		t.Fatal("a saved article is still marked changed")
	}

	filled := Document{Title: "標題", Subtitle: "副題", Source: "中央社", Author: "記者 王小明", Date: "2024-03-01 09:30",
		Lang: "zh-Hans", Keywords: "甲, 乙、丙", Body: "正文第一段。\n\n第二段。\n"}
	const filledFile = "---\ntitle: 標題\nsubtitle: 副題\nsource: 中央社\nauthor: 記者 王小明\ndate: 2024-03-01 09:30\n" +
		"lang: zh-Hans\nkeywords: [甲, 乙, 丙]\n---\n\n正文第一段。\n\n第二段。\n"
	third := filepath.Join(dir, "c.md")
	fyne.DoAndWait(func() {
		e.form.set(filled)
		if err := e.SaveTo(third); err != nil {
			t.Fatal(err)
		}
		if err := e.Open(third); err != nil {
			t.Fatal(err)
		}
		reopened = e.form.document()
	})
	if got, _ := os.ReadFile(third); string(got) != filledFile {
		t.Errorf("saved\n%s\nwant\n%s", got, filledFile)
	}
	filled.Keywords = "甲, 乙, 丙" // the editor shows keywords comma-separated
	if reopened != filled {
		t.Errorf("reopened as\n%+v\nwant\n%+v", reopened, filled)
	}
}

// The settings dialog stores every footer field, and a new window reads
// them back.
func TestProfileStoredAndReloaded(t *testing.T) {
	e, h := open(t)
	h.settle(t)
	want, err := profile.Load("../export/testdata/profile-shanghai-tax.yaml")
	if err != nil {
		t.Fatal(err)
	}
	fyne.DoAndWait(func() {
		d := e.showSettings()
		d.setProfile(want)
		d.paper.SetSelected("B5")
		test.Tap(d.ok)
	})
	if got := loadProfile(e.app.Preferences()); got != want {
		t.Fatalf("stored %+v, want %+v", got, want)
	}
	// The second window's UI work is dropped: with New, the test driver
	// would run it on the layout goroutine, racing with the next test.
	var again *Editor
	fyne.DoAndWait(func() { again = newEditor(e.app, func(func()) {}, nil) })
	if again.settings.Profile != want || again.settings.Paper.Name != "B5" {
		t.Fatalf("reloaded %+v on %s", again.settings.Profile, again.settings.Paper.Name)
	}
}

// Closing with unsaved changes asks first; Don't Save then closes.
func TestCloseWithUnsavedChangesAsks(t *testing.T) {
	e, h := open(t)
	h.settle(t)
	closed := false
	fyne.DoAndWait(func() {
		test.Type(e.form.body, "新")
		e.confirmDiscard(func() { closed = true })
	})
	if closed {
		t.Fatal("closed without asking")
	}
	top := e.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no question shown")
	}
	fyne.DoAndWait(func() {
		b := findIn(top, tr(e.ui, "dontsave"))
		if b == nil {
			t.Fatal("no Don't Save button")
		}
		test.Tap(b)
	})
	if !closed {
		t.Fatal("Don't Save did not go on")
	}
}

// findObject walks a canvas object tree, widgets' renderers included, for
// the first object match accepts.
func findObject(o fyne.CanvasObject, match func(fyne.CanvasObject) bool) fyne.CanvasObject {
	if match(o) {
		return o
	}
	var kids []fyne.CanvasObject
	if c, ok := o.(*fyne.Container); ok {
		kids = c.Objects
	} else if w, ok := o.(fyne.Widget); ok {
		kids = test.WidgetRenderer(w).Objects()
	}
	for _, k := range kids {
		if f := findObject(k, match); f != nil {
			return f
		}
	}
	return nil
}

// findIn walks a canvas object tree for a button with the label.
func findIn(o fyne.CanvasObject, label string) *widget.Button {
	b, _ := findObject(o, func(o fyne.CanvasObject) bool {
		b, ok := o.(*widget.Button)
		return ok && b.Text == label
	}).(*widget.Button)
	return b
}

// The page, fonts and punctuation choices of the settings reach the
// preview: the GB/T 9704 page, the user's own body font, half-width marks.
func TestSettingsReachThePreview(t *testing.T) {
	e, h := open(t)
	h.settle(t)
	data, err := fonts.NewLibrary().Subset(fonts.SansTC, []rune(para))
	if err != nil {
		t.Fatal(err)
	}
	font := filepath.Join(t.TempDir(), "office.ttf")
	if err := os.WriteFile(font, data, 0o644); err != nil {
		t.Fatal(err)
	}
	fyne.DoAndWait(func() {
		setBody(e, para)
		d := e.showSettings()
		d.official.SetChecked(true)
		d.bodyFont.SetText(font)
		d.halfWidth.SetChecked(false)
		d.compress.SetSelectedIndex(1) // always
		test.Tap(d.ok)
	})
	p := h.settle(t)
	if e.settings.Preset.Name != layout.GBT9704.Name || !e.settings.KeepHalfWidth || !strings.HasPrefix(e.settings.BodyFont, "office-") ||
		e.settings.Compression != layout.CompressOn {
		t.Fatalf("settings not applied: %s %v %q %v", e.settings.Preset.Name, e.settings.KeepHalfWidth, e.settings.BodyFont, e.settings.Compression)
	}
	found := false
	for _, l := range p.doc.Pages[0].Lines {
		for _, r := range l.Runs {
			found = found || strings.HasPrefix(r.Face, "office-")
		}
	}
	if !found {
		t.Fatal("the preview does not use the user's font")
	}
	// The official page has its own size: the 字號 selector is off.
	fyne.DoAndWait(func() {
		if !e.view.size.Disabled() || e.view.size.Selected != "" {
			t.Errorf("size selector on the official page: disabled %v, selected %q", e.view.size.Disabled(), e.view.size.Selected)
		}
	})
	if got := loadPreferences(e.app.Preferences(), langEn); !got.Official || got.BodyFont != font || !got.KeepHalfWidth || got.Compress != "on" {
		t.Fatalf("stored %+v", got)
	}
}

// Typing while a PDF is exported: the export works on the text as it was
// when asked for, the preview follows the typing, and the race detector
// (go test -race) sees no shared state.
func TestTypingWhileExporting(t *testing.T) {
	e, h := open(t)
	h.settle(t)
	out := filepath.Join(t.TempDir(), "out.pdf")
	var exported error
	done := false
	fyne.DoAndWait(func() {
		e.form.title.SetText("匯出時繼續輸入")
		setBody(e, strings.Repeat(para+"\n\n", 20))
		e.Export(out, func(err error) { exported, done = err, true })
		test.Type(e.form.body, strings.Repeat("邊匯出邊打字。", 30))
	})
	deadline := time.After(30 * time.Second)
	for !done {
		select {
		case f := <-h.queue:
			f()
		case <-h.previews:
		case <-deadline:
			t.Fatal("the export did not finish")
		}
	}
	if exported != nil {
		t.Fatal(exported)
	}
	if st, err := os.Stat(out); err != nil || st.Size() == 0 {
		t.Fatalf("no PDF: %v", err)
	}
	fyne.DoAndWait(func() { e.relayout(true) })
	if p := h.settle(t); !strings.Contains(p.job.Article.Text(), "邊匯出邊打字") {
		t.Fatal("the preview did not follow the typing")
	}
}

// The status bar counts the proofreader's notes on the seed article.
func TestStatusShowsProofreading(t *testing.T) {
	e, h := open(t)
	h.settle(t)
	fyne.DoAndWait(func() {
		if err := e.Open("../export/testdata/seed-tax-article.md"); err != nil {
			t.Fatal(err)
		}
	})
	p := h.settle(t)
	if len(p.findings) == 0 || e.notes.Hidden || !strings.Contains(e.notes.Text, fmt.Sprint(len(p.findings))) {
		t.Fatalf("status button %q, %d notes", e.notes.Text, len(p.findings))
	}
}

// Typing on a later page turns the preview to it and marks the line:
// the preview follows the cursor; a click on a character in the preview
// puts the cursor on it.
func TestPreviewFollowsCursor(t *testing.T) {
	e, h := open(t)
	h.settle(t)
	fyne.DoAndWait(func() { setBody(e, strings.Repeat(para+"\n\n", 60)+"最後一段。") })
	if p := h.settle(t); pages(p) < 3 {
		t.Fatalf("%d pages", pages(p))
	}
	fyne.DoAndWait(func() {
		e.reveal(place{start: len(e.form.body.Text()), end: len(e.form.body.Text())})
		test.Type(e.form.body, "翻頁後輸入")
	})
	p := h.settle(t)
	last := len(p.doc.Pages) - 1
	if !strings.Contains(p.job.Article.Text(), "翻頁後輸入") || e.view.pages.CurrentPage() != last {
		t.Fatalf("the preview is on page %d of %d after typing on the last", e.view.pages.CurrentPage()+1, last+1)
	}
	// A click on a character of the first page's body puts the cursor
	// on it.
	var target layout.Glyph
	for _, l := range p.doc.Pages[0].Lines {
		if l.Kind == layout.KindBody && len(l.Runs) > 0 && len(l.Runs[0].Glyphs) > 3 {
			target = l.Runs[0].Glyphs[3]
			break
		}
	}
	fyne.DoAndWait(func() { e.tappedPreview(int(target.Src)) })
	d := e.form.document()
	if got := sourceOffset(p.job.Article.Source, &d, e.form.body.Cursor()); got != int(target.Src) {
		t.Fatalf("the click on %q (source %d) put the cursor at source %d", target.Text, target.Src, got)
	}
}

// firstPage draws the first page of a finished layout as the preview does.
func firstPage(t *testing.T, e *Editor, p preview) *image.RGBA {
	t.Helper()
	img, err := e.worker.pageRenderer(p.job, p.doc)(context.Background(), 0, 48)
	if err != nil {
		t.Fatal(err)
	}
	return img.(*image.RGBA)
}

// findLabel walks a canvas object tree for a label whose text contains s.
func findLabel(o fyne.CanvasObject, s string) *widget.Label {
	l, _ := findObject(o, func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && strings.Contains(l.Text, s)
	}).(*widget.Label)
	return l
}
