package textarea

import (
	"strings"
	"testing"
)

func TestPastedText(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"one line", "臺北市政府", "臺北市政府"},
		{"one line keeps its spaces", "　　臺北 ", "　　臺北 "},
		{"Word paragraphs", "第一段。\r\n第二段。\r\n", "第一段。\n\n第二段。"},
		{"WPS full-width indent", "　　第一段。\n　　第二段。\n\n\n　　第三段。", "第一段。\n\n第二段。\n\n第三段。"},
		{"ASCII indent and trailing blanks", "  first \n\tsecond\u3000", "first\n\nsecond"},
		{"old Mac line ends", "一\r二", "一\n\n二"},
		{"blank-line paragraphs kept", "第一段\n第二行\n\n第二段", "第一段\n第二行\n\n第二段"},
		{"full-width indent dropped in Markdown", "　　第一段\n\n　　第二段", "第一段\n\n第二段"},
		{"heading", "# 標題\n內文", "# 標題\n內文"},
		{"hashtag is no heading", "#話題\n內文", "#話題\n\n內文"},
		{"list", "- 甲\n- 乙", "- 甲\n- 乙"},
		{"ordered list", "1. 甲\n2. 乙", "1. 甲\n2. 乙"},
		{"a number is no list", "2024年\n3月", "2024年\n\n3月"},
		{"quote", "> 引文\n> 續", "> 引文\n> 續"},
		{"table", "| 甲 | 乙 |\n|---|---|\n| 1 | 2 |", "| 甲 | 乙 |\n|---|---|\n| 1 | 2 |"},
		{"fence keeps its indent", "```\n　　code\n```\n　　段", "```\n　　code\n```\n段"},
		{"trailing newline of one line", "一行\n", "一行\n"},
	}
	for _, c := range cases {
		if got := pastedText(c.in); got != c.want {
			t.Errorf("%s: pastedText(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

func TestVerbatimText(t *testing.T) {
	if got, want := verbatimText("　　一\r\n　　二\r"), "　　一\n　　二\n"; got != want {
		t.Errorf("verbatimText = %q, want %q", got, want)
	}
}

// Pasted text converts once: converting the result again changes nothing,
// and no carriage return is left.
func FuzzPastedText(f *testing.F) {
	for _, s := range []string{"　　第一段。\r\n　　第二段。", "# 標題\n內文", "```\n　　x\n```", "一\n\n二", "a\rb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := pastedText(s)
		if strings.Contains(once, "\r") {
			t.Fatalf("pastedText(%q) = %q keeps a carriage return", s, once)
		}
		if twice := pastedText(once); twice != once {
			t.Fatalf("pastedText(%q) = %q, but again %q", s, once, twice)
		}
	})
}
