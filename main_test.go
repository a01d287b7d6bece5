package main

import (
	"bytes"
	"log"
	"strings"
	"testing"

	"github.com/paiban/paiban/message"
)

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

// Fyne's "window creation error" (no OpenGL 2.1) makes the editor tell
// the user why, in their language with Fyne's cause, and exit with status
// 1; Fyne's other log lines pass through and end nothing.
func TestGraphicsFailureEndsTheEditor(t *testing.T) {
	var out bytes.Buffer
	var told []string
	code := -1
	g := &graphicsWatch{out: &out, lang: message.Hant, tell: func(s string) { told = append(told, s) }, exit: func(c int) { code = c }}
	logger := log.New(g, "", log.LstdFlags)
	logger.Println("Fyne error:  failed to watch theme settings")
	logger.Println("  Cause: dial unix /dev/null: connect: connection refused")
	if code != -1 || len(told) != 0 {
		t.Fatalf("an ordinary Fyne error ended the editor (exit %d, told %q)", code, told)
	}
	logger.Println("Fyne error:  window creation error")
	logger.Println("  Cause: VersionUnavailable: GLX: Failed to create context: GLXBadFBConfig")
	if code != 1 || len(told) != 1 {
		t.Fatalf("window creation error: exit %d, told %q", code, told)
	}
	if !strings.Contains(told[0], "OpenGL 2.1") || !strings.Contains(told[0], "GLXBadFBConfig") || !strings.Contains(told[0], "顯示卡") {
		t.Errorf("the message does not explain in 繁體 with the cause: %q", told[0])
	}
	if !strings.Contains(out.String(), "window creation error") {
		t.Error("Fyne's own lines were not passed on")
	}
}
