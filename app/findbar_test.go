package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Ctrl+F shows the bar with its field focused; Enter selects the next
// match in the body, F3 the next and Shift+F3 the previous (going round);
// 繁简-alike search finds 服務 for 服务; Replace All is one undo step.
func TestFindBar(t *testing.T) {
	e, h := openSeed(t, langHant)
	b := e.find
	fyne.DoAndWait(func() { menuItem(t, e, "find").Action() })
	if !b.content.Visible() || b.replaceRow.Visible() || e.win.Canvas().Focused() != b.query {
		t.Fatal("Find did not show the bar with its field focused")
	}
	body := e.form.body.Text()
	want := strings.Count(body, "服務")
	if want < 2 {
		t.Fatalf("the seed has %d 服務", want)
	}
	fyne.DoAndWait(func() {
		e.reveal(place{}) // the cursor at the body's start
		b.script.SetChecked(true)
		test.Type(b.query, "服务")
		b.query.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	})
	first, _ := e.form.body.Selection()
	if got := e.form.body.SelectedText(); got != "服務" || first != strings.Index(body, "服務") {
		t.Fatalf("Enter selected %q at %d, want %d", got, first, strings.Index(body, "服務"))
	}
	fyne.DoAndWait(func() { b.query.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF3}) })
	second, _ := e.form.body.Selection()
	if second <= first || e.form.body.SelectedText() != "服務" {
		t.Fatalf("F3 went to %d from %d", second, first)
	}
	fyne.DoAndWait(func() {
		b.query.KeyDown(&fyne.KeyEvent{Name: "LeftShift"})
		b.query.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF3})
		b.query.KeyUp(&fyne.KeyEvent{Name: "LeftShift"})
	})
	if back, _ := e.form.body.Selection(); back != first {
		t.Fatalf("Shift+F3 went to %d, want %d", back, first)
	}
	// F3 typed in the body finds the next one too.
	fyne.DoAndWait(func() { e.form.body.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF3}) })
	if again, _ := e.form.body.Selection(); again != second {
		t.Fatalf("F3 in the body went to %d, want %d", again, second)
	}
	fyne.DoAndWait(func() {
		menuItem(t, e, "replacemenu").Action()
		test.Type(b.with, "服侍")
		b.replaceAll()
	})
	if !b.replaceRow.Visible() {
		t.Error("Replace did not show the replacement row")
	}
	after := e.form.document().Body
	if strings.Contains(after, "服務") || strings.Count(after, "服侍") < want {
		t.Fatalf("Replace All left %d 服務", strings.Count(after, "服務"))
	}
	fyne.DoAndWait(e.undo)
	if e.form.document().Body != body {
		t.Fatal("one Undo does not bring back the text")
	}
	h.fresh(t, e)
}
