package export

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/internal/testenv"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/profile"
)

// corpus lists the articles judged by pdfcheck with their profiles: the
// project's own fixtures, and the shared corpus when it is beside the
// checkout.
func corpus(t *testing.T) [][2]string {
	cases := [][2]string{
		{"testdata/seed-tax-article.md", "testdata/profile-shanghai-tax.yaml"},
		{"testdata/taipei-sample.md", "testdata/profile-taipei.yaml"},
		{"testdata/kinsoku-stress.md", "testdata/profile-taipei.yaml"},
		{"testdata/features-hans.md", "testdata/profile-shanghai-tax.yaml"},
	}
	shared := "../../shared/corpus"
	if _, err := os.Stat(shared); err == nil {
		cases = append(cases,
			[2]string{shared + "/seed-tax-article.md", shared + "/profile-shanghai-tax.yaml"},
			[2]string{shared + "/taipei-sample.md", shared + "/profile-taipei.yaml"},
			[2]string{shared + "/kinsoku-stress.md", shared + "/profile-taipei.yaml"})
	}
	return cases
}

// pdfcheck finds the independent checker; in CI its absence is a failure.
func pdfcheck(t *testing.T) string {
	tool := "../../shared/tools/pdfcheck"
	_, err1 := os.Stat(tool)
	_, err2 := exec.LookPath("pdftotext")
	testenv.Need(t, "../shared/tools/pdfcheck", err1)
	testenv.Need(t, "poppler-utils (pdftotext)", err2)
	return tool
}

// Every corpus article at every size passes pdfcheck: fonts embedded and
// not Type 3, paper, text recovered in order, 禁則, justification, and the
// footer on every page.
func TestCorpusPassesPdfcheck(t *testing.T) {
	tool := pdfcheck(t)
	lib := fonts.NewLibrary()
	dir := t.TempDir()
	for _, c := range corpus(t) {
		for _, size := range []string{"大", "中", "小"} {
			name := strings.TrimSuffix(filepath.Base(c[0]), ".md") + "-" + size
			t.Run(name, func(t *testing.T) {
				prof, err := profile.Load(c[1])
				if err != nil {
					t.Fatal(err)
				}
				preset, _ := layout.ParsePreset(size)
				job, err := Open(c[0], lib)
				if err != nil {
					t.Fatal(err)
				}
				out := filepath.Join(dir, name+".pdf")
				if _, err := job.WritePDF(out, Settings{Preset: preset, Paper: layout.A4, Profile: prof}); err != nil {
					t.Fatal(err)
				}
				res, err := exec.Command("python3", tool, out, "--source", c[0], "--profile", c[1], "--json").Output()
				var verdict struct {
					Verdict string
					Orphans struct {
						ShortLines int `json:"short_lines"`
					}
				}
				if jerr := json.Unmarshal(res, &verdict); err != nil || jerr != nil || verdict.Verdict != "PASS" {
					t.Fatalf("pdfcheck: %v %v\n%s", err, jerr, res)
				}
				// No line of one or two characters: no 孤字 last lines.
				if verdict.Orphans.ShortLines != 0 {
					t.Errorf("pdfcheck counts %d lines of one or two characters", verdict.Orphans.ShortLines)
				}
			})
		}
	}
}
