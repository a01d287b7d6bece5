package app

import (
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/paiban/paiban/export"
	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
)

// session is one window's editing state, apart from its widgets: the
// article's file, unsaved changes and recovery copy (docState), its undo
// history, the settings in use and the interface's language
// (preferences.go), the recent files, and what saving and exporting
// write where (exportrun.go). It is plain data with no Fyne in it, so
// that its rules are tested without a window (session_test.go); the
// Editor embeds it and keeps only widgets and the handlers that turn the
// session's answers into dialogs. It is used on the UI goroutine only.
//
// The Document itself lives in the form (the widgets hold the text being
// typed); the session is told of each change (typed, apply) and handed
// the document to save or export.
type session struct {
	docState
	hist history
	// clean is the document as last opened or saved, which undoing back
	// to makes the article unchanged again; nil when there is none (a
	// recovered copy).
	clean *Document
	// scratch is the folder holding an imported, untitled article's
	// pictures (images/…) until it is saved; "" for none.
	scratch string
	// prefs are the stored choices, settings the export settings they make
	// with the size chosen in the window, and ui the interface's language.
	prefs    preferences
	settings export.Settings
	ui       string
	// lib holds the fonts: the embedded ones and those the settings name.
	lib *fonts.Library
	// pr is where the choices and the recent files are kept.
	pr prefStore
}

// newSession reads the choices kept in pr — lang is the interface's
// language when none is kept — and starts an untitled article whose
// recovery copies go under root (the app's storage). A stored font that
// cannot be loaded is left out (the Settings dialog tells of it when it is
// chosen).
func newSession(pr prefStore, lib *fonts.Library, root, lang string) session {
	s := session{docState: newDocState(root), lib: lib, pr: pr, clean: &Document{}}
	s.prefs = loadPreferences(pr, lang)
	s.ui = s.prefs.UILang
	s.settings.Preset, _ = layout.ParsePreset(s.prefs.Size)
	s.useSettings()
	return s
}

// name is the article's file name, or Untitled in the interface's
// language.
func (s *session) name() string {
	if s.path == "" {
		return tr(s.ui, "untitled")
	}
	return filepath.Base(s.path)
}

// title is the window's title: the article's name, marked with * while
// it has unsaved changes.
func (s *session) title() string {
	name := s.name()
	if s.dirty {
		name = "* " + name
	}
	return name + " — " + tr(s.ui, "app")
}

// dir is the article's folder, where its pictures are found ("." for an
// untitled article).
func (s *session) dir() string {
	if s.path == "" && s.scratch != "" {
		return s.scratch
	}
	if s.path == "" {
		return "."
	}
	return filepath.Dir(s.path)
}

// typed records a change typed in the form, d the document now; it
// reports whether the article was unchanged until now (the title then
// gains its *).
func (s *session) typed(d Document, now time.Time) bool {
	s.hist.typed(d, now)
	return s.mark(d)
}

// mark sets the article's changed mark for d, the document the form now
// shows: changed, unless d is the document last opened or saved — typed
// back, or undone back to — whose recovery copy then goes too. It reports
// whether the mark changed (the title gains or loses its *).
func (s *session) mark(d Document) bool {
	if s.clean != nil && d == *s.clean {
		if !s.dirty {
			return false
		}
		s.discard()
		return true
	}
	return s.edited()
}

// apply records an editor operation — a proofreading fix, a conversion —
// that turned old, the document the form shows, into d: one step of the
// undo history.
func (s *session) apply(old, d Document, now time.Time) {
	s.hist.typed(old, now) // in step with the form, should it not be
	s.hist.apply(d)
}

// undo steps back in the history: old is the document shown until now, d
// the one to show instead. It reports false when there is no step back.
func (s *session) undo() (old, d Document, ok bool) {
	old = s.hist.cur
	d, ok = s.hist.back()
	return old, d, ok
}

// redo steps forward again, as undo steps back.
func (s *session) redo() (old, d Document, ok bool) {
	old = s.hist.cur
	d, ok = s.hist.forward()
	return old, d, ok
}

// startImported makes d, an imported document, the article: new,
// untitled and unsaved, its pictures in scratch until it is saved.
func (s *session) startImported(d Document, scratch string) {
	s.startNew()
	s.hist.reset(d)
	s.scratch = scratch
	s.edited()
}

// dropScratch removes the folder of an imported article's pictures.
func (s *session) dropScratch() {
	if s.scratch != "" {
		os.RemoveAll(s.scratch)
		s.scratch = ""
	}
}

// startNew makes the article a new, untitled, empty one.
func (s *session) startNew() {
	s.dropScratch()
	s.untitled()
	s.hist.reset(Document{})
	s.clean = &Document{}
}

// open makes d, read from path as src, the article, and puts path first
// in the recent files.
func (s *session) open(path string, d Document, src []byte) {
	s.dropScratch()
	s.hist.reset(d)
	s.clean = &d
	s.opened(path, src)
	s.addRecent(path)
}

// reload reads the article's file again: its unsaved changes and their
// recovery copy are dropped. A file that cannot be read leaves the
// article as it was.
func (s *session) reload() (Document, error) {
	d, src, err := readArticle(s.path)
	if err != nil {
		return Document{}, err
	}
	s.rescue.clear()
	s.open(s.path, d, src)
	return d, nil
}

// adoptCopy makes a left-over recovery copy the article (see
// docState.adopt) and returns its document. A copy that does not read is
// let go for another editor, or the next start, to offer.
func (s *session) adoptCopy(lo leftover) (Document, error) {
	d, err := ParseDocument([]byte(lo.Markdown))
	if err != nil {
		lo.r.release()
		return Document{}, err
	}
	s.hist.reset(d)
	s.clean = nil
	s.adopt(lo)
	return d, nil
}

// saveTo writes d, the article as the form holds it, to path atomically
// and makes path, made absolute, the article's file and the first of the
// recent files. Saving under a new name leaves the old file's recovery
// copy behind with the old name: the article now lives under the new one.
func (s *session) saveTo(path string, d Document) error {
	path = absPath(path)
	if s.scratch != "" {
		if err := copyFigures(filepath.Join(s.scratch, "images"), filepath.Join(filepath.Dir(path), "images")); err != nil {
			return err
		}
	}
	if err := s.write(path, d.Markdown()); err != nil {
		return err
	}
	s.dropScratch()
	s.clean = &d
	s.addRecent(path)
	return nil
}

// saveStep is what File ▸ Save has to do first.
type saveStep int

const (
	saveNow  saveStep = iota // write the article to its file
	saveName                 // ask for a file: the article has none (Save As)
	saveAsk                  // ask before writing: the file changed on disk
)

// saveNext says what File ▸ Save does: write the article to its file, ask
// for one, or — when the file changed on disk since it was opened or saved
// here, by another program or another window — ask first rather than
// lose those changes without a word.
func (s *session) saveNext() saveStep {
	switch {
	case s.path == "":
		return saveName
	case s.changedOnDisk():
		return saveAsk
	}
	return saveNow
}

// diskChange says whether to offer to reload the article because its file
// changed on disk, once for each change, and with which question (a key
// of the interface's strings): a reload loses unsaved changes, if any.
func (s *session) diskChange() (question string, ok bool) {
	if !s.newChangeOnDisk() {
		return "", false // unchanged, gone (saving will write it again), or already told
	}
	if s.dirty {
		return "changedlose", true
	}
	return "changedreload", true
}

// maxRecent is how many recent files are kept.
const maxRecent = 8

// recent returns the recent files: absolute paths, newest first.
func (s *session) recent() []string {
	var out []string
	for _, p := range s.pr.StringList(prefRecent) {
		if filepath.IsAbs(p) {
			out = append(out, p)
		}
	}
	return out
}

// addRecent puts path first in the recent files, which hold absolute
// paths only (earlier versions kept them as typed).
func (s *session) addRecent(path string) {
	list := []string{path}
	for _, p := range s.recent() {
		if p != path && len(list) < maxRecent {
			list = append(list, p)
		}
	}
	s.pr.SetStringList(prefRecent, list)
}

// target is the file a save dialog's answer typed stands for (see
// withExt), and whether to ask before replacing it: when the name is not
// the one the dialog asked about and a file of that name exists.
func target(typed, ext string, also []string) (path string, ask bool) {
	path = withExt(typed, ext, also...)
	if _, err := os.Stat(path); path == typed || err != nil {
		return path, false
	}
	return path, true
}

// absPath makes path absolute and clean; a path that cannot be made
// absolute is kept as it is (the write or read then fails with the reason).
func absPath(path string) string {
	if a, err := filepath.Abs(path); err == nil {
		return a
	}
	return path
}

// withExt is the file name a save dialog's answer stands for: typed with
// ext (".md", ".pdf", ".yaml"), or with an extension among also, it is
// kept; otherwise ext is added, as Word adds .docx to "notes".
func withExt(path, ext string, also ...string) string {
	got := strings.ToLower(filepath.Ext(path))
	if got == ext {
		return path
	}
	for _, a := range also {
		if got == a {
			return path
		}
	}
	return path + ext
}
