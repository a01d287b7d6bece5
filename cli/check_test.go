package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/paiban/paiban/article"
)

// copySeed copies the seed article into a temporary folder.
func copySeed(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	return write(t, "seed.md", string(b))
}

var findingLine = regexp.MustCompile(`^(.+):(\d+):(\d+): ([a-z-]+): (.+)$`)

func TestCheck(t *testing.T) {
	clean := write(t, "clean.md", "---\ntitle: 標題\nlang: zh-Hant\n---\n\n最近，上海的稅務局常常開會。\n")
	dirty := copySeed(t)
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stdout []string // each must appear
		stderr string
	}{
		{"clean", []string{"check", clean}, 0, nil, ""},
		{"findings", []string{"check", dirty}, 1, []string{
			dirty + ":2:14: halfwidth-punct: half-width ':' in Chinese text; use '：'",
			dirty + ":36:50: html-debris: stray \"&&\"",
			dirty + ":38:50: doubled-char: \"到到\" is doubled",
			dirty + ":48:77: quote-space: space before closing '”'",
		}, ""},
		{"Traditional messages", []string{"check", "--lang", "zh-Hant", dirty}, 1, []string{"「到到」重複，可能是筆誤"}, ""},
		{"Simplified messages, flag after the file", []string{"check", dirty, "--lang=zh-Hans"}, 1, []string{"“到到”重复，可能是笔误"}, ""},
		{"no file", []string{"check"}, 2, nil, "check takes one article file"},
		{"two files", []string{"check", clean, dirty}, 2, nil, "check takes one article file"},
		{"bad language", []string{"check", "--lang", "fr", clean}, 2, nil, `unknown language "fr"`},
		{"unknown flag", []string{"check", "--fast", clean}, 2, nil, "unknown option --fast"},
		{"missing file", []string{"check", filepath.Join(t.TempDir(), "nope.md")}, 1, nil, "nope.md: no such file"},
		{"broken front matter", []string{"check", write(t, "bad.md", "---\ndate: someday\n---\n正文")}, 1, nil, "bad.md:2:7: date"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := run(tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d\nstdout %s\nstderr %s", code, tc.code, stdout, stderr)
			}
			for _, w := range tc.stdout {
				if !strings.Contains(stdout, w) {
					t.Errorf("stdout lacks %q:\n%.2000s", w, stdout)
				}
			}
			if tc.stderr != "" && !strings.Contains(stderr, tc.stderr) {
				t.Errorf("stderr %q lacks %q", stderr, tc.stderr)
			}
			if tc.code == 0 && stdout != "" {
				t.Errorf("a clean article printed %q", stdout)
			}
		})
	}
}

// Every line is file:line:col: rule: message, in the order of the source.
func TestCheckOutputFormat(t *testing.T) {
	dirty := copySeed(t)
	code, stdout, _ := run("check", dirty)
	if code != 1 {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if len(lines) < 100 {
		t.Fatalf("only %d findings", len(lines))
	}
	last := [2]int{}
	for _, l := range lines {
		m := findingLine.FindStringSubmatch(l)
		if m == nil || m[1] != dirty {
			t.Fatalf("not file:line:col: rule: message: %q", l)
		}
		ln, _ := strconv.Atoi(m[2])
		col, _ := strconv.Atoi(m[3])
		if ln < last[0] || ln == last[0] && col < last[1] {
			t.Errorf("%q comes after %d:%d", l, last[0], last[1])
		}
		last = [2]int{ln, col}
	}
}

func TestCheckFix(t *testing.T) {
	path := copySeed(t)
	orig, _ := os.ReadFile(path)
	code, stdout, stderr := run("check", "--fix", path)
	if code > 1 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "fix(es)") || !strings.Contains(stderr, path+".bak") {
		t.Errorf("stderr %q does not tell of the fixes and the backup", stderr)
	}
	if bak, err := os.ReadFile(path + ".bak"); err != nil || string(bak) != string(orig) {
		t.Fatalf("the backup is not the original: %v", err)
	}
	fixed, _ := os.ReadFile(path)
	for _, want := range []string{"黨建引領改革：基層", "“黨員突擊隊”，加班加點", "傳導到園區", "隊員”稱號"} {
		if !strings.Contains(string(fixed), want) {
			t.Errorf("the fixed article lacks %q", want)
		}
	}
	if _, err := article.Parse(fixed); err != nil {
		t.Errorf("the fixed article does not read: %v", err)
	}
	// What is printed is what is left, and it agrees with the status.
	if (code == 1) != (stdout != "") {
		t.Errorf("exit %d with output %q", code, stdout)
	}
	// A second run has nothing left to fix and writes nothing.
	os.Remove(path + ".bak")
	code2, stdout2, stderr2 := run("check", "--fix", path)
	if code2 != code || stdout2 != stdout || stderr2 != "" {
		t.Errorf("second run: %d %q %q", code2, stdout2, stderr2)
	}
	if _, err := os.Stat(path + ".bak"); err == nil {
		t.Error("a backup written when nothing was fixed")
	}
}

// A fix leaves what it cannot fix and says so with status 1.
func TestCheckFixPartial(t *testing.T) {
	path := write(t, "partial.md", "---\nlang: zh-Hant\n---\n\n他說,“你好。\n")
	code, stdout, _ := run("check", "--fix", path)
	got, _ := os.ReadFile(path)
	if code != 1 || !strings.Contains(stdout, "unbalanced") || strings.Contains(stdout, "halfwidth") ||
		!strings.Contains(string(got), "他說，“你好。") {
		t.Errorf("exit %d, %q, file %q", code, stdout, got)
	}
}

func TestConvert(t *testing.T) {
	src := write(t, "hans.md", "---\ntitle: 党建引领改革\nlang: zh-Hans\n---\n\n机构改革，服务先行。\n\nAPP 2018\n")
	out := filepath.Join(t.TempDir(), "hant.md")
	code, stdout, stderr := run("convert", "--to", "s2tw", "-o", out, src)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	got, _ := os.ReadFile(out)
	want := "---\ntitle: 黨建引領改革\nlang: zh-Hant\n---\n\n機構改革，服務先行。\n\nAPP 2018\n"
	if string(got) != want {
		t.Errorf("converted:\n%s\nwant\n%s", got, want)
	}
	for _, w := range []string{"--- " + src, "+++ " + out, "@@ -2,2 +2,2 @@", "-title: 党建引领改革", "+title: 黨建引領改革",
		"+機構改革，服務先行。", "s2tw: 3 of 8 line(s) changed, lang zh-Hant"} {
		if !strings.Contains(stdout, w) {
			t.Errorf("stdout lacks %q:\n%s", w, stdout)
		}
	}
	// And back, over the seed article.
	back := filepath.Join(t.TempDir(), "seed-hans.md")
	if code, _, stderr := run("convert", "--to", "t2s", "-o", back, seed); code != 0 {
		t.Fatalf("t2s: exit %d: %s", code, stderr)
	}
	b, _ := os.ReadFile(back)
	a, err := article.Parse(b)
	if err != nil || a.Meta.Lang != article.Hans || !strings.Contains(a.Meta.Title, "党建引领改革") {
		t.Errorf("t2s of the seed: %v %+v", err, a.Meta)
	}
}

func TestConvertMisuse(t *testing.T) {
	src := write(t, "a.md", "正文\n")
	out := filepath.Join(t.TempDir(), "out.md")
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no --to", []string{"convert", "-o", out, src}, 2, "convert needs --to"},
		{"bad --to", []string{"convert", "--to", "s2x", "-o", out, src}, 2, `unknown conversion "s2x"`},
		{"no -o", []string{"convert", "--to", "s2t", src}, 2, "convert needs -o"},
		{"no file", []string{"convert", "--to", "s2t", "-o", out}, 2, "convert takes one article file"},
		{"missing file", []string{"convert", "--to", "s2t", "-o", out, src + ".nope"}, 1, ".nope: no such file"},
		{"unwritable", []string{"convert", "--to", "s2t", "-o", filepath.Join(t.TempDir(), "no", "dir", "x.md"), src}, 1, "writing the converted article"},
	} {
		code, _, stderr := run(tc.args...)
		if code != tc.code || !strings.Contains(stderr, tc.want) {
			t.Errorf("%s: exit %d, stderr %q; want %d, %q", tc.name, code, stderr, tc.code, tc.want)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("misuse wrote the output")
	}
}

// --lang words the command line's messages in 繁體 or 简体 as well as
// English, and the locale picks the language when it is not given.
func TestMessagesInTheUsersLanguage(t *testing.T) {
	nope := filepath.Join(t.TempDir(), "nope.md")
	for _, c := range []struct {
		args []string
		env  string
		want string
	}{
		{[]string{"export", "--lang", "zh-Hant", "-o", "x.pdf", nope}, "", "找不到這個檔案"},
		{[]string{"export", "--lang=zh-Hans", "-o", "x.pdf", nope}, "", "找不到这个文件"},
		{[]string{"export", "-o", "x.pdf", nope}, "zh_TW.UTF-8", "找不到這個檔案"},
		{[]string{"export", "-o", "x.pdf", nope}, "C.UTF-8", "no such file"},
		{[]string{"export", "--lang", "zh-Hant", "-o", seed, seed}, "", "沒有寫入任何東西"},
		{[]string{"export", "--lang", "zh-Hans", "-o", "x.pdf", write(t, "d.md", "---\ndate: someday\n---\n正文")}, "", "d.md:2:7: date 的 \"someday\" 不是日期"},
	} {
		t.Setenv("LC_ALL", "")
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANG", c.env)
		if code, _, stderr := run(c.args...); code != 1 || !strings.Contains(stderr, c.want) {
			t.Errorf("%v (LANG=%s): %d %q, want %q", c.args, c.env, code, stderr, c.want)
		}
	}
}

// The layout's warnings are worded in the --lang language too.
func TestWarningsInTheUsersLanguage(t *testing.T) {
	art := write(t, "long.md", "---\ntitle: "+strings.Repeat("很長的標題", 60)+"\n---\n\n正文。\n")
	out := filepath.Join(t.TempDir(), "out.pdf")
	code, _, stderr := run("export", "--lang", "zh-Hant", "-o", out, art)
	if code != 0 || !strings.Contains(stderr, "long.md:2:8：這個標題佔了") {
		t.Fatalf("export: %d %q", code, stderr)
	}
	code, _, stderr = run("export", "--lang", "en", "-o", out, art)
	if code != 0 || !strings.Contains(stderr, "long.md:2:8: the title takes") {
		t.Fatalf("export: %d %q", code, stderr)
	}
	// The reader's warnings too: a link printed as text, raw HTML dropped.
	links := write(t, "links.md", "---\ntitle: 甲\n---\n\n[按此](javascript:alert(1))與<b>粗</b>。\n")
	code, _, stderr = run("export", "--lang", "zh-Hans", "-o", out, links)
	for _, want := range []string{"links.md:5:1：链接 \"javascript:alert(1)\" 只打印文字：只保留 http、https、mailto 和 tel 链接", "已略去 HTML 标签 <b>"} {
		if code != 0 || !strings.Contains(stderr, want) {
			t.Errorf("export: %d %q, want %q", code, stderr, want)
		}
	}
}
