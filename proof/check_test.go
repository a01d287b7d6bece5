package proof

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/article"
)

// Findings point at the right bytes of the source, with the line and the
// column (in characters) an editor shows, wherever the text comes from.
func TestPositions(t *testing.T) {
	src := "---\ntitle: 標題,副題\nsubtitle: \"引號 \\u201D裡\"\nlang: zh-Hant\n---\n\n" +
		"段落一,段落\n\n" +
		"## 標題到到\n\n" +
		"> 引文在在這裡\n\n" +
		"- 清單:項目\n  - 巢狀;項目\n\n" +
		"| 甲,乙 | 丙 |\n| --- | --- |\n| 丁!戊 | 己 |\n\n" +
		"實體&amp;,之後\n\n" +
		"![圖](a.png \"圖說,文字\")\n"
	a, err := article.Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	type pos struct {
		rule      Rule
		text      string
		line, col int
	}
	want := []pos{
		{HalfWidth, ",", 2, 10},
		{QuoteSpace, `subtitle: "引號 \u201D裡"`, 3, 1}, // a YAML escape: the whole field
		{HalfWidth, ",", 7, 4},
		{Doubled, "到到", 9, 6},
		{Doubled, "在在", 11, 5},
		{HalfWidth, ":", 13, 5},
		{HalfWidth, ";", 14, 7},
		{HalfWidth, ",", 16, 4},
		{HalfWidth, "!", 18, 4},
		{HTMLDebris, "&amp;", 20, 3},
		{HalfWidth, ",", 20, 8},
		{HalfWidth, ",", 22, 15},
	}
	fs := Check(a, Options{Rules: []Rule{HalfWidth, QuoteSpace, Doubled, HTMLDebris}})
	if len(fs) != len(want) {
		t.Fatalf("got %d findings, want %d: %q", len(fs), len(want), brief(a, fs))
	}
	for i, f := range fs {
		w := want[i]
		got := string(a.Source[f.Span.Start:f.Span.End])
		if f.Rule != w.rule || got != w.text || f.Line != w.line || f.Col != w.col {
			t.Errorf("finding %d: %s %q at %d:%d, want %s %q at %d:%d", i, f.Rule, got, f.Line, f.Col, w.rule, w.text, w.line, w.col)
		}
		if l, c := a.Position(f.Span.Start); l != f.Line || c != f.Col {
			t.Errorf("finding %d at %d:%d, article.Position says %d:%d", i, f.Line, f.Col, l, c)
		}
	}
	// Text that is not verbatim in the source gets no fix: the escaped
	// value cannot be edited in place.
	if fs[1].HasFix {
		t.Errorf("a fix inside a quoted YAML value: %+v", fs[1])
	}
}

// A byte order mark and CRLF line ends do not shift the columns.
func TestPositionsBOMAndCRLF(t *testing.T) {
	src := "\xEF\xBB\xBF---\r\ntitle: 甲,乙\r\nlang: zh-Hant\r\n---\r\n\r\n第一行,\r\n第二行,第三\r\n"
	a, err := article.Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range Check(a, Options{Rules: []Rule{HalfWidth}}) {
		got = append(got, f.String())
	}
	want := "2:9: halfwidth-punct: half-width ',' in Chinese text; use '，'|" +
		"6:4: halfwidth-punct: half-width ',' in Chinese text; use '，'|" +
		"7:4: halfwidth-punct: half-width ',' in Chinese text; use '，'"
	if strings.Join(got, "|") != want {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.ReplaceAll(want, "|", "\n"))
	}
}

// The messages come in the language asked for.
func TestLocales(t *testing.T) {
	a := parse(t, article.Hant, "傳導到到園區")
	want := map[Locale]string{
		"":                 "probably a typo",
		English:            "probably a typo",
		TraditionalChinese: "可能是筆誤",
		SimplifiedChinese:  "可能是笔误",
	}
	for loc, w := range want {
		fs := Check(a, Options{Locale: loc, Rules: []Rule{Doubled}})
		if len(fs) != 1 || !strings.Contains(fs[0].Message, w) {
			t.Errorf("locale %q: %v, want a message with %q", loc, fs, w)
		}
	}
}

// Options.Rules limits the check; no rule is left out of Rules.
func TestRuleSelection(t *testing.T) {
	a := parse(t, article.Hant, "最近,傳導到到園區")
	if fs := Check(a, Options{Rules: []Rule{Doubled}}); len(fs) != 1 || fs[0].Rule != Doubled {
		t.Errorf("only doubled-char: %v", fs)
	}
	if fs := Check(a, Options{}); len(fs) != 2 {
		t.Errorf("all rules: %v", fs)
	}
	ids := map[Rule]bool{}
	for _, r := range rules {
		ids[r.id] = true
	}
	for _, r := range Rules() {
		if !ids[r] && r != QuoteSpace {
			t.Errorf("rule %s is never run", r)
		}
	}
}
