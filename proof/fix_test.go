package proof

import (
	"bytes"
	"strings"
	"testing"

	"github.com/paiban/paiban/article"
)

func TestApplyFixes(t *testing.T) {
	for _, tc := range []struct{ name, body, want string }{
		{"comma", "最近,上海", "最近，上海"},
		{"comma and debris", "“黨員突擊隊”,&&加班加點", "“黨員突擊隊”，加班加點"},
		{"space before quote", "“青年突擊隊隊員 ”稱號", "“青年突擊隊隊員”稱號"},
		{"doubled", "傳導到到園區", "傳導到園區"},
		{"over-conversion", "以積分形式錶現出來", "以積分形式表現出來"},
		{"entities", "他說&ldquo;好&rdquo;", "他說“好”"},
		{"blanks with the comma", "中文 , 中文", "中文，中文"},
		{"many on a line", "一,二:三;四!五?", "一，二：三；四！五？"},
		{"no safe fix", "他說：“你好。", "他說：“你好。"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := parse(t, article.Hant, tc.body)
			before := bytes.Clone(a.Source)
			got, _ := ApplyFixes(a.Source, Check(a, Options{}))
			if !bytes.Equal(a.Source, before) {
				t.Fatal("ApplyFixes changed its input")
			}
			head := string(a.Source[:len(a.Source)-len(tc.body)])
			if string(got) != head+tc.want {
				t.Errorf("got %q, want %q", strings.TrimPrefix(string(got), head), tc.want)
			}
		})
	}
}

// Overlapping fixes: the one further on is made, the other left for the
// next check; fixes at one place go in once.
func TestApplyFixesOverlap(t *testing.T) {
	src := []byte("abcdef")
	fix := func(s, e int, with string) Finding {
		return Finding{Span: article.Span{Start: s, End: e}, Fix: with, HasFix: true}
	}
	for _, tc := range []struct {
		name string
		fs   []Finding
		want string
		n    int
	}{
		{"apart", []Finding{fix(0, 1, "A"), fix(4, 5, "E")}, "AbcdEf", 2},
		{"overlapping", []Finding{fix(0, 3, "X"), fix(2, 4, "Y")}, "abYef", 1},
		{"touching", []Finding{fix(0, 2, "X"), fix(2, 4, "Y")}, "XYef", 2},
		{"two insertions at one place", []Finding{fix(3, 3, "-"), fix(3, 3, "+")}, "abc-def", 1},
		{"no fix", []Finding{{Span: article.Span{Start: 0, End: 1}}}, "abcdef", 0},
		{"out of range", []Finding{fix(4, 9, "Z")}, "abcdef", 0},
	} {
		got, n := ApplyFixes(src, tc.fs)
		if string(got) != tc.want || n != tc.n {
			t.Errorf("%s: got %q (%d), want %q (%d)", tc.name, got, n, tc.want, tc.n)
		}
	}
}
