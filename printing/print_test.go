package printing

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/message"
)

// fakeSpooler lists printers and records what it is sent.
type fakeSpooler struct {
	printers []Printer
	listErr  error
	sent     []int
	to       string
	opts     Options
}

func (f *fakeSpooler) Printers(context.Context) ([]Printer, error) { return f.printers, f.listErr }

func (f *fakeSpooler) Send(_ context.Context, p Printer, doc *Document, pages []int, o Options) (Job, error) {
	f.sent, f.to, f.opts = pages, p.Name, o
	return Job{ID: p.Name + "-1", Printer: p.Name, Pages: len(pages), Copies: o.Copies}, nil
}

var threePages = &Document{PDF: []byte("%PDF"), Pages: 3, Paper: layout.A4}

func TestPrintChecksBeforeSending(t *testing.T) {
	office := Printer{Name: "Office", Accepting: true, Default: true}
	lab := Printer{Name: "Lab", Accepting: true}
	for _, c := range []struct {
		name     string
		printers []Printer
		opts     Options
		doc      *Document
		want     message.Text
	}{
		{"no printer", nil, Options{}, threePages, noPrinter},
		{"no default", []Printer{lab, {Name: "Other", Accepting: true}}, Options{}, threePages, noDefault},
		{"unknown", []Printer{office}, Options{Printer: "Nope"}, threePages, unknownPrinter},
		{"stopped", []Printer{{Name: "Old", State: Stopped, Accepting: true, Reason: "paper jam"}}, Options{}, threePages, stoppedPrinter},
		{"offline", []Printer{{Name: "Far", State: Offline, Accepting: true}}, Options{}, threePages, offlinePrinter},
		{"rejecting", []Printer{{Name: "Shut"}}, Options{}, threePages, rejectingPrinter},
		{"copies", []Printer{office}, Options{Copies: 1000}, threePages, badCopies},
		{"negative copies", []Printer{office}, Options{Copies: -1}, threePages, badCopies},
		{"past the end", []Printer{office}, Options{Pages: Pages{{2, 4}}}, threePages, pastEnd},
		{"no pages", []Printer{office}, Options{}, &Document{}, nothingToPrint},
	} {
		sp := &fakeSpooler{printers: c.printers}
		_, err := Print(context.Background(), sp, c.doc, c.opts)
		if !message.Is(err, c.want) {
			t.Errorf("%s: %v, want %q", c.name, err, c.want[0])
		}
		if sp.sent != nil {
			t.Errorf("%s: sent anyway", c.name)
		}
	}
}

func TestPrintSends(t *testing.T) {
	sp := &fakeSpooler{printers: []Printer{{Name: "Office", Accepting: true, Default: true}, {Name: "Lab", Accepting: true, State: Printing}}}
	job, err := Print(context.Background(), sp, threePages, Options{Pages: Pages{{2, 0}}})
	if err != nil {
		t.Fatal(err)
	}
	if sp.to != "Office" || !reflect.DeepEqual(sp.sent, []int{2, 3}) || sp.opts.Copies != 1 {
		t.Errorf("sent pages %v to %q with %+v", sp.sent, sp.to, sp.opts)
	}
	if got := job.In(message.Hans); got != "已发送到 Office，任务编号 Office-1：2 页，1 份" {
		t.Errorf("report in 简体: %q", got)
	}
	if _, err := Print(context.Background(), sp, threePages, Options{Printer: "Lab", Copies: 2}); err != nil || sp.to != "Lab" || len(sp.sent) != 3 {
		t.Errorf("to Lab: %v, sent %v to %q", err, sp.sent, sp.to)
	}
	sp.listErr = errors.New("boom")
	if _, err := Print(context.Background(), sp, threePages, Options{}); err == nil || err.Error() != "boom" {
		t.Errorf("a failed listing: %v", err)
	}
}

func TestStoppedPrinterWordedInEachLanguage(t *testing.T) {
	err := Usable(Printer{Name: "Old", State: Stopped, Accepting: true, Reason: "paper jam"})
	for l, want := range map[message.Lang]string{
		message.En:   "printer Old is stopped (paper jam): start it again in the system's printer settings (CUPS: cupsenable Old)",
		message.Hant: "印表機 Old 已停用（paper jam）：請在系統的印表機設定中重新啟用（CUPS：cupsenable Old）",
		message.Hans: "打印机 Old 已停用（paper jam）：请在系统的打印机设置中重新启用（CUPS：cupsenable Old）",
	} {
		if got := message.In(err, l); got != want {
			t.Errorf("%s: %q\nwant %q", l, got, want)
		}
	}
	if got := message.In(Usable(Printer{Name: "Old", State: Stopped}), message.En); strings.Contains(got, "()") || !strings.Contains(got, "Old is stopped:") {
		t.Errorf("without a reason: %q", got)
	}
}

func TestDescribe(t *testing.T) {
	for _, c := range []struct {
		p    Printer
		l    message.Lang
		want string
	}{
		{Printer{Name: "A", Accepting: true, Default: true}, message.En, "idle, default"},
		{Printer{Name: "A", Accepting: true, State: Printing}, message.Hant, "列印中"},
		{Printer{Name: "A", Accepting: true, State: Stopped, Reason: "paper jam", Default: true}, message.Hans, "已停用（paper jam），默认"},
		{Printer{Name: "A"}, message.En, "not accepting jobs"},
	} {
		if got := c.p.Describe(c.l); got != c.want {
			t.Errorf("%+v in %s: %q, want %q", c.p, c.l, got, c.want)
		}
	}
}
