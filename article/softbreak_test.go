package article

import "testing"

func TestSoftBreaks(t *testing.T) {
	tests := []struct {
		name string
		md   string
		want string // the paragraph's text
	}{
		{"between Han characters it vanishes", "上海市稅務\n系統", "上海市稅務系統"},
		{"after full-width punctuation", "舉措。\n「可以", "舉措。「可以"},
		{"half-width comma after Han", "最近,\n上海", "最近,上海"},
		{"curly quote before Han", "記者說:\n“組織", "記者說:“組織"},
		{"between two marks, Han nearby", "中,\n“引號”", "中,“引號”"},
		{"kana", "ひらがな\nカタカナ", "ひらがなカタカナ"},
		{"between Latin words it is a space", "soft\nbreak", "soft break"},
		{"between two marks, Latin nearby", "end.)\n(next", "end.) (next"},
		{"Han then Latin keeps a space", "導入\nAI", "導入 AI"},
		{"Latin then Han keeps a space", "YouBike\n及停車場", "YouBike 及停車場"},
		{"digit then Han keeps a space", "2018\n年", "2018 年"},
		{"Hangul keeps a space", "한국어\n문장", "한국어 문장"},
		{"across emphasis", "*黨建*\n引領", "黨建引領"},
		{"inside a link", "[上海\n稅務](u)", "上海稅務"},
		{"CRLF", "上海\r\n稅務\r\nsoft\r\nbreak", "上海稅務 soft break"},
		{"three lines", "甲\n乙\n丙", "甲乙丙"},
		{"a line of only an HTML tag gives one space", "a\n<span>\nb", "a b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustParse(t, fm(tt.md))
			if len(a.Blocks) != 1 {
				t.Fatalf("blocks:\n%s", dump(a.Blocks))
			}
			if got := inlineText(a.Blocks[0].(*Paragraph).Inlines); got != tt.want {
				t.Errorf("%q gives %q, want %q", tt.md, got, tt.want)
			}
		})
	}
}

func TestSoftBreakSpaceSpansTheLineEnd(t *testing.T) {
	src := fm("soft\r\nbreak")
	a := mustParse(t, src)
	ins := a.Blocks[0].(*Paragraph).Inlines
	if len(ins) != 3 || ins[1].Text != " " || src[ins[1].Span.Start:ins[1].Span.End] != "\r\n" || ins[1].Exact {
		t.Errorf("inlines %s; want the space to span the inexact \\r\\n", dumpInlines(ins))
	}
}

func TestJoinsWithoutSpace(t *testing.T) {
	tests := []struct {
		a, b rune
		want bool
	}{
		{'中', '文', true}, {'。', '中', true}, {'中', '，', true}, {'」', '「', true},
		{'中', ',', true}, {'%', '中', true}, {'中', '“', true},
		{'中', 'A', false}, {'A', '中', false}, {'9', '年', false},
		{'a', 'b', false}, {',', 'a', false}, {'한', '국', false},
	}
	for _, tt := range tests {
		if got := joinsWithoutSpace(tt.a, tt.b); got != tt.want {
			t.Errorf("joinsWithoutSpace(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
