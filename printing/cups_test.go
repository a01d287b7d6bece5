//go:build !windows

package printing

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/paiban/paiban/internal/testenv"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/message"
)

// fakeCUPS answers lp and lpstat with canned outputs, keyed by the
// command line, and records lp's arguments and input.
type fakeCUPS struct {
	out    map[string]string
	fail   map[string]string // command line → standard error of a failure
	lpArgs []string
	lpIn   []byte
}

func (f *fakeCUPS) run(_ context.Context, stdin []byte, name string, args ...string) ([]byte, []byte, error) {
	if name == "lp" {
		f.lpArgs, f.lpIn = args, stdin
	}
	key := strings.Join(append([]string{name}, args...), " ")
	if name == "lp" {
		key = "lp"
	}
	if e, ok := f.fail[key]; ok {
		return nil, []byte(e), errors.New("exit status 1")
	}
	return []byte(f.out[key]), nil, nil
}

func fakeSystem(f *fakeCUPS) *CUPS { return &CUPS{run: f.run} }

const lpstatOut = `printer Office is idle.  enabled since Thu Nov 26 09:56:43 2026
printer Lab now printing Lab-3.  enabled since Thu Nov 26 09:56:43 2026
printer Old disabled since Thu Nov 26 09:56:47 2026 -
	paper jam
Office accepting requests since Thu Nov 26 09:56:43 2026
Lab accepting requests since Thu Nov 26 09:56:43 2026
Old not accepting requests since Thu Nov 26 09:56:47 2026 -
	Rejecting Jobs
system default destination: Office
`

func TestCUPSPrinters(t *testing.T) {
	f := &fakeCUPS{out: map[string]string{
		"lpstat -r":       "scheduler is running\n",
		"lpstat -e":       "Office\nLab\nOld\n",
		"lpstat -p -a -d": lpstatOut,
	}}
	got, err := fakeSystem(f).Printers(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := []Printer{
		{Name: "Office", Default: true, State: Idle, Accepting: true},
		{Name: "Lab", State: Printing, Accepting: true},
		{Name: "Old", State: Stopped, Reason: "paper jam"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("printers\n%+v\nwant\n%+v", got, want)
	}
}

func TestCUPSNotRunningOrEmpty(t *testing.T) {
	f := &fakeCUPS{out: map[string]string{"lpstat -r": "scheduler is not running\n"}}
	if _, err := fakeSystem(f).Printers(context.Background()); !message.Is(err, noScheduler) {
		t.Errorf("scheduler not running: %v", err)
	}
	f = &fakeCUPS{out: map[string]string{"lpstat -r": "scheduler is running\n", "lpstat -e": ""}}
	ps, err := fakeSystem(f).Printers(context.Background())
	if err != nil || len(ps) != 0 {
		t.Errorf("no printers: %v, %v", ps, err)
	}
	if _, err := Print(context.Background(), fakeSystem(f), threePages, Options{}); !message.Is(err, noPrinter) {
		t.Errorf("printing with no printer: %v", err)
	}
}

func TestCUPSSend(t *testing.T) {
	f := &fakeCUPS{out: map[string]string{
		"lpstat -r":       "scheduler is running\n",
		"lpstat -e":       "Office\nLab\nOld\n",
		"lpstat -p -a -d": lpstatOut,
		"lp":              "request id is Office-42 (0 file(s))\n",
	}}
	doc := &Document{PDF: []byte("%PDF-1.7 …"), Pages: 6, Paper: layout.A5}
	job, err := Print(context.Background(), fakeSystem(f), doc, Options{Copies: 2, Pages: Pages{{1, 3}, {5, 5}}, Duplex: true, Title: "稅務"})
	if err != nil {
		t.Fatal(err)
	}
	if job != (Job{ID: "Office-42", Printer: "Office", Pages: 4, Copies: 2}) {
		t.Errorf("job %+v", job)
	}
	want := "-d Office -n 2 -t 稅務 -o collate=true -P 1-3,5 -o sides=two-sided-long-edge -o media=iso_a5_148x210mm"
	if got := strings.Join(f.lpArgs, " "); got != want || string(f.lpIn) != string(doc.PDF) {
		t.Errorf("lp %s\nwant lp %s (input %q)", got, want, f.lpIn)
	}
	if _, err := Print(context.Background(), fakeSystem(f), doc, Options{Printer: "Lab"}); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(f.lpArgs, " "); got != "-d Lab -n 1 -t Paiban -o sides=one-sided -o media=iso_a5_148x210mm" {
		t.Errorf("every page, one copy, one-sided: lp %s", got)
	}
	if _, err := Print(context.Background(), fakeSystem(f), doc, Options{Printer: "Old"}); !message.Is(err, stoppedPrinter) {
		t.Errorf("a stopped printer: %v", err)
	}
	f.out["lp"] = "something else\n"
	if _, err := Print(context.Background(), fakeSystem(f), doc, Options{}); !message.Is(err, noJobID) {
		t.Errorf("no request id: %v", err)
	}
	f.fail = map[string]string{"lp": `lp: Destination "Office" is not accepting jobs.`}
	_, err = Print(context.Background(), fakeSystem(f), doc, Options{})
	if !message.Is(err, sendFailed) || message.In(err, message.Hant) != `在 Office 列印失敗：Destination "Office" is not accepting jobs.` {
		t.Errorf("lp failing: %v", err)
	}
}

func TestRangesOf(t *testing.T) {
	if got := rangesOf([]int{1, 2, 3, 5, 7, 8}).String(); got != "1-3,5,7-8" {
		t.Errorf("rangesOf = %q", got)
	}
}

// The scheduler named by a CUPS that is not there is reported as not
// running, with real lpstat.
func TestCUPSServerMissing(t *testing.T) {
	testenv.Tool(t, "lpstat")
	c := &CUPS{Server: fmt.Sprintf("%s/no-cupsd.sock", t.TempDir())}
	_, err := c.Printers(context.Background())
	if !message.Is(err, noScheduler) {
		t.Fatalf("no scheduler: %v", err)
	}
}
