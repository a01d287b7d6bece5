package main

import "testing"

// The desktop entry offers text/markdown files, .md, .markdown and .mkd:
// each opens the editor; anything else is a command line.
func TestIsArticle(t *testing.T) {
	for name, want := range map[string]bool{
		"a.md": true, "/home/me/新聞稿.MD": true, "a.markdown": true, "a b.Markdown": true,
		"export": false, "a.txt": false, "a.md.bak": false, "md": false, "a.mkd": true,
	} {
		if got := isArticle(name); got != want {
			t.Errorf("isArticle(%q) = %v, want %v", name, got, want)
		}
	}
}
