package export

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/paiban/paiban/article"
	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/layout/pdf"
)

// FuzzExport runs Markdown → article → layout → PDF on arbitrary input with
// varied settings: nothing may panic or hang, and every PDF made must pass
// qpdf --check (when qpdf is installed). Its seeds and the inputs kept in
// testdata/fuzz/FuzzExport run with every go test. Under `go test -fuzz`
// its workers stall after a few executions on this machine, although each
// input they were given runs in milliseconds alone; CI therefore fuzzes the
// article and profile readers, and this target runs on its corpus.
func FuzzExport(f *testing.F) {
	// Small seeds: whole articles are judged by the corpus tests, and a
	// fuzzer mutates short inputs far faster.
	for _, name := range []string{"seed-tax-article.md", "taipei-sample.md", "kinsoku-stress.md", "features-hans.md"} {
		src, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src[:min(len(src), 1200)], byte(0))
	}
	f.Add([]byte("---\ntitle: 「\n---\n\n「（《“‘"), byte(7))
	f.Add([]byte("| a |\n|---|\n| ——————…… |\n\n> > > - - 1. 深"), byte(3))
	lib := fonts.NewLibrary()
	qpdf, _ := exec.LookPath("qpdf")
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, src []byte, knobs byte) {
		if len(src) > 4<<10 {
			return
		}
		a, err := article.Parse(src)
		if err != nil {
			return
		}
		presets := []layout.Preset{layout.Medium, layout.Large, layout.Small, layout.GBT9704}
		opt := layout.Options{Preset: presets[knobs&3], Paper: layout.Papers[knobs>>2&3],
			Compression: layout.Compression(knobs >> 4 % 3), KeepHalfWidth: knobs&0x80 != 0,
			Simplified: a.Meta.Lang == article.Hans}
		if opt.Preset.Official {
			opt.Paper, opt.Margins = layout.A4, layout.GBT9704Margins
		}
		if knobs&0x40 != 0 { // a column narrower than a glyph
			opt.Margins = layout.Margins{Top: layout.Mm(20), Bottom: layout.Mm(30), Left: layout.Mm(100), Right: layout.Mm(100)}
		}
		doc := layout.Layout(a, fonts.NewChain(lib, Region(a)), opt)
		var buf bytes.Buffer
		if err := pdf.Write(&buf, doc, lib, images{"testdata"}, pdf.Info{Title: a.Meta.Title, Keywords: "k"}); err != nil {
			return // an image that cannot be read, for instance
		}
		if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
			t.Fatal("not a PDF")
		}
		if qpdf != "" {
			out := filepath.Join(dir, "fuzz.pdf")
			if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			if res, err := exec.Command(qpdf, "--check", out).CombinedOutput(); err != nil {
				t.Fatalf("qpdf --check: %v\n%s", err, res)
			}
		}
	})
}
