package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// Every command, given bad input under --lang zh-Hant and zh-Hans, says
// what is wrong in that language: no English word of three or more letters
// reaches stderr except file names, option names (--size), the names the
// user writes in a file (front matter and profile keys) and values quoted
// from the input.
func TestNoEnglishUnderChinese(t *testing.T) {
	dir := t.TempDir()
	in := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	out := filepath.Join(dir, "out.pdf")
	art := in("art.md", "---\ntitle: 標題\n---\n\n正文。\n")
	otf := in("kai.otf", "OTTO"+strings.Repeat("\x00", 60))
	junk := in("junk.ttf", strings.Repeat("junk", 40))
	glyphless := in("glyph.md", "---\ntitle: 缺字\n---\n\n第一段\uE000落。\n")
	bads := map[string]string{ // front matter and profile YAML, one fault each
		"colon.md":    "---\ntitle: 黨建: 基層\n---\n正文\n",
		"key.md":      "---\ntitle: 甲\nsource: 乙\n- 丙\n---\n正文\n",
		"token.md":    "---\ntitle: `甲`\n---\n正文\n",
		"nocolon.md":  "---\ntitle: 甲\nsource 乙\nauthor: 丙\n---\n正文\n",
		"flow.md":     "---\ntitle: [甲\n---\n正文\n",
		"quote.md":    "---\ntitle: \"甲\nsource: 乙\n---\n正文\n",
		"tab.md":      "---\ntitle: 甲\n\tsource: 乙\n---\n正文\n",
		"anchor.md":   "---\ntitle: *甲\n---\n正文\n",
		"date.md":     "---\ndate: someday\n---\n正文\n",
		"lang.md":     "---\nlang: klingon\n---\n正文\n",
		"list.md":     "---\ntitle: [a, b]\n---\n正文\n",
		"twice.md":    "---\ntitle: a\ntitle: b\n---\n正文\n",
		"noclose.md":  "---\ntitle: 甲\n",
		"latin1.md":   "---\ntitle: caf\xe9\n---\n",
		"colon.yaml":  "slogan: 上海城市精神: 海納百川\n",
		"flow.yaml":   "phone: 1\nicp: [x\npsb: y\n",
		"field.yaml":  "fax: 1\n",
		"twice.yaml":  "phone: 1\nphone: 2\n",
		"list.yaml":   "phone: [1, 2]\n",
		"lines.yaml":  "address: |\n  上海市\n  肇嘉浜路\n",
		"ctrl.yaml":   "phone: 1\nslogan: a\x01b\n",
		"top.yaml":    "- phone: 1\n",
		"docs.yaml":   "phone: 1\n---\nphone: 2\n",
		"latin1.yaml": "organisation: caf\xe9\n",
	}
	var badArticles, badProfiles []string
	for name, content := range bads {
		p := in(name, content)
		if strings.HasSuffix(name, ".md") {
			badArticles = append(badArticles, p)
		} else {
			badProfiles = append(badProfiles, p)
		}
	}
	sort.Strings(badArticles)
	sort.Strings(badProfiles)
	nope := filepath.Join(dir, "nope.md")
	unwritable := filepath.Join(dir, "no", "such", "dir", "x.pdf")

	cases := [][]string{
		{},
		{"publish", art},
		{"export"},
		{"export", art},
		{"export", "-o", out},
		{"export", "-o", out, art, art},
		{"export", "--bogus", "-o", out, art},
		{"export", "-o"},
		{"export", "-o", out, art, "--size"},
		{"export", "--size", "特大", "-o", out, art},
		{"export", "--size=huge", "-o", out, art},
		{"export", "--paper", "A3", "-o", out, art},
		{"export", "--compress", "maybe", "-o", out, art},
		{"export", "--preset", "iso", "-o", out, art},
		{"export", "--heading-font", "1=x.ttf", "-o", out, art},
		{"export", "--allow-missing=perhaps", "-o", out, art},
		{"export", "--body-font", otf, "-o", out, art},
		{"export", "--title-font", junk, "-o", out, art},
		{"export", "--quote-font", filepath.Join(dir, "none.ttf"), "-o", out, art},
		{"export", "--body-font", "No Such Font", "-o", out, art},
		{"export", "--profile", filepath.Join(dir, "none.yaml"), "-o", out, art},
		{"export", "--profile", dir, "-o", out, art},
		{"export", "-o", out, nope},
		{"export", "-o", out, dir},
		{"export", "-o", art, art},
		{"export", "-o", unwritable, art},
		{"export", "-o", out, glyphless},
		{"layout", art},
		{"layout", "--json"},
		{"layout", "--json", "--paper", "A0", art},
		{"render", art},
		{"render", "-o", out},
		{"render", "--dpi", "5000", "-o", out, art},
		{"render", "--dpi", "fine", "-o", out, art},
		{"render", "--page", "9", "-o", out, art},
		{"render", "--page", "two", "-o", out, art},
		{"check"},
		{"check", "--fix=maybe", art},
		{"check", "--strict", art},
		{"check", nope},
		{"convert", art},
		{"convert", "--to", "s2x", "-o", out, art},
		{"convert", "--to", "s2t", art},
		{"convert", "--to", "s2t", "-o", out},
		{"convert", "--to", "s2t", "-o", art, art},
		{"convert", "--to", "s2t", "-o", unwritable, art},
		{"convert", "--to", "s2t", "-o", out, nope},
		{"print", "--pages", "5-1", art},
		{"print", "--pages", "一", art},
		{"print", "--pages", "9", art},
		{"print", "--copies", "0", art},
		{"print", "--list", art},
		{"print", art, art},
		{"export", "-o", out + "/", nope, art, art},
		{"export", "-o", out + "/", dir + "/empty/"},
		{"fonts", "extra"},
		{"fonts", "--every"},
		{"--lang"},
		{"export", "--lang", "fr", "-o", out, art},
	}
	for _, a := range badArticles {
		cases = append(cases, []string{"export", "-o", out, a}, []string{"check", a},
			[]string{"convert", "--to", "t2s", "-o", out, a})
	}
	for _, p := range badProfiles {
		cases = append(cases, []string{"export", "--profile", p, "-o", out, art},
			[]string{"layout", "--json", "--profile", p, art})
	}
	for lang, locale := range map[string]string{"zh-Hant": "zh_TW.UTF-8", "zh-Hans": "zh_CN.UTF-8"} {
		// The locale speaks the language too, for a --lang that cannot
		// be read.
		t.Setenv("LC_ALL", locale)
		for _, c := range cases {
			// The language comes first, so that a bad --lang later on is
			// reported in it.
			args := append([]string{"--lang", lang}, c...)
			if len(c) > 0 {
				args = append([]string{c[0], "--lang", lang}, c[1:]...)
			}
			code, _, stderr := run(args...)
			if code == 0 {
				t.Errorf("%s: exit 0, want a failure", strings.Join(args, " "))
				continue
			}
			if stderr == "" {
				t.Errorf("%s: exit %d and nothing said", strings.Join(args, " "), code)
				continue
			}
			if words := english(stderr, args); len(words) > 0 {
				t.Errorf("%s: English %q in\n%s", strings.Join(args, " "), words, stderr)
			}
		}
	}
	os.Remove(out)
}

// allowed are the words a Chinese message may hold: the program's name
// and its commands (names the user types, as the option names are), the
// names of formats and fonts, the keys of the front matter and the
// profile (the names the user writes, as the option names are), and the
// values the options and fields take.
var allowed = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`paiban LANG
		export layout render check convert fonts help import print bulletin
		docx doc html htm txt
		YAML PostScript PDF PNG JSON UTF TrueType OpenType CFF Markdown OpenCC Kai FangSong XiaoBiaoSong Noto
		title subtitle source author date lang keywords
		organisation address phone site_code icp psb slogan
		Letter large medium small auto off gbt9704 s2t s2tw s2hk t2s zh-Hant zh-Hans Hant Hans true false ttc ttf otf`) {
		allowed[strings.ToLower(w)] = true
	}
}

var (
	quoted  = regexp.MustCompile(`"(?:[^"\\]|\\.)*"|「[^」]*」|“[^”]*”|'[^'\n]*'`)
	option  = regexp.MustCompile(`(?:^|[^\w-])--?[a-z][a-z-]*`)
	file    = regexp.MustCompile(`[^\s（）()，、：:「」]*\.(?:md|pdf|png|yaml|ttf|ttc|otf|bak)\b`)
	word    = regexp.MustCompile(`\b[A-Za-z]{3,}\b`)
	langTag = regexp.MustCompile(`zh-[A-Za-z]+`)
)

// english returns the English words of text that are none of the
// exceptions: the arguments (file names, values), quoted values, file
// names, option names and the allowed words.
func english(text string, args []string) []string {
	byLength := append([]string(nil), args...)
	sort.Slice(byLength, func(i, j int) bool { return len(byLength[i]) > len(byLength[j]) })
	for _, a := range byLength {
		if len(a) > 1 {
			text = strings.ReplaceAll(text, a, " ")
		}
	}
	text = quoted.ReplaceAllString(text, " ")
	text = file.ReplaceAllString(text, " ")
	text = option.ReplaceAllString(text, " ")
	text = langTag.ReplaceAllString(text, " ")
	var found []string
	for _, w := range word.FindAllString(text, -1) {
		if !allowed[strings.ToLower(w)] {
			found = append(found, w)
		}
	}
	return found
}

// The help is in the --lang language, on stdout for paiban help and a
// command's --help (exit 0), on stderr for --lang alone (exit 2); options
// take -x, --x, --x=v and --x v, and "--" ends them.
func TestHelpAndOptions(t *testing.T) {
	for _, c := range []struct {
		args []string
		code int
		out  string
		err  string
	}{
		{[]string{"help", "--lang", "zh-Hant"}, 0, "用法：", ""},
		{[]string{"export", "--help", "--lang=zh-Hans"}, 0, "用法：", ""},
		{[]string{"check", "-h", "--lang", "en"}, 0, "Usage:", ""},
		{[]string{"--lang", "zh-Hant"}, 2, "", "用法："},
		{[]string{"--lang", "en", "export", "--size"}, 2, "", "--size needs a value"},
		{[]string{"--lang", "en", "render", "--dpi=x", "-o", "p.png", seed}, 2, "", `--dpi takes a number, not "x"`},
		{[]string{"--lang", "en", "check", "--fix=false", "--", "--not-an-option.md"}, 1, "", "--not-an-option.md: no such file"},
	} {
		code, stdout, stderr := run(c.args...)
		if code != c.code || !strings.Contains(stdout, c.out) || !strings.Contains(stderr, c.err) {
			t.Errorf("%v: exit %d, stdout %.60q, stderr %q; want %d, %q, %q", c.args, code, stdout, stderr, c.code, c.out, c.err)
		}
	}
}
