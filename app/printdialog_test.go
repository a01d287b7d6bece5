package app

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/paiban/paiban/internal/printtest"
	"github.com/paiban/paiban/message"
	"github.com/paiban/paiban/printing"
)

// fakeSpooler lists printers and records the jobs it is sent. Send runs
// on the editor's worker goroutine, hence the lock.
type fakeSpooler struct {
	printers []printing.Printer
	listErr  error

	mu    sync.Mutex
	jobs  []printing.Options
	pages [][]int
	pdf   []byte
}

func (f *fakeSpooler) Printers(context.Context) ([]printing.Printer, error) {
	return f.printers, f.listErr
}

func (f *fakeSpooler) Send(_ context.Context, p printing.Printer, doc *printing.Document, pages []int, o printing.Options) (printing.Job, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.jobs = append(f.jobs, o)
	f.pages = append(f.pages, pages)
	f.pdf = doc.PDF
	return printing.Job{ID: fmt.Sprintf("%s-%d", p.Name, len(f.jobs)), Printer: p.Name, Pages: len(pages), Copies: o.Copies}, nil
}

func (f *fakeSpooler) sent() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.jobs)
}

var office = []printing.Printer{
	{Name: "Office", Accepting: true, Default: true},
	{Name: "Lab", Accepting: true, State: printing.Printing},
	{Name: "Old", State: printing.Stopped, Reason: "paper jam"},
}

// showPrint opens the print dialog on sp in UI language l, with the
// printers listed.
func showPrint(t *testing.T, e *Editor, h *harness, l string, sp printing.Spooler) *printDialog {
	t.Helper()
	var pd *printDialog
	fyne.DoAndWait(func() {
		if l != e.ui {
			p := e.prefs
			p.UILang = l
			e.applySettings(p)
		}
		pd = e.showPrint(sp)
	})
	h.until(t, func() bool { return pd.listed })
	return pd
}

// The dialog chooses the default printer, remembers the one printed on,
// chooses it the next time, and prints what it was told.
func TestPrintDialogPrints(t *testing.T) {
	e, h := open(t)
	h.settle(t)
	fyne.DoAndWait(func() { setBody(e, strings.Repeat(para+"\n\n", 40)) })
	p := h.settle(t)
	sp := &fakeSpooler{printers: office}
	pd := showPrint(t, e, h, langEn, sp)
	if pd.printer.Selected != "Office" || pd.print.Disabled() || pd.state.Text != "idle, default" {
		t.Fatalf("chosen %q (%s), print disabled %v, note %q", pd.printer.Selected, pd.state.Text, pd.print.Disabled(), pd.note.Text)
	}
	if want := fmt.Sprintf("all %d pages, or e.g. 1-3,5", pages(p)); pd.range_.PlaceHolder != want {
		t.Errorf("pages hint %q, want %q", pd.range_.PlaceHolder, want)
	}
	fyne.DoAndWait(func() {
		pd.printer.SetSelected("Lab")
		pd.copies.SetText("２") // typed with a Chinese input method
		pd.range_.SetText("1-2")
		pd.duplex.SetChecked(true)
		test.Tap(pd.print)
	})
	h.until(t, func() bool { return strings.HasPrefix(e.status.Text, "sent to Lab") })
	want := printing.Options{Printer: "Lab", Copies: 2, Pages: printing.Pages{{First: 1, Last: 2}}, Duplex: true, Title: ""}
	if got := sp.jobs[0]; got.Printer != want.Printer || got.Copies != 2 || !reflect.DeepEqual(got.Pages, want.Pages) || !got.Duplex {
		t.Errorf("sent %+v, want %+v", got, want)
	}
	if !reflect.DeepEqual(sp.pages[0], []int{1, 2}) || len(sp.pdf) == 0 {
		t.Errorf("pages %v, %d bytes of PDF", sp.pages[0], len(sp.pdf))
	}
	if got := e.status.Text; got != "sent to Lab as job Lab-1: 2 page(s), 2 copy(ies)" {
		t.Errorf("status %q", got)
	}
	if got := e.app.Preferences().String(prefLastPrinter); got != "Lab" {
		t.Errorf("remembered printer %q", got)
	}
	pd = showPrint(t, e, h, langHant, sp)
	if pd.printer.Selected != "Lab" || pd.state.Text != "列印中" {
		t.Errorf("the next time: %q (%s)", pd.printer.Selected, pd.state.Text)
	}
	// The keyboard alone: the copies field has the focus, Escape cancels,
	// Enter prints.
	var focused fyne.Focusable
	shown := false
	fyne.DoAndWait(func() {
		focused = e.win.Canvas().Focused()
		pd.copies.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		shown = e.win.Canvas().Overlays().Top() != nil
	})
	if focused != fyne.Focusable(pd.copies) || shown {
		t.Errorf("focus on %T, not the copies; after Escape the dialog is shown %v", focused, shown)
	}
	pd = showPrint(t, e, h, langHant, sp)
	fyne.DoAndWait(func() { pd.range_.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) })
	h.until(t, func() bool { return sp.sent() == 2 })
}

// What stops a print is said in the dialog, in the interface language, and
// Print is disabled until it is put right; nothing is sent.
func TestPrintDialogRefuses(t *testing.T) {
	e, h := open(t)
	h.settle(t)
	sp := &fakeSpooler{printers: office}
	pd := showPrint(t, e, h, langHant, sp)
	for _, c := range []struct {
		set  func()
		want string
	}{
		{func() { pd.copies.SetText("兩") }, "份數「兩」：請填 1 到 999 的數字"},
		{func() { pd.copies.SetText("0") }, "份數「0」：請填 1 到 999 的數字"},
		{func() { pd.copies.SetText("1"); pd.range_.SetText("1-x") }, "頁碼「1-x」：請寫成 1-3,5"},
		{func() { pd.range_.SetText("3-9") }, "頁碼 3-9：文章只有 1 頁"},
		{func() { pd.range_.SetText(""); pd.printer.SetSelected("Old") }, "印表機 Old 已停用（paper jam）"},
	} {
		fyne.DoAndWait(c.set)
		if !strings.HasPrefix(pd.note.Text, c.want) || !pd.print.Disabled() {
			t.Errorf("note %q (print disabled %v), want %q", pd.note.Text, pd.print.Disabled(), c.want)
		}
		fyne.DoAndWait(func() { pd.submit() })
	}
	if pd.state.Text != "已停用（paper jam）" {
		t.Errorf("state %q", pd.state.Text)
	}
	fyne.DoAndWait(func() { pd.printer.SetSelected("Office") })
	if pd.note.Visible() || pd.print.Disabled() {
		t.Errorf("a good choice still refused: %q", pd.note.Text)
	}
	fyne.DoAndWait(func() { pd.dialog.Hide() })
	for l, c := range map[string]struct {
		sp   *fakeSpooler
		want string
	}{
		langEn:   {&fakeSpooler{}, "no printer is set up"},
		langHans: {&fakeSpooler{listErr: fakeNoScheduler(t)}, "打印系统（CUPS）没有运行"},
		langHant: {&fakeSpooler{printers: []printing.Printer{{Name: "A", Accepting: true}, {Name: "B", Accepting: true}}}, "沒有預設印表機：請選擇一台（A, B）"},
	} {
		pd := showPrint(t, e, h, l, c.sp)
		if !strings.HasPrefix(pd.note.Text, c.want) || !pd.print.Disabled() {
			t.Errorf("%s: note %q (print disabled %v), want %q", l, pd.note.Text, pd.print.Disabled(), c.want)
		}
		fyne.DoAndWait(func() { pd.dialog.Hide() })
	}
	if sp.sent() != 0 {
		t.Errorf("%d jobs sent", sp.sent())
	}
}

// fakeNoScheduler is an error as printing words one: the printing
// system not running.
func fakeNoScheduler(*testing.T) error {
	return message.New(message.Text{"the printing system (CUPS) is not running", "列印系統（CUPS）沒有執行", "打印系统（CUPS）没有运行"})
}

// The editor's print path, for real: the seed article opened in the
// editor, its pages 2 to 3 printed on the virtual printer through the
// dialog; the printed PDF has those pages, with the seed's text.
func TestEditorPrintsOnCUPS(t *testing.T) {
	name := printtest.Printer(t)
	e, h := open(t)
	h.settle(t)
	fyne.DoAndWait(func() {
		if err := e.Open(seed); err != nil {
			t.Fatal(err)
		}
	})
	p := h.settle(t)
	if pages(p) < 3 {
		t.Fatalf("the seed laid out in %d pages", pages(p))
	}
	// The PDF the editor's print path makes, page by page, to compare with.
	ref := &fakeSpooler{printers: []printing.Printer{{Name: "X", Accepting: true}}}
	var done bool
	fyne.DoAndWait(func() {
		e.Print(ref, printing.Options{}, func(_ printing.Job, err error) {
			if err != nil {
				t.Error(err)
			}
			done = true
		})
	})
	h.until(t, func() bool { return done })
	want := printtest.PDFText(t, ref.pdf)

	pd := showPrint(t, e, h, langEn, printing.System())
	since := time.Now()
	fyne.DoAndWait(func() {
		pd.printer.SetSelected(name)
		pd.range_.SetText("2-3")
		test.Tap(pd.print)
	})
	h.until(t, func() bool { return strings.HasPrefix(e.status.Text, "sent to "+name) })
	id := strings.TrimSuffix(strings.Fields(e.status.Text)[5], ":")
	out := printtest.Printed(t, id, since)
	if n := printtest.Pages(t, out); n != 2 {
		t.Fatalf("%s has %d pages, want 2", out, n)
	}
	got := printtest.PageText(t, out)
	for i := range 2 {
		if printtest.Squeeze(got[i]) != printtest.Squeeze(want[i+1]) {
			t.Errorf("printed page %d:\n%.200s\nwant the seed's page %d:\n%.200s", i+1, got[i], i+2, want[i+1])
		}
	}
	if !strings.Contains(printtest.Squeeze(strings.Join(got, "")), "上海市稅務局") {
		t.Error("the seed's text is not in the printout")
	}
}
