package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The three guides convert: every picture is there and every in-page link
// has its heading (convert fails otherwise).
func TestGuides(t *testing.T) {
	for _, lang := range []string{"en", "zh-Hant", "zh-Hans"} {
		in := filepath.Join("..", "..", "docs", "guide-"+lang+".md")
		src, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		if got := langOf(in); got != lang {
			t.Errorf("langOf(%s) = %s", in, got)
		}
		page, err := convert(src, lang, filepath.Dir(in))
		if err != nil {
			t.Fatalf("%s: %v", in, err)
		}
		s := string(page)
		for _, want := range []string{`<html lang="` + lang + `">`, `<title>`, `<table>`, `<img src="guide-`, `.html"`} {
			if !strings.Contains(s, want) {
				t.Errorf("%s: no %q", in, want)
			}
		}
		if strings.Contains(s, `href="guide-en.md"`) || strings.Contains(s, `href="guide-zh-Hant.md"`) {
			t.Errorf("%s: a link to a guide's .md was left", in)
		}
	}
}

// Headings get GitHub's anchors.
func TestIDs(t *testing.T) {
	g := &githubIDs{seen: map[string]int{}}
	for _, c := range []struct{ in, want string }{
		{"Font sizes and the GB/T 9704 page", "font-sizes-and-the-gbt-9704-page"},
		{"Converting between 繁體 and 简体", "converting-between-繁體-and-简体"},
		{"匯入 Word 文件、網頁與文字檔", "匯入-word-文件網頁與文字檔"},
		{"Limits", "limits"},
		{"Limits", "limits-1"},
	} {
		if got := string(g.Generate([]byte(c.in), 0)); got != c.want {
			t.Errorf("%q: %q, want %q", c.in, got, c.want)
		}
	}
}

// A missing picture or a link to no heading fails.
func TestBroken(t *testing.T) {
	dir := t.TempDir()
	if _, err := convert([]byte("# T\n\n![x](nothere.png)\n"), "en", dir); err == nil {
		t.Error("a missing picture passed")
	}
	if _, err := convert([]byte("# T\n\n[x](#nowhere)\n"), "en", dir); err == nil {
		t.Error("a link to no heading passed")
	}
}
