package app

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/paiban/paiban/convert"
	"github.com/paiban/paiban/proof"
)

const seed = "../export/testdata/seed-tax-article.md"

// until runs the editor's UI work until cond holds, or fails after a
// generous timeout.
func (h *harness) until(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.After(20 * time.Second)
	for !cond() {
		select {
		case f := <-h.queue:
			f()
		case <-h.previews:
		case <-deadline:
			t.Fatal("not done within 20 s")
		}
	}
}

// openSeed starts an editor in UI language l with the seed article laid
// out and the proofreading panel shown.
func openSeed(t *testing.T, l string) (*Editor, *harness) {
	t.Helper()
	e, h := open(t)
	h.settle(t)
	fyne.DoAndWait(func() {
		if l != e.ui {
			p := e.prefs
			p.UILang = l
			e.applySettings(p)
		}
		if err := e.Open(seed); err != nil {
			t.Fatal(err)
		}
		e.setProofShown(true)
	})
	h.fresh(t, e)
	return e, h
}

// fresh runs the editor's UI work until the proofreading panel lists the
// findings of the article as it is.
func (h *harness) fresh(t *testing.T, e *Editor) {
	t.Helper()
	h.until(t, func() bool { return bytes.Equal(e.panel.src, e.form.document().Markdown()) })
}

// finding returns the panel's first finding of rule r whose source text
// is what.
func finding(t *testing.T, e *Editor, r proof.Rule, what string) proof.Finding {
	t.Helper()
	for _, f := range e.panel.findings {
		if f.Rule == r && string(e.panel.src[f.Span.Start:f.Span.End]) == what {
			return f
		}
	}
	t.Fatalf("no %s finding on %q among %d", r, what, len(e.panel.findings))
	return proof.Finding{}
}

// must is the row rowOf found, or -1.
func must(id widget.ListItemID, ok bool) widget.ListItemID {
	if !ok {
		return -1
	}
	return id
}

// rowText is what the panel's row id shows.
func rowText(e *Editor, id widget.ListItemID) (text string, fix bool) {
	row := e.panel.newRow()
	e.panel.updateRow(id, row)
	var parts []string
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *widget.Label:
			parts = append(parts, o.Text)
		case *widget.Button:
			fix = o.Visible()
			parts = append(parts, "["+o.Text+"]")
		case *fyne.Container:
			for _, k := range o.Objects {
				walk(k)
			}
		}
	}
	walk(row)
	return strings.Join(parts, " "), fix
}

// The panel lists the seed article's findings — &&, 到到, a space before
// ”, half-width commas — with place, rule and a message in the UI
// language, and offers the fixes.
func TestProofPanelListsFindings(t *testing.T) {
	e, _ := openSeed(t, langHant)
	if !e.proofOn || !e.proofItem.Checked || !e.app.Preferences().Bool(prefProof) {
		t.Fatal("the panel is not shown and remembered")
	}
	if len(e.panel.findings) < 100 {
		t.Fatalf("the panel has %d findings", len(e.panel.findings))
	}
	// The rules come in groups, the fewest findings first, open; the
	// half-width commas' hundred are one folded row at the end, with a
	// button that fixes them all.
	rows := e.panel.list.Length()
	if rows >= len(e.panel.findings) || rows < 10 {
		t.Fatalf("%d findings in %d rows", len(e.panel.findings), rows)
	}
	if text, _ := rowText(e, 1); !strings.Contains(text, "[修正]") {
		t.Errorf("the second row %q is not a finding of the first rule, open", text)
	}
	last, fixAll := rowText(e, rows-1)
	n := 0
	for _, f := range e.panel.findings {
		if f.Rule == proof.HalfWidth {
			n++
		}
	}
	if want := fmt.Sprintf("%s · %d", proof.HalfWidth.Title(proof.TraditionalChinese), n); !strings.Contains(last, want) || !strings.Contains(last, fmt.Sprintf("修正這 %d 處", n)) || !fixAll {
		t.Errorf("the last row is %q, want the folded heading %q with its Fix button", last, want)
	}
	for _, c := range []struct {
		rule      proof.Rule
		what, msg string
	}{
		{proof.HTMLDebris, "&&", "多餘的「&&」"},
		{proof.Doubled, "到到", "「到到」重複"},
		{proof.QuoteSpace, " ", "右引號或括號「”」前有空格"},
		{proof.HalfWidth, ",", "半形「,」應改為全形「，」"},
	} {
		f := finding(t, e, c.rule, c.what)
		for _, id := range []widget.ListItemID{must(e.panel.rowOf(f))} {
			text, fix := rowText(e, id)
			want := []string{strings.Fields(f.String())[0][:len(strings.Fields(f.String())[0])-1], c.msg}
			for _, w := range want {
				if !strings.Contains(text, w) {
					t.Errorf("row %q lacks %q", text, w)
				}
			}
			if !fix {
				t.Errorf("row %q has no Fix button", text)
			}
			break
		}
	}
	// Toggling from the status bar hides it, and the choice is kept.
	fyne.DoAndWait(func() { test.Tap(e.notes) })
	if e.proofOn || e.app.Preferences().Bool(prefProof) {
		t.Fatal("the status bar's count did not hide the panel")
	}
}

// Selecting a finding opens its block and selects its text: in the body,
// and in the title for the title's half-width colon.
func TestSelectingFindingSelectsText(t *testing.T) {
	e, _ := openSeed(t, langEn)
	for _, c := range []struct {
		rule proof.Rule
		what string
	}{{proof.HTMLDebris, "&&"}, {proof.Doubled, "到到"}, {proof.OverConversion, "錶現"}} {
		f := finding(t, e, c.rule, c.what)
		fyne.DoAndWait(func() {
			if id, ok := e.panel.rowOf(f); ok {
				e.panel.list.Select(id)
			}
		})
		if got := e.form.body.SelectedText(); got != c.what {
			t.Errorf("selecting the %s finding selects %q, want %q", c.rule, got, c.what)
		}
		if !strings.Contains(e.form.body.Text(), c.what) {
			t.Errorf("the block being edited does not hold %q", c.what)
		}
		if e.form.body.ScrollOffset() == 0 {
			t.Errorf("the body did not scroll to the %s finding", c.rule)
		}
	}
	fyne.DoAndWait(func() { e.showFinding(finding(t, e, proof.HalfWidth, ":")) })
	if got := e.form.title.SelectedText(); got != ":" {
		t.Errorf("the title's colon: selected %q", got)
	}
}

// undoItem returns Edit ▸ Undo or Redo.
func menuItem(t *testing.T, e *Editor, key string) *fyne.MenuItem {
	t.Helper()
	for _, m := range e.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Label == tr(e.ui, key) {
				return it
			}
		}
	}
	t.Fatalf("no menu item %q", key)
	return nil
}

// Fix makes one fix, marks the article changed, and Edit ▸ Undo (Ctrl+Z)
// brings the text back byte for byte; Redo makes it again.
func TestFixAndUndo(t *testing.T) {
	e, h := openSeed(t, langEn)
	before := e.form.document().Markdown()
	undo := menuItem(t, e, "undo")
	if _, ok := undo.Shortcut.(*fyne.ShortcutUndo); !ok {
		t.Fatalf("Undo's shortcut is %v, not Ctrl+Z", undo.Shortcut)
	}
	for _, c := range []struct {
		rule      proof.Rule
		what, fix string
	}{{proof.HTMLDebris, "&&", "隊”,加班"}, {proof.Doubled, "到到", "傳導到園區"}, {proof.QuoteSpace, " ", "“組織生活公開課”"}} {
		f := finding(t, e, c.rule, c.what)
		fyne.DoAndWait(func() { e.fix(f) })
		after := e.form.document().Markdown()
		if bytes.Equal(after, before) || !bytes.Contains(after, []byte(c.fix)) {
			t.Fatalf("fixing %s: %q not in the text", c.rule, c.fix)
		}
		if !e.dirty || !strings.HasPrefix(e.win.Title(), "* ") {
			t.Fatal("a fix did not mark the article changed")
		}
		h.fresh(t, e)
		// The new preview's status still says what was done.
		if !strings.Contains(e.status.Text, "1 fix made") {
			t.Errorf("status after a fix: %q", e.status.Text)
		}
		fyne.DoAndWait(undo.Action)
		if got := e.form.document().Markdown(); !bytes.Equal(got, before) {
			t.Fatalf("Undo after fixing %s gives a different text", c.rule)
		}
		fyne.DoAndWait(menuItem(t, e, "redo").Action)
		if got := e.form.document().Markdown(); !bytes.Equal(got, after) {
			t.Fatalf("Redo after fixing %s gives a different text", c.rule)
		}
		fyne.DoAndWait(undo.Action)
		h.fresh(t, e)
	}
}

// Fix All Safe makes every safe fix as one step: the check finds none
// left to make, and one Undo brings the text back byte for byte.
func TestFixAllAndUndo(t *testing.T) {
	e, h := openSeed(t, langEn)
	before := e.form.document()
	fyne.DoAndWait(func() { test.Tap(e.panel.fixAll) })
	h.fresh(t, e)
	d := e.form.document()
	for _, bad := range []string{"&&", "到到", " ”", "改革:基層", "最近,上海"} {
		if strings.Contains(d.Title+d.Body, bad) {
			t.Errorf("%q is still there", bad)
		}
	}
	for _, f := range e.panel.findings {
		if f.HasFix {
			t.Errorf("a safe fix is left: %s", f)
		}
	}
	fyne.DoAndWait(e.undo)
	if got := e.form.document(); got != before || !bytes.Equal(got.Markdown(), before.Markdown()) {
		t.Fatal("one Undo does not bring back the text")
	}
}

// Typing is undone too, the fields' and the body's, in steps.
func TestTypingUndo(t *testing.T) {
	e, h := open(t)
	h.settle(t)
	fyne.DoAndWait(func() {
		e.change(Document{Body: "第一段\n\n第二段"})
		e.form.body.SetCursor(len(e.form.body.Text()))
	})
	before := e.form.document()
	fyne.DoAndWait(func() {
		test.Type(e.form.body, "補充")
		test.Type(e.form.title, "標題")
	})
	fyne.DoAndWait(e.undo)
	if got := e.form.document(); got.Title != "" || got.Body != before.Body+"補充" {
		t.Fatalf("first Undo: %+v", got)
	}
	fyne.DoAndWait(e.undo)
	if got := e.form.document(); got != before {
		t.Fatalf("second Undo: %+v", got)
	}
}

// diffText is the text of the conversion dialog's rows.
func diffText(cd *convertDialog) string {
	var b strings.Builder
	for _, o := range cd.rows.Objects {
		if rt, ok := o.(*widget.RichText); ok {
			b.WriteString(rt.String() + "\n")
		}
	}
	return b.String()
}

// Converting a 简体 article to 繁體 shows what changes before Apply;
// Apply converts the text and sets lang, and one Undo takes it back.
func TestConvertArticle(t *testing.T) {
	e, h := open(t)
	h.settle(t)
	const hans = "我们的国家发展很快，这是经济数据。"
	fyne.DoAndWait(func() { setBody(e, hans) })
	h.settle(t)
	before := e.form.document()
	var cd *convertDialog
	fyne.DoAndWait(func() { cd = e.showConvert() })
	h.until(t, func() bool { return cd.result != nil || strings.Contains(cd.summary.Text, tr(e.ui, "convertfailed")) })
	if cd.target.Selected != tr(e.ui, "conv.s2t") {
		t.Errorf("chosen: %q", cd.target.Selected)
	}
	diff := diffText(cd)
	for _, w := range []string{"我们→們的国→國家发→發展很快，这→這是经济数据→經濟數據。", "+ lang: zh-Hant"} {
		if !strings.Contains(diff, w) {
			t.Errorf("the diff lacks %q:\n%s", w, diff)
		}
	}
	if e.form.body.Text() != hans {
		t.Fatal("the text changed before Apply")
	}
	fyne.DoAndWait(func() { test.Tap(cd.apply) })
	if got := e.form.document(); got.Body != "我們的國家發展很快，這是經濟數據。" || got.Lang != "zh-Hant" || !e.dirty {
		t.Fatalf("after Apply: %+v", got)
	}
	fyne.DoAndWait(e.undo)
	if got := e.form.document(); got != before {
		t.Fatalf("after Undo: %+v", got)
	}
}

// With a selection, only the selection is converted.
func TestConvertSelection(t *testing.T) {
	e, h := open(t)
	h.settle(t)
	fyne.DoAndWait(func() {
		setBody(e, "第一段没有变。\n\n这里简体，那里也是简体。")
		at := len("第一段没有变。\n\n")
		e.form.body.Select(at, at+len("这里简体"))
	})
	var cd *convertDialog
	fyne.DoAndWait(func() {
		cd = e.showConvert()
		cd.choose(convert.S2TW)
	})
	h.until(t, func() bool { return cd.result != nil })
	fyne.DoAndWait(func() { test.Tap(cd.apply) })
	if got := e.form.body.Text(); got != "第一段没有变。\n\n這裡簡體，那里也是简体。" {
		t.Fatalf("after converting the selection: %q", got)
	}
}

// Open refuses an article larger than the export takes, and one that is
// not UTF-8, with a message; the article open stays as it was.
func TestOpenRefusesBadFiles(t *testing.T) {
	e, h := open(t)
	h.settle(t)
	dir := t.TempDir()
	big := filepath.Join(dir, "big.md")
	if err := os.WriteFile(big, bytes.Repeat([]byte("稅務局黨建工作新舉措。\n\n"), 3<<20/35), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "latin1.md")
	if err := os.WriteFile(bad, []byte("---\ntitle: 舊檔\n---\n\n第一行\n稅\xb5務\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	fyne.DoAndWait(func() {
		e.form.title.SetText("正在寫的文章")
		setBody(e, "未儲存的內文")
	})
	want := e.form.document()
	for _, c := range []struct{ path, msg string }{
		{big, "the largest accepted is 2 MB"},
		{bad, "latin1.md:6:2: byte 0xb5 is not UTF-8 text"},
	} {
		var err error
		fyne.DoAndWait(func() { err = e.Open(c.path) })
		if err == nil || !strings.Contains(err.Error(), c.msg) {
			t.Fatalf("Open(%s): %v", filepath.Base(c.path), err)
		}
		top := e.win.Canvas().Overlays().Top()
		if top == nil || !strings.Contains(labelText(top), c.msg) {
			t.Fatalf("no dialog says %q", c.msg)
		}
		fyne.DoAndWait(func() { e.win.Canvas().Overlays().Remove(top) })
		// A dropped file or a recent one: refused before asking about the
		// unsaved changes.
		fyne.DoAndWait(func() { e.openAsking(c.path) })
		if top := e.win.Canvas().Overlays().Top(); top == nil || findIn(top, tr(e.ui, "dontsave")) != nil || !strings.Contains(labelText(top), c.msg) {
			t.Fatal("not refused before the question")
		}
		fyne.DoAndWait(func() { e.win.Canvas().Overlays().Remove(e.win.Canvas().Overlays().Top()) })
		if got := e.form.document(); got != want || e.path != "" || !e.dirty {
			t.Fatalf("the open article changed: %+v", got)
		}
	}
}

// labelText joins the texts of the labels in a canvas object tree.
func labelText(o fyne.CanvasObject) string {
	var b strings.Builder
	if l, ok := o.(*widget.Label); ok {
		b.WriteString(l.Text + "\n")
	}
	if c, ok := o.(*fyne.Container); ok {
		for _, k := range c.Objects {
			b.WriteString(labelText(k))
		}
	}
	if w, ok := o.(fyne.Widget); ok {
		for _, k := range test.WidgetRenderer(w).Objects() {
			b.WriteString(labelText(k))
		}
	}
	return b.String()
}

// The history keeps at most maxSteps steps, and drops the oldest first.
func TestHistoryLimit(t *testing.T) {
	var h history
	for i := 0; i <= maxSteps+10; i++ {
		h.apply(Document{Body: strings.Repeat("字", i)})
	}
	n := 0
	for {
		d, ok := h.back()
		if !ok {
			break
		}
		n++
		if n == maxSteps && d.Body != strings.Repeat("字", 10) {
			t.Fatalf("the oldest step kept holds %d characters", len([]rune(d.Body)))
		}
	}
	if n != maxSteps {
		t.Fatalf("%d steps kept", n)
	}
}

// A rule's heading fixes that rule's findings only, as one step: the
// half-width commas are all fixed, the && is left.
func TestFixOneRule(t *testing.T) {
	e, h := openSeed(t, langEn)
	before := e.form.document()
	var half []proof.Finding
	fyne.DoAndWait(func() {
		for gi, g := range e.panel.groups {
			if g.rule != proof.HalfWidth {
				continue
			}
			half = g.findings
			for id, r := range e.panel.rows {
				if r.group == gi && r.item < 0 {
					row := e.panel.newRow()
					e.panel.updateRow(id, row)
					test.Tap(row.(*fyne.Container).Objects[2].(*widget.Button))
				}
			}
		}
	})
	if len(half) < 50 {
		t.Fatalf("%d half-width findings", len(half))
	}
	h.fresh(t, e)
	left := map[proof.Rule]int{}
	for _, f := range e.panel.findings {
		left[f.Rule]++
	}
	if left[proof.HalfWidth] != 0 || left[proof.HTMLDebris] == 0 {
		t.Errorf("after fixing one rule: %v", left)
	}
	fyne.DoAndWait(e.undo)
	if e.form.document() != before {
		t.Fatal("one Undo does not bring back the text")
	}
}
