package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/paiban/paiban/bulletin"
	"github.com/paiban/paiban/export"
	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/message"
)

// bulletinArticle is an article file's text with title and one paragraph.
func bulletinArticle(title, body string) string {
	return "---\ntitle: " + title + "\nlang: zh-Hant\n---\n\n" + body + "\n"
}

// writeArticles writes articles named a.md, b.md … into dir and returns
// their paths.
func writeArticles(t *testing.T, dir string, titles ...string) []string {
	t.Helper()
	var paths []string
	for i, title := range titles {
		p := filepath.Join(dir, string(rune('a'+i))+".md")
		if err := os.WriteFile(p, []byte(bulletinArticle(title, strings.Repeat(para, 3))), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

func TestBulletinStateSuggestsTheIssue(t *testing.T) {
	h := bulletin.History{}
	h.Record(&bulletin.Bulletin{Name: "工作動態", Issue: 7, Date: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)})
	s := newBulletinState(fonts.NewLibrary(), h, time.Date(2024, 6, 6, 15, 0, 0, 0, time.Local))
	if s.b.Issue != 1 || s.b.Date.Format("2006-01-02") != "2024-06-06" {
		t.Fatalf("new bulletin: issue %d, date %v", s.b.Issue, s.b.Date)
	}
	s.edit(func(b *bulletin.Bulletin) { b.Name = "工作動態" })
	if s.b.Issue != 8 {
		t.Errorf("after the name: issue %d, want 8", s.b.Issue)
	}
	s.edit(func(b *bulletin.Bulletin) { b.Date = b.Date.AddDate(1, 0, 0) })
	if s.b.Issue != 1 {
		t.Errorf("a year on: issue %d, want 1", s.b.Issue)
	}
	s.setIssue(3)
	s.edit(func(b *bulletin.Bulletin) { b.Name = "會議簡報" })
	if s.b.Issue != 3 || !s.dirty {
		t.Errorf("an issue chosen by hand became %d (dirty %v)", s.b.Issue, s.dirty)
	}
}

func TestBulletinStateArticles(t *testing.T) {
	dir := t.TempDir()
	paths := writeArticles(t, dir, "甲篇", "乙篇", "丙篇")
	s := newBulletinState(fonts.NewLibrary(), nil, time.Now())
	if _, err := s.snapshot(); !message.Is(err, noArticlesYet) {
		t.Errorf("an empty bulletin: %v", err)
	}
	for _, p := range paths {
		s.add(p)
	}
	s.move(2, -1) // 甲 丙 乙
	s.move(0, -1) // no place above the first: nothing moves
	s.remove(0)   // 丙 乙
	var titles []string
	for _, a := range s.articles {
		titles = append(titles, a.Meta.Title)
	}
	if strings.Join(titles, " ") != "丙篇 乙篇" || len(s.b.Articles) != 2 || filepath.Base(s.b.Articles[0].File) != "c.md" {
		t.Fatalf("articles %v, entries %+v", titles, s.b.Articles)
	}
	// Saved elsewhere, the paths are relative to the file.
	sub := filepath.Join(dir, "issues")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(sub, "b.yaml")
	s.edit(func(b *bulletin.Bulletin) { b.Name = "工作動態" })
	if err := s.save(path); err != nil {
		t.Fatal(err)
	}
	text, _ := os.ReadFile(path)
	if !strings.Contains(string(text), "- ../c.md\n") || s.dirty {
		t.Errorf("saved (dirty %v):\n%s", s.dirty, text)
	}
	back, err := openBulletinState(path, fonts.NewLibrary(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if back.articles[1] == nil || back.articles[1].Meta.Title != "乙篇" {
		t.Errorf("read back: %+v %v", back.articles, back.errs)
	}
}

func TestBulletinStateFollowsTheFiles(t *testing.T) {
	dir := t.TempDir()
	paths := writeArticles(t, dir, "甲篇", "乙篇")
	s := newBulletinState(fonts.NewLibrary(), nil, time.Now())
	s.add(paths[0])
	s.add(paths[1])
	if s.refresh() {
		t.Error("nothing changed, yet refresh read again")
	}
	if err := os.WriteFile(paths[1], []byte(bulletinArticle("改過的乙篇", para)), 0o644); err != nil {
		t.Fatal(err)
	}
	if !s.refresh() || s.articles[1].Meta.Title != "改過的乙篇" {
		t.Errorf("after the file changed: %q", s.articles[1].Meta.Title)
	}
	// Unsaved text of an article open in a window stands for its file.
	if !s.setText(paths[0], []byte(bulletinArticle("未存的甲篇", para))) || s.articles[0].Meta.Title != "未存的甲篇" {
		t.Errorf("unsaved text: %q", s.articles[0].Meta.Title)
	}
	s.setText(paths[0], nil)
	if s.articles[0].Meta.Title != "甲篇" {
		t.Errorf("back to the file: %q", s.articles[0].Meta.Title)
	}
	// A file gone is the bulletin's error, at the entry's line once saved.
	s.edit(func(b *bulletin.Bulletin) { b.Name = "工作動態" })
	if err := s.save(filepath.Join(dir, "b.yaml")); err != nil {
		t.Fatal(err)
	}
	s, err := openBulletinState(filepath.Join(dir, "b.yaml"), fonts.NewLibrary(), nil)
	if err != nil {
		t.Fatal(err)
	}
	os.Remove(paths[1])
	s.refresh()
	_, err = s.snapshot()
	var be *bulletin.Error
	if !errors.As(err, &be) || be.Line == 0 || !strings.Contains(err.Error(), "b.md: no such file") {
		t.Errorf("a missing article: %v", err)
	}
}

func TestBulletinStateExportRecordsTheIssue(t *testing.T) {
	dir := t.TempDir()
	paths := writeArticles(t, dir, "甲篇")
	s := newBulletinState(fonts.NewLibrary(), nil, time.Date(2024, 6, 6, 0, 0, 0, 0, time.UTC))
	s.edit(func(b *bulletin.Bulletin) { b.Name = "工作動態"; b.Copies = 30 })
	s.add(paths[0])
	out := filepath.Join(dir, "out.pdf")
	doc, err := s.exportPDF(out, export.Settings{Preset: layout.Medium, Paper: layout.A4})
	if err != nil {
		t.Fatal(err)
	}
	if st, err := os.Stat(out); err != nil || st.Size() < 1000 || len(doc.Pages) == 0 {
		t.Fatalf("no PDF: %v", err)
	}
	if n := s.history.Next("工作動態", 2024, false); n != 2 {
		t.Errorf("next issue %d, want 2", n)
	}
	h := loadHistory(historyText(s.history))
	if h.Next("工作動態", 2024, false) != 2 || len(loadHistory("not json")) != 0 {
		t.Errorf("history through its preference: %v", h)
	}
}
