package article

import (
	"strings"
	"testing"
)

// TestInlines maps the inline constructs to styled inlines (see dump).
func TestInlines(t *testing.T) {
	tests := []struct {
		name string
		md   string
		want string
	}{
		{"emphasis", "甲*乙*丙", `P "甲" I"乙" "丙"`},
		{"strong", "甲**乙**丙", `P "甲" B"乙" "丙"`},
		{"underscores", "a _b_ __c__", `P "a " I"b" " " B"c"`},
		{"nested styles combine", "*斜**粗斜**斜*", `P I"斜" BI"粗斜" I"斜"`},
		{"triple delimiters", "***粗斜***", `P BI"粗斜"`},
		{"code span", "用 `go test` 測", `P "用 " C"go test" " 測"`},
		{"code span inside strong", "**粗`碼`**", `P B"粗" BC"碼"`},
		{"code span is verbatim", "`*a* &amp; \\*`", `P C"*a* &amp; \\*"`},
		{"code span line end becomes a space", "`a\nb`", `P C"a" C" " C"b"`},
		{"link", "見[官網](https://x.org \"標題\")。", `P "見" L(https://x.org)"官網" "。"`},
		{"styled link text", "[**粗**與*斜*](http://u)", `P BL(http://u)"粗" L(http://u)"與" IL(http://u)"斜"`},
		{"reference link", "[甲][r]\n\n[r]: https://x.org/p", `P L(https://x.org/p)"甲"`},
		{"link destination escapes decoded", "[a](https://x.org/x\\_y?a=1&amp;b=2)", `P L(https://x.org/x_y?a=1&b=2)"a"`},
		{"URL autolink", "<https://x.org/a>", `P L(https://x.org/a)"https://x.org/a"`},
		{"email autolink", "<me@x.org>", `P L(mailto:me@x.org)"me@x.org"`},
		{"backslash escape", "1\\*2", `P "1" "*" "2"`},
		{"entity", "甲 &amp; 乙", `P "甲 " "&" " 乙"`},
		{"numeric references", "&#20013;&#x6587;", `P "中" "文"`},
		{"invalid reference is text", "&#0; &nope; &amp", `P "�" " &nope; &amp"`},
		{"literal && stays", "隊”,&&加班", `P "隊”,&&加班"`},
		{"hard break with two spaces", "甲  \n乙", `P "甲" BR "乙"`},
		{"hard break with a backslash", "甲\\\n乙", `P "甲" BR "乙"`},
		{"hard break keeps the style", "*甲  \n乙*", `P I"甲" BR I"乙"`},
		{"hard break with CRLF", "甲  \r\n乙\\\r\n丙", `P "甲" BR "乙" BR "丙"`},
		{"no hard break at the end", "甲  ", `P "甲"`},
		{"unmatched delimiters are text", "2*3 = 6 和 [甲", `P "2*3 = 6 和 [甲"`},
		{"NUL becomes U+FFFD", "a\x00b", "P \"a\" \"\uFFFD\" \"b\""},
		{"full-width indent trimmed", "　　第一段。", `P "第一段。"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustParse(t, fm(tt.md))
			if got := dump(a.Blocks); got != tt.want {
				t.Errorf("%q:\n got: %s\nwant: %s", tt.md, got, tt.want)
			}
		})
	}
}

// TestInlineExact checks which inlines are exact, and that each inline's
// span holds its source.
func TestInlineExact(t *testing.T) {
	tests := []struct {
		md string
		// each inline as "text=source" where the source differs from the
		// text (so the inline is inexact), or "text" when it is exact
		want []string
	}{
		{"純文字 plain text", []string{"純文字 plain text"}},
		{"甲*乙*丙", []string{"甲", "乙", "丙"}},
		{"a\\*b", []string{"a", `*=\*`, "b"}},
		{"x &amp; y", []string{"x ", "&=&amp;", " y"}},
		{"word\nword", []string{"word", " =\n", "word"}},
		{"中文\n中文", []string{"中文", "中文"}},
		{"甲  \n乙", []string{"甲", "=  ", "乙"}},
		{"[連結](u)", []string{"連結"}},
		{"<https://x.org>", []string{"https://x.org"}},
		{"`c`", []string{"c"}},
		{"2*3 [甲 _乙", []string{"2*3 [甲 _乙"}},
	}
	for _, tt := range tests {
		src := fm(tt.md)
		a := mustParse(t, src)
		var got []string
		forEachInline(a.Blocks, func(in Inline) {
			s := src[in.Span.Start:in.Span.End]
			if in.Exact {
				got = append(got, in.Text)
			} else {
				got = append(got, in.Text+"="+s)
			}
		})
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q: inlines %q, want %q", tt.md, got, tt.want)
		}
	}
}

// TestInlineSpans checks that a span points at its text in the file, front
// matter included, for text in every kind of container.
func TestInlineSpans(t *testing.T) {
	src := "---\ntitle: 標題\nlang: zh-Hant\n---\n\n## 小*標*\n\n> 引**文**\n\n- 項`碼`\n  1. [深](u)\n\n段 &amp; 落\n"
	a := mustParse(t, src)
	var texts []string
	forEachInline(a.Blocks, func(in Inline) {
		s := src[in.Span.Start:in.Span.End]
		if in.Exact && s != in.Text {
			t.Errorf("exact %q spans %q", in.Text, s)
		}
		texts = append(texts, s)
	})
	want := "小|標|引|文|項|碼|深|段 |&amp;| 落"
	if got := strings.Join(texts, "|"); got != want {
		t.Errorf("spans hold %s, want %s", got, want)
	}
}

// TestMergeKeepsExact checks that goldmark's many Text nodes are merged
// into few inlines only where the result stays exact.
func TestMergeKeepsExact(t *testing.T) {
	a := mustParse(t, fm("a [b c] d_e f* 甲 ! ` 乙 &x 丙"))
	p := a.Blocks[0].(*Paragraph)
	if len(p.Inlines) != 1 || !p.Inlines[0].Exact {
		t.Errorf("inlines %s, want one exact inline", dumpInlines(p.Inlines))
	}
}
