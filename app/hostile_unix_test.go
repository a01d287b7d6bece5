//go:build unix

package app

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/paiban/paiban/layout"
)

// A picture path that names a named pipe (or a device) does not stop the
// preview: the page shows with the figure refused, and the next edit is
// previewed as usual. (Before, opening the pipe blocked the preview until
// the editor was restarted.)
func TestPreviewSurvivesAPipeAsPicture(t *testing.T) {
	e, h := open(t)
	h.settle(t)
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "photo.png"), 0o644); err != nil {
		t.Skipf("no named pipes: %v", err)
	}
	fyne.DoAndWait(func() {
		e.path = filepath.Join(dir, "a.md")
		setBody(e, "圖片如下。\n\n![](photo.png \"說明\")\n\n![](/dev/zero)\n")
	})
	p := h.settle(t)
	refused := 0
	for _, pr := range p.doc.Problems {
		if pr.Kind == layout.MissingImage {
			refused++
		}
	}
	if refused != 2 {
		t.Fatalf("%d figures refused, want both: %+v", refused, p.doc.Problems)
	}
	fyne.DoAndWait(func() { setBody(e, "改過的正文。") })
	if p := h.settle(t); p.job == nil || !strings.Contains(string(p.job.Article.Source), "改過的正文") {
		t.Fatal("the preview stopped following the text")
	}
}
