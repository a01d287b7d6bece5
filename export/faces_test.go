package export

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/internal/testenv"
	"github.com/paiban/paiban/layout"
)

// openText writes src as an article file and opens it.
func openText(t *testing.T, src string) *Job {
	t.Helper()
	path := filepath.Join(t.TempDir(), "a.md")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	job, err := Open(path, fonts.NewLibrary())
	if err != nil {
		t.Fatal(err)
	}
	return job
}

// facesOf maps each line's text to the faces its ideographs are printed in.
func facesOf(doc *layout.Document, kind layout.LineKind) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, p := range doc.Pages {
		for _, l := range p.Lines {
			if l.Kind != kind {
				continue
			}
			set := map[string]bool{}
			for _, r := range l.Runs {
				for _, g := range r.Glyphs {
					if g.Text >= "\u4e00" && g.Text <= "\u9fff" {
						set[r.Face] = true
					}
				}
			}
			out[l.Text()] = set
		}
	}
	return out
}

// needSystem skips the test where the style is not installed (CI installs
// Debian's fonts-arphic-ukai and fonts-cwtex-fs).
func needSystem(t *testing.T, style fonts.Style, region fonts.Region) string {
	t.Helper()
	spec := fonts.FindSystem(fonts.SystemDirs(), style, region)
	if spec == "" {
		testenv.Need(t, fmt.Sprintf("an installed %v font (scripts/deps.sh)", style), errors.New("none found"))
	}
	path, index, _ := fonts.ParseSpec(spec)
	name, _, err := fonts.LoadFile(path, index)
	if err != nil {
		t.Fatal(err)
	}
	return name
}

const quoteArticle = "---\ntitle: 引文測試\nlang: zh-Hant\n---\n\n本局今日發布新聞稿。\n\n> 市長表示：「我們希望讓每一位市民都能在家完成申請。」\n\n正文續接。\n"

// A block quote is printed in the installed Kai face, the body around it
// in the embedded serif; with NoSystemFonts the quote is serif too. The PDF
// embeds the Kai face.
func TestQuoteInKai(t *testing.T) {
	kai := needSystem(t, fonts.Kai, fonts.Traditional)
	job := openText(t, quoteArticle)
	doc := job.Layout(Settings{Preset: layout.Medium, Paper: layout.A4})
	quoted := 0
	for text, faces := range facesOf(doc, layout.KindBody) {
		want := fonts.SerifTC
		if strings.Contains(text, "市長") {
			want = kai
			quoted++
		}
		if len(faces) != 1 || !faces[want] {
			t.Errorf("%q printed in %v, want %s", text, faces, want)
		}
	}
	if quoted == 0 {
		t.Fatal("no quote line found")
	}
	plain := job.Layout(Settings{Preset: layout.Medium, Paper: layout.A4, NoSystemFonts: true})
	for text, faces := range facesOf(plain, layout.KindBody) {
		if len(faces) != 1 || !faces[fonts.SerifTC] {
			t.Errorf("without system fonts %q printed in %v", text, faces)
		}
	}

	needTool(t, "pdffonts")
	out := filepath.Join(t.TempDir(), "quote.pdf")
	if _, err := job.WritePDF(out, Settings{Preset: layout.Medium, Paper: layout.A4}); err != nil {
		t.Fatal(err)
	}
	list, err := exec.Command("pdffonts", out).CombinedOutput()
	if err != nil {
		t.Fatalf("pdffonts: %v\n%s", err, list)
	}
	if !strings.Contains(string(list), "+"+kai) {
		t.Errorf("the Kai face %s is not embedded:\n%s", kai, list)
	}
}

// A face the user chose for quotes wins over the installed Kai; a face that
// lacks one of the quote's ideographs is not used for the quote at all.
func TestQuoteFontChoices(t *testing.T) {
	job := openText(t, quoteArticle)
	s := Settings{Preset: layout.Medium, Paper: layout.A4, QuoteFont: fonts.SansBoldTC}
	for text, faces := range facesOf(job.Layout(s), layout.KindBody) {
		if strings.Contains(text, "市長") && (len(faces) != 1 || !faces[fonts.SansBoldTC]) {
			t.Errorf("chosen quote face not used: %q in %v", text, faces)
		}
	}

	face, err := job.Fonts.Face(fonts.SerifTC)
	if err != nil {
		t.Fatal(err)
	}
	if !covers(face, "市長表示") || covers(face, "市長\U0002A6D6") {
		t.Error("covers is wrong about the embedded serif")
	}
}

// On the GB/T 9704 page each heading level has its face: 黑體 for ##, Kai
// for ###, FangSong for #### where installed (the embedded faces otherwise).
func TestOfficialHeadingFaces(t *testing.T) {
	kai := needSystem(t, fonts.Kai, fonts.Traditional)
	fang := needSystem(t, fonts.FangSong, fonts.Traditional)
	job := openText(t, "---\ntitle: 關於推進數位服務的通知\nlang: zh-Hant\n---\n\n## 一、總體要求\n\n各單位應當按時完成。\n\n### （一）工作目標\n\n本年度完成各項服務。\n\n#### 1.服務範圍\n\n包括交通與醫療。\n")
	s := Settings{Preset: layout.GBT9704, Paper: layout.A4, Margins: layout.GBT9704Margins}
	want := map[string]string{"一、總體要求": fonts.SansBoldTC, "（一）工作目標": kai, "1.服務範圍": fang}
	got := facesOf(job.Layout(s), layout.KindHeading)
	for text, face := range want {
		if f := got[text]; len(f) != 1 || !f[face] {
			t.Errorf("heading %q printed in %v, want %s", text, f, face)
		}
	}
	// The body is FangSong too, where the installed face has every character.
	for text, faces := range facesOf(job.Layout(s), layout.KindBody) {
		if len(faces) != 1 || !faces[fang] {
			t.Errorf("official body %q printed in %v, want %s", text, faces, fang)
		}
	}
}
