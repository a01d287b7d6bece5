package export

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"hash/fnv"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/paiban/paiban/article"
	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/layout/pdf"
	"github.com/paiban/paiban/profile"
)

// FuzzExport runs Markdown → article → layout → PDF on arbitrary input with
// varied settings (knobs: preset, paper, punctuation compression, a column
// narrower than a glyph, half-width punctuation kept, an organisation
// footer and banner). Nothing may panic, no input may take longer than
// fuzzHangLimit, the PDF must have a page for each laid-out page and pass
// checkPDFSyntax, and qpdf --check (when installed) judges every PDF of a
// plain go test run and, while fuzzing, a sample (see qpdfSampler). The
// seeds and the inputs kept in testdata/fuzz/FuzzExport run with every go
// test.
//
// One input costs some 10 ms (compressing the PDF's font subsets is most of
// it), and a qpdf process two to four times that. Under -fuzz the engine minimises
// every input that reaches new code before fuzzing on, by default for up to
// 60 s each, and its minimiser tries a number of candidates that grows with
// the square of the input's length: at 10 ms an input that is a few hundred
// bytes long always takes the whole minute, and a new input is found almost
// at once, so the fuzzer never got past minimising (the "stall after 9
// execs"). The target therefore lowers -fuzzminimizetime to minimizeBudget
// unless the command line sets it.
func FuzzExport(f *testing.F) {
	// Small seeds: whole articles are judged by the corpus tests, and the
	// fuzzer mutates (and minimises) short inputs far faster.
	for _, name := range []string{"seed-tax-article.md", "taipei-sample.md", "kinsoku-stress.md", "features-hans.md"} {
		src, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src[:min(len(src), 600)], uint16(0))
	}
	f.Add([]byte("---\ntitle: 「\n---\n\n「（《“‘"), uint16(7))
	f.Add([]byte("| a |\n|---|\n| ——————…… |\n\n> > > - - 1. 深"), uint16(3))
	f.Add([]byte("# 標題\n\n[連結(1)\\](https://example.com/a(b)c\\d)和![圖](hall.png \"說明\")。"), uint16(0x100))
	prof, err := profile.Load(filepath.Join("testdata", "profile-shanghai-tax.yaml"))
	if err != nil {
		f.Fatal(err)
	}
	limitMinimizing()
	lib := fonts.NewLibrary()
	qpdf := newQPDFSampler(f.TempDir())
	f.Fuzz(func(t *testing.T, src []byte, knobs uint16) {
		if len(src) > 4<<10 {
			return
		}
		defer watch(src, knobs)()
		a, err := article.Parse(src)
		if err != nil {
			return
		}
		presets := []layout.Preset{layout.Medium, layout.Large, layout.Small, layout.GBT9704}
		s := Settings{Preset: presets[knobs&3], Paper: layout.Papers[knobs>>2&3],
			Compression: layout.Compression((knobs >> 4 & 3) % 3), KeepHalfWidth: knobs&0x80 != 0,
			AllowMissing: true}
		if s.Preset.Official {
			s.Paper, s.Margins = layout.A4, layout.GBT9704Margins
		}
		if knobs&0x40 != 0 { // a column narrower than a glyph
			s.Margins = layout.Margins{Top: layout.Mm(20), Bottom: layout.Mm(30), Left: layout.Mm(100), Right: layout.Mm(100)}
		}
		if knobs&0x100 != 0 {
			s.Profile = prof
		}
		j := &Job{Article: a, Path: "fuzz.md", Dir: "testdata", Fonts: lib}
		im := fuzzImages{images{j.Dir}}
		opt := j.Options(s)
		opt.Images = im
		doc := layout.Layout(a, fonts.NewChain(lib, Region(a)), opt)
		if err := j.Check(doc, s); err != nil {
			return // a figure that cannot be used
		}
		var buf bytes.Buffer
		info := pdf.Info{Title: a.Meta.Title, Author: s.Profile.Organisation, Subject: a.Meta.Subtitle,
			Keywords: strings.Join(a.Meta.Keywords, ", "), Creator: "Paiban " + Version}
		if err := pdf.Write(&buf, doc, lib, im, info); err != nil {
			return // a figure that cannot be read, for instance
		}
		st, err := checkPDFSyntax(buf.Bytes())
		if err != nil {
			t.Fatalf("the PDF is malformed: %v", err)
		}
		if st.pages != len(doc.Pages) {
			t.Fatalf("the PDF has %d pages, the layout %d", st.pages, len(doc.Pages))
		}
		if err := qpdf.check(buf.Bytes(), st.shape); err != nil {
			t.Fatal(err)
		}
	})
}

// fuzzHangLimit is the time one input of at most 4 KB may take, far beyond
// the milliseconds it needs, even with the race detector on a busy machine.
const fuzzHangLimit = 20 * time.Second

// watch ends the process when the input it is started for runs longer than
// fuzzHangLimit, after printing the input and every goroutine's stack: the
// fuzz engine has no time limit of its own for an input, and records a
// worker that exits as a failure with the input it was running. The caller
// calls the function returned when the input is done.
func watch(src []byte, knobs uint16) (done func() bool) {
	return time.AfterFunc(fuzzHangLimit, func() {
		stacks := make([]byte, 1<<20)
		stacks = stacks[:runtime.Stack(stacks, true)]
		fmt.Fprintf(os.Stderr, "FuzzExport: still running after %v (a hang) on knobs %#x and input\n%q\n\n%s\n",
			fuzzHangLimit, knobs, src, stacks)
		os.Exit(3)
	}).Stop
}

// minimizeBudget is the -fuzzminimizetime FuzzExport sets when the command
// line gives none: 100 candidates, a second or so, enough for the
// minimiser's first step (cutting the tail off in halves), which does most
// of its good. A failing input is saved as far as it got; give
// -fuzzminimizetime 60s to minimise one further.
const minimizeBudget = "100x"

// limitMinimizing sets -test.fuzzminimizetime to minimizeBudget when this is
// a fuzzing run and the flag was not given. It must run before f.Fuzz, where
// the fuzz engine reads it.
func limitMinimizing() {
	set := false
	flag.Visit(func(fl *flag.Flag) { set = set || fl.Name == "test.fuzzminimizetime" })
	if fz := flag.Lookup("test.fuzz"); !set && fz != nil && fz.Value.String() != "" {
		if err := flag.Set("test.fuzzminimizetime", minimizeBudget); err != nil {
			panic(err)
		}
	}
}

// fuzzImages gives the fuzzer the figures in testdata and nothing else: a
// path in a fuzzed article must not read the machine's files (a FIFO such as
// /dev/stdin would block for ever, /dev/zero is endless).
type fuzzImages struct{ images }

func (im fuzzImages) ImageSize(path string) (int, int, error) {
	if !filepath.IsLocal(filepath.FromSlash(path)) {
		return 0, 0, errors.New("not under testdata")
	}
	return im.images.ImageSize(path)
}

func (im fuzzImages) ImageData(path string) ([]byte, error) {
	if !filepath.IsLocal(filepath.FromSlash(path)) {
		return nil, errors.New("not under testdata")
	}
	return im.images.ImageData(path)
}

// qpdfSampler runs qpdf --check on PDFs. In a plain go test it checks every
// PDF. In a fuzzing worker, where a qpdf process per input would cost more
// than the input itself, it checks each PDF whose shape (the names of its
// dictionary keys and object types, from checkPDFSyntax) the worker has not
// met before, and one in qpdfSample of the others, chosen by a hash of the
// PDF: checkPDFSyntax has already checked every one in-process for what a
// writer can get wrong, and qpdf adds a second, independent reading of the
// structures the fuzzer reaches.
type qpdfSampler struct {
	qpdf, dir string
	all       bool
	mu        sync.Mutex
	shapes    map[string]bool
	n         int
}

// qpdfSample is one in how many PDFs of a known shape qpdf checks while
// fuzzing.
const qpdfSample = 16

func newQPDFSampler(dir string) *qpdfSampler {
	path, _ := exec.LookPath("qpdf")
	worker := flag.Lookup("test.fuzzworker")
	return &qpdfSampler{qpdf: path, dir: dir, all: worker == nil || worker.Value.String() != "true",
		shapes: map[string]bool{}}
}

// check returns qpdf's complaint about pdf, when it is checked.
func (q *qpdfSampler) check(pdf []byte, shape string) error {
	if q.qpdf == "" {
		return nil
	}
	h := fnv.New32a()
	h.Write(pdf)
	q.mu.Lock()
	run := q.all || !q.shapes[shape] || h.Sum32()%qpdfSample == 0
	q.shapes[shape] = true
	q.n++
	out := filepath.Join(q.dir, fmt.Sprintf("fuzz-%d.pdf", q.n))
	q.mu.Unlock()
	if !run {
		return nil
	}
	if err := os.WriteFile(out, pdf, 0o644); err != nil {
		return err
	}
	defer os.Remove(out)
	if res, err := exec.Command(q.qpdf, "--check", out).CombinedOutput(); err != nil {
		return fmt.Errorf("qpdf --check: %v\n%s", err, res)
	}
	return nil
}
