package app

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/paiban/paiban/article"
	"github.com/paiban/paiban/bulletin"
	"github.com/paiban/paiban/export"
	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/message"
)

// prefBulletinHistory is the preference holding the last issue number used
// for each bulletin name and year (bulletin.History, as JSON).
const prefBulletinHistory = "bulletin.history"

// bulletinState is the bulletin pane's state, free of Fyne: the bulletin
// being edited, its articles as last read, whether it has changed since it
// was saved, and the issue numbers used before. Its methods must be called
// on one goroutine (the UI's); snapshot gives a layout goroutine what it
// needs.
type bulletinState struct {
	b *bulletin.Bulletin
	// articles are the parsed articles in order, nil where errs says why
	// one cannot be read; stamps tell when each file was read.
	articles []*article.Article
	errs     []error
	stamps   []fileStamp
	// texts are articles' unsaved texts, by path, which the pane shows
	// instead of the files (an article open in an editor window).
	texts   map[string][]byte
	dirty   bool
	lib     *fonts.Library
	cache   *layout.Cache
	history bulletin.History
	// issueSet is whether the issue number was chosen by hand, so that a
	// change of name or date no longer suggests one.
	issueSet bool
}

// fileStamp is a file's size and modification time when it was read.
type fileStamp struct {
	size int64
	mod  time.Time
}

func stampOf(path string) fileStamp {
	st, err := os.Stat(path)
	if err != nil {
		return fileStamp{}
	}
	return fileStamp{st.Size(), st.ModTime()}
}

// newBulletinState starts a new bulletin dated today, its issue number
// suggested from history (which may be nil).
func newBulletinState(lib *fonts.Library, history bulletin.History, today time.Time) *bulletinState {
	if history == nil {
		history = bulletin.History{}
	}
	y, m, d := today.Date()
	s := &bulletinState{b: &bulletin.Bulletin{Date: time.Date(y, m, d, 0, 0, 0, 0, time.UTC)},
		lib: lib, cache: &layout.Cache{}, history: history}
	s.suggestIssue()
	return s
}

// openBulletinState reads the bulletin file at path and its articles; an
// article that cannot be read is kept, with its error, for the pane to
// show (and to be removed or put right).
func openBulletinState(path string, lib *fonts.Library, history bulletin.History) (*bulletinState, error) {
	b, err := bulletin.Load(path)
	if err != nil {
		return nil, err
	}
	s := newBulletinState(lib, history, time.Now())
	s.b, s.issueSet = b, true
	s.articles = make([]*article.Article, len(b.Articles))
	s.errs = make([]error, len(b.Articles))
	s.stamps = make([]fileStamp, len(b.Articles))
	for i := range b.Articles {
		s.read(i)
	}
	return s, nil
}

// read reads article i from its file, or from its unsaved text.
func (s *bulletinState) read(i int) {
	e := s.b.Articles[i]
	path := s.b.ArticlePath(e)
	var a *article.Article
	var err error
	if src, ok := s.texts[path]; ok {
		a, err = article.Parse(src)
	} else {
		s.stamps[i] = stampOf(path)
		a, err = article.ReadFile(path)
	}
	if err != nil {
		s.articles[i], s.errs[i] = nil, s.b.At(e, err)
		return
	}
	export.ResolveFigures(a, filepath.Dir(path))
	s.articles[i], s.errs[i] = a, nil
}

// suggestIssue sets the issue number to the next for the bulletin's name
// and year, unless it was chosen by hand.
func (s *bulletinState) suggestIssue() {
	if s.issueSet {
		return
	}
	s.b.Issue = s.history.Next(s.b.Name, s.b.Date.Year(), s.b.Supplement)
}

// edit changes the bulletin with fn and marks it changed. A change of the
// name, date or supplement flag suggests the issue number anew.
func (s *bulletinState) edit(fn func(b *bulletin.Bulletin)) {
	fn(s.b)
	s.dirty = true
	s.suggestIssue()
}

// setIssue sets the issue number by hand.
func (s *bulletinState) setIssue(n int) {
	s.b.Issue, s.issueSet, s.dirty = n, true, true
}

// add appends the article at path. In a saved bulletin its path is kept
// relative to the bulletin's folder.
func (s *bulletinState) add(path string) {
	file := path
	if abs, err := filepath.Abs(path); err == nil {
		file = abs
	}
	if s.b.Path != "" {
		if rel, err := filepath.Rel(filepath.Dir(s.absPath()), file); err == nil {
			file = rel
		}
	}
	s.b.Articles = append(s.b.Articles, bulletin.Entry{File: file})
	s.articles = append(s.articles, nil)
	s.errs = append(s.errs, nil)
	s.stamps = append(s.stamps, fileStamp{})
	s.read(len(s.b.Articles) - 1)
	s.dirty = true
}

func (s *bulletinState) absPath() string {
	p, err := filepath.Abs(s.b.Path)
	if err != nil {
		return s.b.Path
	}
	return p
}

// remove takes article i out of the bulletin.
func (s *bulletinState) remove(i int) {
	if i < 0 || i >= len(s.b.Articles) {
		return
	}
	s.b.Articles = append(s.b.Articles[:i], s.b.Articles[i+1:]...)
	s.articles = append(s.articles[:i], s.articles[i+1:]...)
	s.errs = append(s.errs[:i], s.errs[i+1:]...)
	s.stamps = append(s.stamps[:i], s.stamps[i+1:]...)
	s.dirty = true
}

// move moves article i by d places (-1 up, 1 down); it reports whether it
// moved.
func (s *bulletinState) move(i, d int) bool {
	j := i + d
	if i < 0 || j < 0 || i >= len(s.b.Articles) || j >= len(s.b.Articles) {
		return false
	}
	s.b.Articles[i], s.b.Articles[j] = s.b.Articles[j], s.b.Articles[i]
	s.articles[i], s.articles[j] = s.articles[j], s.articles[i]
	s.errs[i], s.errs[j] = s.errs[j], s.errs[i]
	s.stamps[i], s.stamps[j] = s.stamps[j], s.stamps[i]
	s.dirty = true
	return true
}

// setText makes the pane show src, unsaved, for the article file at path
// (an article being edited in a window); nil goes back to the file. It
// reports whether the bulletin holds that article.
func (s *bulletinState) setText(path string, src []byte) bool {
	if s.texts == nil {
		s.texts = map[string][]byte{}
	}
	if src == nil {
		delete(s.texts, path)
	} else {
		s.texts[path] = src
	}
	found := false
	for i, e := range s.b.Articles {
		if s.b.ArticlePath(e) == path {
			s.read(i)
			found = true
		}
	}
	return found
}

// refresh reads again the articles whose files changed since they were
// read, and reports whether any did: the preview follows edits to any
// article.
func (s *bulletinState) refresh() bool {
	changed := false
	for i, e := range s.b.Articles {
		path := s.b.ArticlePath(e)
		if _, ok := s.texts[path]; ok {
			continue
		}
		if st := stampOf(path); st != s.stamps[i] {
			s.read(i)
			changed = true
		}
	}
	return changed
}

// snapshot is the bulletin as it is now, for a layout on another
// goroutine: the first article that cannot be read, or that takes the
// articles past bulletin.MaxText, is the error.
func (s *bulletinState) snapshot() (*export.BulletinJob, error) {
	if len(s.b.Articles) == 0 {
		return nil, message.New(noArticlesYet)
	}
	total := 0
	for i, err := range s.errs {
		if err != nil {
			return nil, err
		}
		if err := s.b.CheckTotal(s.b.Articles[i], &total, len(s.articles[i].Source)); err != nil {
			return nil, err
		}
	}
	b := *s.b
	b.Articles = append([]bulletin.Entry(nil), s.b.Articles...)
	return &export.BulletinJob{Bulletin: &b, Articles: append([]*article.Article(nil), s.articles...),
		Fonts: s.lib, Cache: s.cache}, nil
}

// save writes the bulletin file to path, its article paths made relative
// to path's folder, and marks it saved.
func (s *bulletinState) save(path string) error {
	dir, err := filepath.Abs(filepath.Dir(path))
	if err != nil {
		return fmt.Errorf("saving the bulletin: %w", err)
	}
	b := *s.b
	b.Articles = append([]bulletin.Entry(nil), s.b.Articles...)
	for i, e := range b.Articles {
		abs, err := filepath.Abs(s.b.ArticlePath(e))
		if err != nil {
			continue
		}
		if rel, err := filepath.Rel(dir, abs); err == nil {
			b.Articles[i].File = filepath.ToSlash(rel)
		} else {
			b.Articles[i].File = abs
		}
	}
	if err := b.Save(path); err != nil {
		return err
	}
	s.b, s.dirty = &b, false
	return nil
}

// exportPDF writes the bulletin's PDF to out and records its issue number
// in the history.
func (s *bulletinState) exportPDF(out string, st export.Settings) (*layout.Document, error) {
	job, err := s.snapshot()
	if err != nil {
		return nil, err
	}
	doc, err := job.WritePDF(out, st)
	if err == nil {
		s.history.Record(s.b)
	}
	return doc, err
}

// loadHistory reads the issue numbers used before from their preference.
func loadHistory(text string) bulletin.History {
	h := bulletin.History{}
	if strings.TrimSpace(text) != "" {
		_ = json.Unmarshal([]byte(text), &h) // a damaged record only loses the suggestion
	}
	return h
}

// historyText is the history as its preference holds it.
func historyText(h bulletin.History) string {
	b, _ := json.Marshal(h)
	return string(b)
}
