package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
)

const seed = "../export/testdata/seed-tax-article.md"
const prof = "../export/testdata/profile-shanghai-tax.yaml"

func run(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := Run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func write(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExportAndLayout(t *testing.T) {
	out := filepath.Join(t.TempDir(), "seed.pdf")
	code, stdout, stderr := run("export", "--profile", prof, "--size", "large", "-o", out, seed)
	if code != 0 || !strings.Contains(stdout, "page(s), A4 大") {
		t.Fatalf("export: %d %q %q", code, stdout, stderr)
	}
	if b, err := os.ReadFile(out); err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatalf("no PDF written: %v", err)
	}
	code, stdout, stderr = run("layout", "--json", "--size", "小", seed)
	if code != 0 {
		t.Fatalf("layout: %d %q", code, stderr)
	}
	var doc struct {
		Pages []struct {
			Lines []struct {
				Kind string
				Y    float64
				Runs []struct {
					Face string
					Size float64
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Pages) == 0 || len(doc.Pages[0].Lines) == 0 || doc.Pages[0].Lines[0].Runs[0].Face == "" {
		t.Fatalf("layout JSON lacks pages, lines or fonts: %.200s", stdout)
	}
}

// Every bad input gets one clear line per problem and a non-zero status.
func TestErrors(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.pdf")
	badYAML := write(t, "bad.yaml", "organisation: [unclosed\n")
	missing := write(t, "missing.md", "---\ntitle: 缺字\n---\n\n第一段\uE000落。\n\n第二段\uE001。\n")
	cases := []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"no such article", []string{"export", "-o", out, filepath.Join(dir, "nope.md")}, 1, []string{"nope.md: no such file"}},
		{"bad profile", []string{"export", "--profile", badYAML, "-o", out, seed}, 1, []string{"bad.yaml:1:1: "}},
		{"unknown size", []string{"export", "--size", "特大", "-o", out, seed}, 2, []string{`unknown size "特大"`}},
		{"unknown paper", []string{"export", "--paper", "A3", "-o", out, seed}, 2, []string{`unknown paper "A3"`}},
		{"no output", []string{"export", seed}, 2, []string{"-o OUT.pdf"}},
		{"unwritable output", []string{"export", "-o", filepath.Join(dir, "no", "such", "dir", "x.pdf"), seed}, 1, []string{"writing", "x.pdf"}},
		{"missing glyphs", []string{"export", "-o", out, missing}, 1, []string{"missing.md:5:4", "U+E000", "missing.md:7:4", "U+E001", "--allow-missing"}},
		{"unknown command", []string{"publish", seed}, 2, []string{`unknown command "publish"`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := run(c.args...)
			if code != c.code {
				t.Errorf("status %d, want %d (%s)", code, c.code, stderr)
			}
			for _, w := range c.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
			for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
				if !strings.HasPrefix(line, "paiban:") && !strings.HasPrefix(line, "run 'paiban help'") {
					t.Errorf("stray line %q", line)
				}
			}
		})
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a failed export left a PDF behind")
	}
	code, _, _ := run("export", "--allow-missing", "-o", out, missing)
	if code != 0 {
		t.Error("--allow-missing did not let the export through")
	}
}

// The user's own font is embedded and used for the body; a CFF font is
// refused with a message that says why.
func TestUserFonts(t *testing.T) {
	src, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	data, err := fonts.NewLibrary().Subset(fonts.SansTC, []rune(string(src)))
	if err != nil {
		t.Fatal(err)
	}
	font := write(t, "office-body.ttf", string(data))
	out := filepath.Join(t.TempDir(), "seed.pdf")
	code, _, stderr := run("export", "--body-font", font, "-o", out, seed)
	if code != 0 {
		t.Fatalf("export with a user font: %d %s", code, stderr)
	}
	code, stdout, _ := run("layout", "--json", "--body-font", font, seed)
	if code != 0 || !strings.Contains(stdout, `"Face": "office-body-`) {
		t.Fatalf("layout does not use the user font: %d %.300s", code, stdout)
	}
	otf := write(t, "kai.otf", "OTTO"+strings.Repeat("\x00", 60))
	code, _, stderr = run("export", "--title-font", otf, "-o", out, seed)
	if code != 1 || !strings.Contains(stderr, "CFF") || !strings.Contains(stderr, "TrueType") {
		t.Fatalf("CFF font: %d %s", code, stderr)
	}
	code, _, stderr = run("export", "--quote-font", otf, "-o", out, seed)
	if code != 1 || !strings.Contains(stderr, "CFF") {
		t.Fatalf("CFF quote font: %d %s", code, stderr)
	}

	// A heading level's own face prints that level only.
	heads := write(t, "heads.md", "---\ntitle: 標題\nlang: zh-Hant\n---\n\n## 一、稅務\n\n正文。\n\n### （一）稅務局\n\n正文。\n")
	code, stdout, stderr = run("layout", "--json", "--heading-font", "3="+font, "--no-system-fonts", heads)
	if code != 0 {
		t.Fatalf("layout with a heading font: %d %s", code, stderr)
	}
	var doc struct {
		Pages []struct {
			Lines []struct {
				Kind string
				Runs []struct {
					Face   string
					Glyphs []struct{ Text string }
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatal(err)
	}
	faces := map[string]string{}
	for _, l := range doc.Pages[0].Lines {
		if l.Kind == string(layout.KindHeading) {
			text, face := "", ""
			for _, r := range l.Runs {
				for _, g := range r.Glyphs {
					text += g.Text
					if g.Text == "稅" {
						face = r.Face
					}
				}
			}
			faces[text] = face
		}
	}
	if !strings.HasPrefix(faces["（一）稅務局"], "office-body-") || strings.HasPrefix(faces["一、稅務"], "office-body") {
		t.Errorf("heading faces %v: only level 3 should be office-body", faces)
	}
	for _, bad := range []string{"1=" + font, "3", "x=" + font, "3="} {
		code, _, stderr = run("export", "--heading-font", bad, "-o", out, seed)
		if code != 2 || !strings.Contains(stderr, "LEVEL=FONT") {
			t.Errorf("--heading-font %q: %d %s", bad, code, stderr)
		}
	}
}

// fonts lists the installed Chinese TrueType faces as the font options
// take them, and the listed spec works with --body-font.
func TestFontsCommand(t *testing.T) {
	data, err := fonts.NewLibrary().Subset(fonts.SerifTC, []rune("稅務局正文"))
	if err != nil {
		t.Fatal(err)
	}
	share := t.TempDir()
	dir := filepath.Join(share, "fonts", "office")
	os.MkdirAll(dir, 0o755)
	if err := os.WriteFile(filepath.Join(dir, "office.ttf"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("HOME", t.TempDir())
	t.Setenv("XDG_DATA_DIRS", share)
	code, stdout, stderr := run("fonts")
	want := filepath.Join(dir, "office.ttf") + "\tNoto Serif TC Regular\n"
	if code != 0 || stdout != want {
		t.Fatalf("fonts: %d %q %s, want %q", code, stdout, stderr, want)
	}
	spec := strings.Split(stdout, "\t")[0]
	out := filepath.Join(t.TempDir(), "a.pdf")
	if code, _, stderr := run("export", "--body-font", spec, "--allow-missing", "-o", out, seed); code != 0 {
		t.Fatalf("export with the listed font: %d %s", code, stderr)
	}
	if code, _, _ := run("fonts", "extra"); code != 2 {
		t.Errorf("fonts with an argument: exit %d, want 2", code)
	}
}
