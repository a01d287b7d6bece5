package export

import (
	"bytes"
	"compress/zlib"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
)

// bulletinArticles are the fixtures bulletins are made of, taken in turn.
var bulletinArticles = []string{"seed-tax-article.md", "taipei-sample.md", "kinsoku-stress.md"}

// bulletinTexts are n articles made from the fixtures: the three whole for
// n = 3 or fewer, otherwise each cut into parts of whole blocks (the seed
// article into n-4, the two others into two), so that no text comes twice
// and every article is found in the PDF where it is, not in a copy. With
// copies set, the fixtures are taken whole in turn, n of them.
func bulletinTexts(t testing.TB, n int, copies bool) []string {
	t.Helper()
	var out []string
	parts := map[string]int{"seed-tax-article.md": max(1, n-4), "taipei-sample.md": 2, "kinsoku-stress.md": 2}
	for i := range n {
		name := bulletinArticles[i%len(bulletinArticles)]
		src, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		text := string(src)
		if n <= len(bulletinArticles) || copies {
			out = append(out, retitle(text, fmt.Sprintf("（第%d篇）", i+1)))
			continue
		}
		if i >= len(bulletinArticles) {
			continue
		}
		_, rest, _ := strings.Cut(text[4:], "\n---\n")
		head := text[:len(text)-len(rest)]
		blocks := strings.Split(strings.TrimSpace(rest), "\n\n")
		k := parts[name]
		for j := range k {
			part := blocks[j*len(blocks)/k : (j+1)*len(blocks)/k]
			out = append(out, retitle(head, fmt.Sprintf("（之%d）", j+1))+"\n"+strings.Join(part, "\n\n")+"\n")
		}
	}
	return out
}

// retitle adds mark to the title of an article's text.
func retitle(text, mark string) string {
	return regexp.MustCompile(`(?m)^title: (.*)$`).ReplaceAllString(text, "title: ${1}"+mark)
}

// writeBulletin writes a bulletin of the articles texts into dir and
// returns its file and the articles' files, in order.
func writeBulletin(t testing.TB, dir string, texts []string, extra string) (string, []string) {
	t.Helper()
	var files []string
	for i, text := range texts {
		name := fmt.Sprintf("a%02d.md", i+1)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, filepath.Join(dir, name))
	}
	yaml := `name: 稅務工作動態
issue: 5
total: 123
editor: 國家稅務總局上海市稅務局辦公室
date: 2024-06-06
lang: zh-Hant
classification: 內部資料 注意保存
serial: "000123"
note: 本期刊登基層黨建、智慧城市與排版測試等文章，供各單位參閱。
articles:
`
	for i := range files {
		yaml += fmt.Sprintf("  - a%02d.md\n", i+1)
	}
	yaml += `report: [國家稅務總局辦公廳]
send: [市委辦公廳, 市政府辦公廳]
distribute: [各區稅務局, 局內各處室]
copies: 80
` + extra
	path := filepath.Join(dir, "bulletin.yaml")
	if err := os.WriteFile(path, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, files
}

// pageTexts is what pdftotext reads on each page, its white space removed.
func pageTexts(t *testing.T, pdf string, pages int) []string {
	t.Helper()
	var out []string
	for p := 1; p <= pages; p++ {
		b, err := exec.Command("pdftotext", "-raw", "-f", strconv.Itoa(p), "-l", strconv.Itoa(p), pdf, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, squash(string(b)))
	}
	return out
}

func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// titleOf reads an article file's title.
func titleOf(t *testing.T, path string) string {
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^title: (.*)$`).FindSubmatch(src)
	return squash(string(m[1]))
}

// TestBulletinAsPrinted exports bulletins of three and ten articles and
// reads them back with poppler: the masthead in order on page 1, the
// contents' page numbers where the titles print, the distribution block
// ending the last page, every article's text in order (pdfcheck).
func TestBulletinAsPrinted(t *testing.T) {
	needTool(t, "pdftotext")
	lib := fonts.NewLibrary()
	for _, c := range []struct {
		n    int
		size string
	}{{3, "中"}, {10, "中"}, {3, "大"}, {10, "小"}} {
		n := c.n
		t.Run(fmt.Sprintf("%d-%s", c.n, c.size), func(t *testing.T) {
			preset, err := layout.ParsePreset(c.size)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			path, files := writeBulletin(t, dir, bulletinTexts(t, n, false), "")
			job, err := OpenBulletin(path, lib)
			if err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(dir, "b.pdf")
			doc, err := job.WritePDF(out, Settings{Preset: preset, Paper: layout.A4})
			if err != nil {
				t.Fatal(err)
			}
			pages := pageTexts(t, out, len(doc.Pages))

			// The masthead, in order.
			at := 0
			for _, s := range []string{"內部資料注意保存", "稅務工作動態", "第5期（總第123期）", "國家稅務總局上海市稅務局辦公室", "2024年6月6日", "目錄"} {
				i := strings.Index(pages[0][at:], s)
				if i < 0 {
					t.Fatalf("page 1: %q missing after byte %d of\n%s", s, at, pages[0])
				}
				at += i + len(s)
			}

			// The contents.
			for i, f := range files {
				title := titleOf(t, f)
				m := regexp.MustCompile(regexp.QuoteMeta(title) + `…*(\d+)`).FindStringSubmatch(pages[0])
				if m == nil {
					t.Fatalf("article %d: %q not in the contents", i+1, title)
				}
				said, _ := strconv.Atoi(m[1])
				printed := 0
				for p, text := range pages {
					c := strings.Count(text, title)
					if p == 0 {
						c-- // the contents line
					}
					if c > 0 {
						printed = p + 1
						break
					}
				}
				if said != printed {
					t.Errorf("article %d: contents say page %d, its title prints on %d", i+1, said, printed)
				}
			}

			// The distribution block ends the last page, before its number.
			last := pages[len(pages)-1]
			tail := regexp.MustCompile(`報：國家稅務總局辦公廳。送：市委辦公廳，市政府辦公廳。發：各區稅務局，局內各處室。（共印80份）—\d+—$`)
			if !tail.MatchString(last) {
				t.Errorf("the last page ends …%s", last[max(0, len(last)-200):])
			}
			checkCopiesAtFoot(t, out, len(doc.Pages), preset)

			// Every article's text, in order, and the checks of one article.
			tool := pdfcheck(t)
			args := []string{tool, out, "--json"}
			for _, f := range files {
				args = append(args, "--source", f)
			}
			res, err := exec.Command("python3", args...).Output()
			var verdict struct{ Verdict string }
			if jerr := json.Unmarshal(res, &verdict); err != nil || jerr != nil || verdict.Verdict != "PASS" {
				t.Errorf("pdfcheck: %v %v\n%s", err, jerr, res)
			}
		})
	}
}

// checkCopiesAtFoot checks that （共印80份） is the lowest text of the last
// page but its number, inside the foot of the type area.
func checkCopiesAtFoot(t *testing.T, pdf string, pages int, preset layout.Preset) {
	t.Helper()
	b, err := exec.Command("pdftotext", "-bbox", "-f", strconv.Itoa(pages), "-l", strconv.Itoa(pages), pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	words := regexp.MustCompile(`yMax="([\d.]+)">([^<]*)</word>`).FindAllStringSubmatch(string(b), -1)
	var copies float64
	for _, w := range words {
		if strings.Contains(w[2], "共印") {
			copies, _ = strconv.ParseFloat(w[1], 64)
		}
	}
	bottom := layout.A4.Height.Points() - layout.DefaultMargins.Bottom.Points()
	if copies > bottom || copies < bottom-2*preset.Pitch.Points() {
		t.Errorf("（共印80份） ends at y = %.1f pt, want at the foot of the type area (%.1f pt)", copies, bottom)
	}
	for _, w := range words {
		y, _ := strconv.ParseFloat(w[1], 64)
		if y > copies+1 && !strings.Contains(w[2], "—") && !regexp.MustCompile(`^\d+$`).MatchString(w[2]) {
			t.Errorf("%q below （共印80份）", w[2])
		}
	}
}

// colourOps returns the colour operators of every content stream of the
// PDF at path: "0.00 1.00 1.00 0.00 k" and the like.
func colourOps(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`(?m)^[\d.]+ [\d.]+ [\d.]+(?: [\d.]+)? (?:k|K|rg|RG|g|G|sc|SC|scn|SCN)$`)
	var ops []string
	for _, m := range regexp.MustCompile(`(?s)stream\r?\n(.*?)endstream`).FindAllSubmatch(data, -1) {
		z, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			continue
		}
		s, err := io.ReadAll(z)
		if err != nil || !bytes.Contains(s, []byte(" Tf")) {
			continue // not a page's content
		}
		for _, op := range re.FindAllString(string(s), -1) {
			ops = append(ops, op)
		}
	}
	return ops
}

// The masthead's red is CMYK (0, 100, 100, 0) in the content stream, for
// text and rule; a mono bulletin has no colour at all: greys only.
func TestBulletinRedIsCMYK(t *testing.T) {
	lib := fonts.NewLibrary()
	for _, mono := range []bool{false, true} {
		dir := t.TempDir()
		extra := ""
		if mono {
			extra = "mono: true\n"
		}
		path, _ := writeBulletin(t, dir, bulletinTexts(t, 3, false), extra)
		job, err := OpenBulletin(path, lib)
		if err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, "b.pdf")
		if _, err := job.WritePDF(out, Settings{Preset: layout.Medium, Paper: layout.A4}); err != nil {
			t.Fatal(err)
		}
		ops := colourOps(t, out)
		if len(ops) == 0 {
			t.Fatal("no colour operators found: is the stream read?")
		}
		var fill, stroke, other int
		for _, op := range ops {
			f := strings.Fields(op)
			switch {
			case op == "0.00 1.00 1.00 0.00 k":
				fill++
			case op == "0.00 1.00 1.00 0.00 K":
				stroke++
			case (f[3] == "rg" || f[3] == "RG") && f[0] == f[1] && f[1] == f[2]:
				// a grey
			default:
				other++
				t.Errorf("mono %v: colour %q", mono, op)
			}
		}
		if mono && fill+stroke > 0 {
			t.Errorf("mono: %d red fills and %d red strokes", fill, stroke)
		}
		if !mono && (fill == 0 || stroke == 0) {
			t.Errorf("colour: %d CMYK red fills and %d strokes, want the name and the rule", fill, stroke)
		}
	}
}

// The example bulletin of the guides exports and passes pdfcheck.
func TestExampleBulletin(t *testing.T) {
	tool := pdfcheck(t)
	job, err := OpenBulletin("testdata/bulletin.yaml", fonts.NewLibrary())
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "b.pdf")
	if _, err := job.WritePDF(out, Settings{Preset: layout.Medium, Paper: layout.A4}); err != nil {
		t.Fatal(err)
	}
	args := []string{tool, out}
	for _, e := range job.Bulletin.Articles {
		args = append(args, "--source", job.Bulletin.ArticlePath(e))
	}
	if res, err := exec.Command("python3", args...).CombinedOutput(); err != nil {
		t.Errorf("pdfcheck: %v\n%s", err, res)
	}
}

// A character no font has stops the export with its place in its own
// article, not in the bulletin file.
func TestBulletinMissingGlyphIsPlacedInItsArticle(t *testing.T) {
	dir := t.TempDir()
	texts := bulletinTexts(t, 3, false)
	texts[1] = "---\ntitle: 第二篇\nlang: zh-Hant\n---\n\n第一段。\n\n第二段有\U00013000字。\n"
	path, files := writeBulletin(t, dir, texts, "")
	job, err := OpenBulletin(path, fonts.NewLibrary())
	if err != nil {
		t.Fatal(err)
	}
	_, err = job.WritePDF(filepath.Join(dir, "b.pdf"), Settings{Preset: layout.Medium, Paper: layout.A4})
	if err == nil || !strings.Contains(err.Error(), files[1]+":8:5: ") {
		t.Errorf("got %v, want the character at %s:8:5", err, files[1])
	}
	if _, err := os.Stat(filepath.Join(dir, "b.pdf")); err == nil {
		t.Error("a PDF was written")
	}
	_, err = job.WritePDF(filepath.Join(dir, "b.pdf"), Settings{Preset: layout.Medium, Paper: layout.A4, AllowMissing: true})
	if err != nil {
		t.Errorf("allowed: %v", err)
	}
}
