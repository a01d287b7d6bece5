package export

import (
	"math"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
)

// wordRE reads a word of `pdftotext -bbox`: its left edge and its text.
var wordRE = regexp.MustCompile(`<word xMin="([0-9.]+)" yMin="[0-9.]+" xMax="[0-9.]+" yMax="[0-9.]+">([^<]*)</word>`)

// Where the PDF puts each word is where the layout put its first glyph,
// to 0.01 pt, on every page of every test article: the writer draws the
// laid-out document, and nothing moves on the way (poppler's reading of
// the PDF against Glyph.X).
func TestGlyphPositionsInPDF(t *testing.T) {
	needTool(t, "pdftotext")
	for _, name := range []string{"seed-tax-article.md", "taipei-sample.md", "kinsoku-stress.md", "features-hans.md"} {
		job, err := Open(filepath.Join("testdata", name), fonts.NewLibrary())
		if err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(t.TempDir(), "out.pdf")
		doc, err := job.WritePDF(out, Settings{Profile: loadTaipei(t)})
		if err != nil {
			t.Fatal(err)
		}
		checked := 0
		for i, page := range doc.Pages {
			n := strconv.Itoa(i + 1)
			b, err := exec.Command("pdftotext", "-f", n, "-l", n, "-bbox", out, "-").Output()
			if err != nil {
				t.Fatalf("pdftotext: %v", err)
			}
			// The page's glyphs in reading order, and their text.
			var glyphs []layout.Glyph
			var text []string
			for _, l := range page.Lines {
				for _, r := range l.Runs {
					for _, g := range r.Glyphs {
						glyphs = append(glyphs, g)
						text = append(text, g.Text)
					}
				}
			}
			at := 0
			for _, m := range wordRE.FindAllStringSubmatch(string(b), -1) {
				x, _ := strconv.ParseFloat(m[1], 64)
				word := unescape(m[2])
				// The next place the glyphs spell the word; a short word may
				// come again before its own place, so the first such place
				// at the word's x is the one.
				first, found := -1, -1
				for k := find(text, word, at); k >= 0; k = find(text, word, k+1) {
					if first < 0 {
						first = k
					}
					if math.Abs(x-glyphs[k].X.Points()) <= 0.01 {
						found = k
						break
					}
				}
				if first < 0 {
					continue // a word poppler put together otherwise
				}
				if found < 0 {
					t.Errorf("%s page %d: %q at x %.3f in the PDF, %.3f in the layout", name, i+1, word, x, glyphs[first].X.Points())
					continue
				}
				at = found + 1
				checked++
			}
		}
		if checked < 20 {
			t.Errorf("%s: only %d words found in the layout", name, checked)
		}
		t.Logf("%s: %d words at their laid-out places", name, checked)
	}
}

// find returns the index from which the glyph texts spell word, searching
// from at, or -1.
func find(text []string, word string, at int) int {
	for k := at; k < len(text); k++ {
		if strings.HasPrefix(word, text[k]) && strings.HasPrefix(word, strings.Join(text[k:min(len(text), k+len([]rune(word)))], "")) {
			return k
		}
	}
	return -1
}

// unescape undoes pdftotext's HTML escapes.
func unescape(s string) string {
	return strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`, "&apos;", "'").Replace(s)
}
