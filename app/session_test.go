package app

import (
	"bytes"
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
)

// The tests in this file run the editing state without Fyne: no app, no
// window, no driver.

// memPrefs is a prefStore in memory, as Fyne's preferences hold them.
type memPrefs map[string]any

func (m memPrefs) Bool(k string) bool                 { b, _ := m[k].(bool); return b }
func (m memPrefs) SetBool(k string, v bool)           { m[k] = v }
func (m memPrefs) String(k string) string             { return m.StringWithFallback(k, "") }
func (m memPrefs) SetString(k string, v string)       { m[k] = v }
func (m memPrefs) StringList(k string) []string       { l, _ := m[k].([]string); return l }
func (m memPrefs) SetStringList(k string, v []string) { m[k] = v }
func (m memPrefs) StringWithFallback(k, fallback string) string {
	if s, ok := m[k].(string); ok {
		return s
	}
	return fallback
}

// newTestSession starts a session on an empty store, in language l.
func newTestSession(t *testing.T, pr memPrefs, l string) *session {
	t.Helper()
	s := newSession(pr, fonts.NewLibrary(), t.TempDir(), l)
	return &s
}

// The files that hold the editing state import no Fyne: the state stays
// testable without a window, and the panes stay thin.
func TestStateFreeOfFyne(t *testing.T) {
	for _, name := range []string{"session.go", "preferences.go", "exportrun.go", "history.go",
		"docstate.go", "ondisk.go", "recovery.go", "document.go", "prefsfile.go", "organisation.go",
		"bulletinstate.go"} {
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			if path, _ := strconv.Unquote(imp.Path.Value); strings.HasPrefix(path, "fyne.io/") {
				t.Errorf("%s imports %s", name, path)
			}
		}
	}
}

// The choices stored become the export settings, as the command line's
// options do: the size chosen in the window is kept over the default
// size, the official page brings its own size and disables the selector,
// leaving it goes back to the default size, and choices that are no
// longer offered fall back to the defaults, keeping the profile.
func TestSessionSettings(t *testing.T) {
	pr := memPrefs{}
	s := newTestSession(t, pr, langHant)
	if s.ui != langHant || s.settings.Preset.Name != "中" || s.settings.Paper.Name != "A4" {
		t.Fatalf("defaults: ui %s, size %s, paper %s", s.ui, s.settings.Preset.Name, s.settings.Paper.Name)
	}
	if name, on := s.sizeShown(); name != "中" || !on {
		t.Fatalf("size shown %q, enabled %v", name, on)
	}
	if !s.setSize("大") || s.setSize("大") || s.setSize("特大") || s.settings.Preset.Name != "大" {
		t.Fatalf("setSize: size %s", s.settings.Preset.Name)
	}

	p := s.prefs
	p.Paper, p.Size, p.Compress, p.KeepHalfWidth = "B5", "小", "on", true
	p.Profile.Organisation = "測試單位"
	if err := s.choose(p); err != nil {
		t.Fatal(err)
	}
	if st := s.settings; st.Preset.Name != "大" || st.Paper.Name != "B5" || st.Compression != layout.CompressOn ||
		!st.KeepHalfWidth || st.Profile.Organisation != "測試單位" {
		t.Fatalf("settings %+v", st)
	}
	if got := loadPreferences(pr, langEn); got != p {
		t.Fatalf("stored %+v, want %+v", got, p)
	}

	p.Official = true
	s.choose(p)
	if name, on := s.sizeShown(); s.settings.Preset.Name != layout.GBT9704.Name || s.settings.Paper.Name != "A4" || name != "" || on {
		t.Fatalf("official page: %s on %s, selector %q %v", s.settings.Preset.Name, s.settings.Paper.Name, name, on)
	}
	p.Official = false
	s.choose(p)
	if name, on := s.sizeShown(); name != "小" || !on {
		t.Fatalf("after the official page: size %q, enabled %v; want the default size", name, on)
	}

	p.BodyFont = filepath.Join(t.TempDir(), "none.ttf")
	if err := s.choose(p); err == nil || s.settings.BodyFont != "" || s.settings.Paper.Name != "B5" {
		t.Fatalf("a font that does not load: %v, body font %q, paper %s", err, s.settings.BodyFont, s.settings.Paper.Name)
	}

	if s.setLanguage(langHant) || !s.setLanguage(langHans) || s.ui != langHans {
		t.Fatal("setLanguage reports a change only when there is one")
	}

	// A paper that a later version no longer offers: the defaults, with
	// the profile kept.
	pr.SetString(prefPaper, "Folio")
	again := newTestSession(t, pr, langEn)
	if again.settings.Paper.Name != "A4" || again.settings.Preset.Name != "中" ||
		again.settings.Profile.Organisation != "測試單位" || again.ui != langHant {
		t.Fatalf("unknown paper: %s at %s, profile %+v, ui %s", again.settings.Paper.Name, again.settings.Preset.Name,
			again.settings.Profile, again.ui)
	}
}

// Typing marks the article changed once; an operation is a step of its
// own, which Undo takes back and Redo makes again, each saying what to
// select.
func TestSessionHistory(t *testing.T) {
	s := newTestSession(t, memPrefs{}, langEn)
	now := time.Now()
	a := Document{Title: "標題", Body: "第一段。"}
	if !s.typed(a, now) || s.typed(Document{Title: "標題", Body: "第一段。再"}, now.Add(100*time.Millisecond)) {
		t.Fatal("the first change, and only the first, marks the article changed")
	}
	typed := Document{Title: "標題", Body: "第一段。再"}
	fixed := Document{Title: "標題", Body: "第一段。再打"}
	s.apply(typed, fixed, now.Add(200*time.Millisecond))
	old, d, ok := s.undo()
	if !ok || old != fixed || d != typed {
		t.Fatalf("undo: %v %+v → %+v", ok, old, d)
	}
	if p, ok := changedPlace(old, d); !ok || p != (place{start: len("第一段。再"), end: len("第一段。再")}) {
		t.Fatalf("undo selects %+v %v", p, ok)
	}
	old, d, ok = s.redo()
	if !ok || old != typed || d != fixed {
		t.Fatalf("redo: %v %+v → %+v", ok, old, d)
	}
	if p, ok := changedPlace(old, d); !ok || p != (place{start: len("第一段。再"), end: len("第一段。再打")}) {
		t.Fatalf("redo selects %+v %v", p, ok)
	}
	if p, ok := changedPlace(a, Document{Title: "標題二", Body: a.Body}); !ok || p != (place{field: "title", start: len("標題"), end: len("標題二")}) {
		t.Fatalf("a title change selects %+v", p)
	}
	if _, ok := changedPlace(a, a); ok {
		t.Fatal("no change, yet something to select")
	}
	for range 3 {
		s.undo()
	}
	if _, _, ok := s.undo(); ok {
		t.Fatal("undo went back past the start")
	}
	s.startNew()
	if _, _, ok := s.undo(); ok || s.dirty || s.path != "" {
		t.Fatal("a new article keeps the old one's history, changes or file")
	}
}

// Saving: an untitled article asks for a name; a save makes the path
// absolute and puts it first in Recent Files; a change made on disk by
// another program is asked about before a save and offered for reload
// once, with a question that says whether unsaved changes would be lost.
func TestSessionSaving(t *testing.T) {
	pr := memPrefs{}
	s := newTestSession(t, pr, langHant)
	if s.saveNext() != saveName || s.title() != "未命名 — 排版" || s.dir() != "." {
		t.Fatalf("untitled: %v %q %q", s.saveNext(), s.title(), s.dir())
	}
	d := Document{Title: "甲", Body: "正文。\n"}
	s.typed(d, time.Now())
	if s.title() != "* 未命名 — 排版" {
		t.Fatalf("changed: %q", s.title())
	}

	dir := t.TempDir()
	t.Chdir(dir)
	if err := s.saveTo("a.md", d); err != nil {
		t.Fatal(err)
	}
	abs := filepath.Join(dir, "a.md")
	if s.path != abs || s.dirty || s.title() != "a.md — 排版" || s.saveNext() != saveNow || s.dir() != dir {
		t.Fatalf("saved: path %s dirty %v title %q next %v", s.path, s.dirty, s.title(), s.saveNext())
	}
	if r := s.recent(); len(r) != 1 || r[0] != abs {
		t.Fatalf("recent files %v", r)
	}
	if _, ok := s.diskChange(); ok {
		t.Fatal("the file just saved is offered for reload")
	}

	theirs := Document{Title: "甲", Body: "另一個程式存的版本。\n"}
	os.WriteFile(abs, theirs.Markdown(), 0o644)
	if s.saveNext() != saveAsk {
		t.Fatal("a save would overwrite another program's changes without asking")
	}
	if q, ok := s.diskChange(); !ok || q != "changedreload" {
		t.Fatalf("reload offered %v with %q", ok, q)
	}
	if _, ok := s.diskChange(); ok {
		t.Fatal("a change on disk is offered for reload twice")
	}
	s.typed(Document{Title: "甲", Body: "我的改動。\n"}, time.Now())
	os.WriteFile(abs, []byte("---\ntitle: 乙\n---\n\n又改了。\n"), 0o644)
	if q, ok := s.diskChange(); !ok || q != "changedlose" {
		t.Fatalf("reload with unsaved changes offered %v with %q", ok, q)
	}
	got, err := s.reload()
	if err != nil || got.Title != "乙" || got.Body != "又改了。\n" || s.dirty || s.saveNext() != saveNow {
		t.Fatalf("reloaded %+v, %v; dirty %v", got, err, s.dirty)
	}
	if _, _, ok := s.undo(); ok {
		t.Fatal("a reloaded article can be undone into the text it replaced")
	}
	os.WriteFile(abs, []byte("---\ntitle: [\n---\n"), 0o644)
	if _, err := s.reload(); err == nil || s.path != abs {
		t.Fatalf("a file that does not read: %v, path %s", err, s.path)
	}
}

// Recent Files: newest first, each once, at most eight, absolute paths
// only (earlier versions kept them as typed).
func TestSessionRecentFiles(t *testing.T) {
	pr := memPrefs{prefRecent: []string{"relative.md", "/old/x.md"}}
	s := newTestSession(t, pr, langEn)
	if r := s.recent(); len(r) != 1 || r[0] != "/old/x.md" {
		t.Fatalf("recent %v", r)
	}
	dir := t.TempDir()
	name := func(i int) string { return filepath.Join(dir, fmt.Sprintf("%d.md", i)) }
	for i := range 10 {
		s.open(name(i), Document{}, nil)
	}
	s.open(name(5), Document{}, nil)
	want := []string{name(5), name(9), name(8), name(7), name(6), name(4), name(3), name(2)}
	if got := s.recent(); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("recent\n%v\nwant\n%v", got, want)
	}
}

// A save dialog's answer: the extension is added unless one of those
// accepted was typed, and replacing a file the dialog did not ask about
// is asked first.
func TestSaveTarget(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "notes"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "notes.md"), nil, 0o644)
	for _, c := range []struct {
		typed, want string
		ask         bool
	}{
		{"notes", "notes.md", true},     // notes.md exists: ask
		{"notes.md", "notes.md", false}, // the dialog asked about it
		{"draft", "draft.md", false},
		{"draft.TXT", "draft.TXT", false},
		{"draft.doc", "draft.doc.md", false},
	} {
		path, ask := target(filepath.Join(dir, c.typed), ".md", []string{".markdown", ".txt"})
		if path != filepath.Join(dir, c.want) || ask != c.ask {
			t.Errorf("%s: %s, ask %v; want %s, ask %v", c.typed, filepath.Base(path), ask, c.want, c.ask)
		}
	}
}

// Exporting: the text and settings are taken when asked for; characters
// no font has stop the export with an offer to print them as 〓, worded
// in the interface's language and listing at most twelve places; printed
// that way, the PDF is written. Other failures make no offer.
func TestSessionExport(t *testing.T) {
	s := newTestSession(t, memPrefs{}, langHant)
	dir := t.TempDir()
	out := filepath.Join(dir, "out.pdf")
	doc := Document{Title: "報告", Body: "一個沒有字形的字：\U000F0000\n"}
	r := s.exportRun(doc.Markdown(), out, false)
	s.setSize("大") // after the export was asked for
	if r.name != "未命名" || r.dir != "." || r.settings.Preset.Name != "中" || r.settings.AllowMissing {
		t.Fatalf("planned %+v", r)
	}
	err := r.run()
	if err == nil {
		t.Fatal("exported characters no font has")
	}
	if _, err := os.Stat(out); err == nil {
		t.Fatal("a failed export left a file")
	}
	if _, ok := offerMissing(err, true, langHant); ok {
		t.Fatal("an export that printed 〓 offers to print 〓")
	}
	offer, ok := offerMissing(err, false, langHant)
	if !ok || offer.count != 1 || len(offer.places) != 1 || offer.more != 0 {
		t.Fatalf("offer %+v %v", offer, ok)
	}
	text := offer.text(langHant)
	if !strings.HasPrefix(text, fmt.Sprintf(tr(langHant, "missingbody"), 1)) || !strings.Contains(text, "U+F0000") ||
		strings.Contains(text, "allow-missing") {
		t.Fatalf("offer reads %q", text)
	}
	if _, ok := offerMissing(os.ErrPermission, false, langHant); ok {
		t.Fatal("another failure offers to print 〓")
	}
	if err := s.exportRun(doc.Markdown(), out, true).run(); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(out); !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatal("printing 〓 wrote no PDF")
	}

	var body strings.Builder
	for i := range 15 {
		fmt.Fprintf(&body, "第%d段：%c\n\n", i+1, rune(0xF0000+i))
	}
	err = s.exportRun(Document{Body: body.String()}.Markdown(), filepath.Join(dir, "many.pdf"), false).run()
	offer, ok = offerMissing(err, false, langEn)
	if !ok || offer.count != 15 || len(offer.places) != maxMissingPlaces || offer.more != 3 {
		t.Fatalf("offer of 15: %+v %v (%v)", offer, ok, err)
	}
	if text := offer.text(langEn); !strings.HasSuffix(text, "\n"+fmt.Sprintf(tr(langEn, "more"), 3)) ||
		strings.Count(text, "\n") != 2+maxMissingPlaces {
		t.Fatalf("offer of 15 reads %q", text)
	}
}

// A left-over copy that does not read is let go: another editor, or the
// next start, can offer it again.
func TestAdoptDamagedCopy(t *testing.T) {
	root := t.TempDir()
	s := newSession(memPrefs{}, fonts.NewLibrary(), root, langEn)
	c := recovered{Saved: time.Now(), Markdown: "---\ntitle: [\n---\n\n正文"}
	left := s.store.entry("")
	if err := left.save(c); err != nil {
		t.Fatal(err)
	}
	left.release()
	found, _ := s.store.leftovers("")
	if len(found) != 1 {
		t.Fatalf("%d left over", len(found))
	}
	if _, err := s.adoptCopy(found[0]); err == nil {
		t.Fatal("a damaged copy was adopted")
	}
	if s.dirty || s.path != "" {
		t.Fatal("the damaged copy changed the article")
	}
	if again, _ := s.store.leftovers(""); len(again) != 1 {
		t.Fatal("the damaged copy is no longer offered")
	}
}

// Undoing or typing back to the text last opened or saved makes the
// article unchanged again, and its recovery copy goes; other text is a
// change.
func TestBackToSavedIsUnchanged(t *testing.T) {
	s := newTestSession(t, memPrefs{}, langEn)
	path := filepath.Join(t.TempDir(), "a.md")
	opened := Document{Title: "標題", Body: "第一段。\n"}
	if err := os.WriteFile(path, opened.Markdown(), 0o644); err != nil {
		t.Fatal(err)
	}
	s.open(path, opened, opened.Markdown())
	now := time.Now()
	edited := Document{Title: "標題", Body: "第一段。再\n"}
	if !s.typed(edited, now) || !s.dirty {
		t.Fatal("typing did not mark the article changed")
	}
	s.rescue.save(recovered{Path: path, Saved: now, Markdown: string(edited.Markdown())})
	if _, back, ok := s.undo(); !ok || back != opened {
		t.Fatalf("undo: %v %+v", ok, back)
	}
	if !s.mark(opened) || s.dirty {
		t.Fatal("undoing back to the opened text leaves the article changed")
	}
	if left, _ := filepath.Glob(filepath.Join(s.store.dir, "*.json")); len(left) != 0 {
		t.Errorf("the recovery copy stays: %v", left)
	}
	if !s.typed(edited, now.Add(time.Second)) || !s.typed(opened, now.Add(2*time.Second)) || s.dirty {
		t.Fatal("typing back to the opened text leaves the article changed")
	}
	// After a save, the saved text is the one to come back to.
	if err := s.saveTo(path, edited); err != nil {
		t.Fatal(err)
	}
	if !s.typed(opened, now.Add(3*time.Second)) || !s.dirty {
		t.Fatal("the text opened before the save counts as unchanged")
	}
	if !s.mark(edited) || s.dirty {
		t.Fatal("back at the saved text, the article is still changed")
	}
}
