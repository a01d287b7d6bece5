package proof

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/paiban/paiban/article"
)

// readSeed parses testdata/seed-tax-article.md, the article as it was
// published with its faults.
func readSeed(t *testing.T) *article.Article {
	t.Helper()
	src, err := os.ReadFile("testdata/seed-tax-article.md")
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// The seed article's faults are all reported, and nothing that is right.
func TestSeedArticle(t *testing.T) {
	a := readSeed(t)
	fs := Check(a, Options{})
	src := a.Source
	at := func(rule Rule, text string) []Finding {
		var out []Finding
		for _, f := range fs {
			if f.Rule == rule && string(src[f.Span.Start:f.Span.End]) == text {
				out = append(out, f)
			}
		}
		return out
	}
	for _, w := range []struct {
		rule       Rule
		text, near string // near: the source right after the finding starts
	}{
		{HTMLDebris, "&&", "&&加班加點"},
		{Doubled, "到到", "到到園區"},
		{QuoteSpace, " ", " ”稱號"},
		{OverConversion, "錶現", "錶現出來"},
		{OverConversion, "貫穿于", "貫穿于稅務"},
		{OverConversion, "紮根于", "紮根于基層"},
		{HalfWidth, ":", ":基層戰鬥堡壘"}, // in the title
		{HalfWidth, "?", "?!我是"},
		{HalfWidth, "!", "!”在全系統"},
	} {
		found := false
		for _, f := range at(w.rule, w.text) {
			if bytes.HasPrefix(src[f.Span.Start:], []byte(w.near)) {
				found = true
				if !f.HasFix {
					t.Errorf("%s at %q has no fix", w.rule, w.near)
				}
			}
		}
		if !found {
			t.Errorf("no %s finding at %q", w.rule, w.near)
		}
	}
	// Every half-width comma of the article is in Chinese text.
	commas := map[int]bool{}
	for _, f := range at(HalfWidth, ",") {
		commas[f.Span.Start] = true
	}
	n := 0
	for i, c := range src {
		if c == ',' {
			n++
			if !commas[i] {
				line, col := a.Position(i)
				t.Errorf("the comma at %d:%d is not reported", line, col)
			}
		}
	}
	if n < 100 || len(commas) != n {
		t.Errorf("%d commas, %d reported", n, len(commas))
	}
	// 到到 is the only doubled character: 層層, 紛紛, 牢牢, 短短 are not.
	if d := findingsOf(fs, Doubled); len(d) != 1 {
		t.Errorf("doubled-char findings: %q", brief(a, d))
	}
	for _, r := range []Rule{Unbalanced, MixedQuotes, WrongScript, MissingGlyph, CJKSpace} {
		if got := findingsOf(fs, r); len(got) > 0 {
			t.Errorf("false %s findings: %q", r, brief(a, got))
		}
	}
}

// Fixing the seed article leaves only what needs a person: the result
// reads, and checking it again finds nothing fixable.
func TestSeedArticleFixed(t *testing.T) {
	a := readSeed(t)
	fs := Check(a, Options{})
	fixed, n := ApplyFixes(a.Source, fs)
	if n < 100 {
		t.Fatalf("only %d fixes made", n)
	}
	b, err := article.Parse(fixed)
	if err != nil {
		t.Fatalf("the fixed article does not read: %v", err)
	}
	for _, f := range Check(b, Options{}) {
		if f.HasFix {
			t.Errorf("still fixable after fixing: %s", f)
		}
	}
	for _, want := range []string{"黨建引領改革：基層", "“黨員突擊隊”，加班加點", "傳導到園區", "突擊隊隊員”稱號", "形式表現出來", "犧牲？！我"} {
		if !strings.Contains(string(fixed), want) {
			t.Errorf("the fixed article lacks %q", want)
		}
	}
}

func findingsOf(fs []Finding, r Rule) []Finding {
	var out []Finding
	for _, f := range fs {
		if f.Rule == r {
			out = append(out, f)
		}
	}
	return out
}
