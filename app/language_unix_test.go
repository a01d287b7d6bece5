//go:build unix

package app

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// englishWord finds an English word in what a dialog or the status bar
// says, once paths, file names and the few codes Chinese text writes in
// Latin letters (PDF, UTF-8, MB…) are taken out.
var englishWord = regexp.MustCompile(`[A-Za-z]{3,}`)

// quoted is text the user wrote, quoted in a message: not ours to word.
var quoted = regexp.MustCompile(`"[^"\n]*"`)

func english(s string) string {
	s = quoted.ReplaceAllString(s, "")
	for _, tok := range strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\n' || r == '：' || r == '（' || r == '）' || r == '，' || r == '。' || r == '、'
	}) {
		if strings.ContainsAny(tok, "/.") {
			continue // a path or a file name
		}
		for _, w := range englishWord.FindAllString(tok, -1) {
			switch w {
			case "PDF", "UTF", "YAML", "title", "subtitle", "source", "author", "date", "lang", "keywords":
				// the front matter's fields, as the user typed them
			default:
				return w
			}
		}
	}
	return ""
}

// Under a 繁體 or 简体 interface, what goes wrong with the user's files is
// told in Chinese: no English word reaches an error dialog (our own, not
// Fyne's) or the status bar.
func TestNoEnglishUnderChineseInterface(t *testing.T) {
	for _, l := range []string{langHant, langHans} {
		t.Run(l, func(t *testing.T) {
			e, h := open(t)
			h.settle(t)
			fyne.DoAndWait(func() {
				p := e.prefs
				p.UILang = l
				e.applySettings(p)
			})
			dir := t.TempDir()
			pipe := filepath.Join(dir, "pipe.md")
			if err := syscall.Mkfifo(pipe, 0o644); err != nil {
				t.Skipf("no named pipes: %v", err)
			}
			big := filepath.Join(dir, "big.md")
			os.WriteFile(big, bytes.Repeat([]byte("稅務局黨建工作新舉措。\n\n"), 3<<20/35), 0o644)
			latin1 := filepath.Join(dir, "latin1.md")
			os.WriteFile(latin1, []byte("---\ntitle: 舊檔\n---\n\n稅\xb5務\n"), 0o644)
			badDate := filepath.Join(dir, "baddate.md")
			os.WriteFile(badDate, []byte("---\ntitle: 甲\ndate: someday\n---\n\n正文。\n"), 0o644)
			art := filepath.Join(dir, "art.md")
			os.WriteFile(art, []byte("---\ntitle: 文章\n---\n\n正文。\n"), 0o644)
			noFolder := filepath.Join(dir, "no", "such", "folder")

			say := func(what string, act func()) {
				t.Helper()
				fyne.DoAndWait(act)
				var text string
				fyne.DoAndWait(func() {
					if top := e.win.Canvas().Overlays().Top(); top != nil {
						text = labelText(top)
						e.win.Canvas().Overlays().Remove(top)
					}
					text += "\n" + e.status.Text
				})
				if w := english(text); w != "" {
					t.Errorf("%s: %q in %q", what, w, text)
				}
			}
			for _, p := range []string{"/no/such/file.md", pipe, big, latin1, dir, badDate} {
				say("opening "+filepath.Base(p), func() { e.Open(p) })
			}
			say("saving into a folder that does not exist", func() {
				if err := e.SaveTo(filepath.Join(noFolder, "a.md")); err != nil {
					e.showError(e.failure("savefailed", err))
				}
			})
			fyne.DoAndWait(func() { e.Open(art) })
			say("exporting over the article", func() {
				e.Export(art, func(err error) { e.showError(e.failure("exportfailed", err)) })
			})
			(<-h.queue)() // the export's report
			fyne.DoAndWait(func() {
				if top := e.win.Canvas().Overlays().Top(); top != nil {
					if w := english(labelText(top)); w != "" {
						t.Errorf("exporting over the article: %q in %q", w, labelText(top))
					}
					e.win.Canvas().Overlays().Remove(top)
				}
			})
			say("a front matter that does not read, in the status bar", func() { e.form.date.SetText("someday") })
			h.settle(t)
			fyne.DoAndWait(func() {
				if w := english(e.status.Text); w != "" || !strings.Contains(e.status.Text, "someday") || !strings.Contains(e.status.Text, "date") {
					t.Errorf("the status bar says %q", e.status.Text)
				}
				e.form.date.SetText("")
			})
			h.settle(t)
			fyne.DoAndWait(func() { setBody(e, "缺字：\U000F0000") })
			say("a character no font has", func() { e.exportTo(filepath.Join(dir, "out.pdf")) })
			offer := waitFor(t, h, e, tr(e.ui, "printgeta"))
			fyne.DoAndWait(func() {
				if w := english(labelText(offer)); w != "" {
					t.Errorf("the missing-character offer: %q in %q", w, labelText(offer))
				}
				test.Tap(findIn(offer, tr(e.ui, "cancel")))
			})
		})
	}
}
