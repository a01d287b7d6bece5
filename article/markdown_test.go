package article

import (
	"strings"
	"testing"
)

// TestBlocks maps each Markdown block construct to the model (see dump for
// the notation).
func TestBlocks(t *testing.T) {
	tests := []struct {
		name string
		md   string
		want string
	}{
		{"paragraphs", "一段。\n\n二段。\n", `P "一段。"
P "二段。"`},
		{"ATX headings keep their level", "# 一\n\n## 二 ##\n\n###### 六\n", `H1 "一"
H2 "二"
H6 "六"`},
		{"setext headings", "大標\n===\n\n小標\n---\n", `H1 "大標"
H2 "小標"`},
		{"empty heading", "##\n", `H2`},
		{"block quote", "> 引文\n> 續行\n\n> 二\n>\n> 三\n", `Q
  P "引文" "續行"
Q
  P "二"
  P "三"`},
		{"nested quote", "> 外\n>> 內\n", `Q
  P "外"
  Q
    P "內"`},
		{"tight unordered list", "- 甲\n- 乙\n", `UL
  LI
    P "甲"
  LI
    P "乙"`},
		{"loose ordered list with start", "3. 甲\n\n4. 乙\n", `OL3
  LI
    P "甲"
  LI
    P "乙"`},
		{"nested lists", "1. 甲\n   - 子一\n   - 子二\n2. 乙\n", `OL1
  LI
    P "甲"
    UL
      LI
        P "子一"
      LI
        P "子二"
  LI
    P "乙"`},
		{"list item with two paragraphs", "- 甲\n\n  續\n- 乙\n", `UL
  LI
    P "甲"
    P "續"
  LI
    P "乙"`},
		{"empty list item", "-\n- 乙\n", `UL
  LI
  LI
    P "乙"`},
		{"list in a quote", "> - 甲\n> - 乙\n", `Q
  UL
    LI
      P "甲"
    LI
      P "乙"`},
		{"thematic breaks", "甲\n\n---\n\n***\n\n乙\n", `P "甲"
HR
HR
P "乙"`},
		{"link reference definitions print nothing", "[甲][r]\n\n[r]: https://x.org \"T\"\n", `P L(https://x.org)"甲"`},
		{"GitHub table", "| 項目 | **數量** |\n|:---|--:|\n| 黨支部 | 31 |\n| 問題 | 197 |\n", "TABLE [1 3]\n  TR | \"項目\" | B\"數量\"\n  TR | \"黨支部\" | \"31\"\n  TR | \"問題\" | \"197\""},
		{"strikethrough without the extension keeps its text", "~~刪除~~ 文字\n", `P "~~刪除~~ 文字"`},
		{"empty body", "", ``},
		{"only blank lines", "\n\n  \n", ``},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustParse(t, fm(tt.md))
			if got := dump(a.Blocks); got != tt.want {
				t.Errorf("%q:\n got:\n%s\nwant:\n%s", tt.md, got, tt.want)
			}
			if len(a.Warnings) != 0 {
				t.Errorf("unexpected warnings %v", a.Warnings)
			}
		})
	}
}

// TestBlockSpans checks what each block's span covers.
func TestBlockSpans(t *testing.T) {
	tests := []struct {
		name string
		md   string
		want []string // src[span] of each top-level block
	}{
		{"paragraph", "甲乙\n丙丁\n\n", []string{"甲乙\n丙丁"}},
		{"ATX heading with closing hashes", "## 標題 ##  \n", []string{"## 標題 ##"}},
		{"indented ATX heading", "  ## 標題\n", []string{"## 標題"}},
		{"setext heading with its underline", "標題\n續\n===\n", []string{"標題\n續\n==="}},
		{"setext heading whose text starts with #", "#標題\n---\n", []string{"#標題\n---"}},
		{"rule", "甲\n\n* * *\n", []string{"甲", "* * *"}},
		{"quote", "> 甲\n> 乙\n\n丙\n", []string{"> 甲\n> 乙", "丙"}},
		{"list", "- 甲\n- 乙\n  - 丙\n\n丁\n", []string{"- 甲\n- 乙\n  - 丙", "丁"}},
		{"fenced code with its fences", "```go\nx := 1\n```\n\n丙\n", []string{"```go\nx := 1\n```", "丙"}},
		{"fenced code with a longer closing fence", "~~~\nx\n~~~~~\n", []string{"~~~\nx\n~~~~~"}},
		{"unclosed fenced code", "```\nx\ny\n", []string{"```\nx\ny"}},
		{"fenced code in a quote", "> ```\n> x\n> ```\n", []string{"> ```\n> x\n> ```"}},
		{"indented code", "    x\n    y\n\n丙\n", []string{"x\n    y", "丙"}},
		{"CRLF", "甲\r\n乙\r\n\r\n## 丙\r\n", []string{"甲\r\n乙", "## 丙"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := fm(tt.md)
			a := mustParse(t, src)
			var got []string
			for _, b := range a.Blocks {
				s := b.SourceSpan()
				got = append(got, src[s.Start:s.End])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("block spans hold %q, want %q", got, tt.want)
			}
		})
	}
}

func TestListItemSpans(t *testing.T) {
	src := fm("- 甲\n- 乙\n  - 丙\n")
	a := mustParse(t, src)
	l := a.Blocks[0].(*List)
	want := []string{"- 甲", "- 乙\n  - 丙"}
	for i, it := range l.Items {
		if got := src[it.Span.Start:it.Span.End]; got != want[i] {
			t.Errorf("item %d spans %q, want %q", i, got, want[i])
		}
	}
}

func TestCodeBlocks(t *testing.T) {
	tests := []struct {
		name  string
		md    string
		want  string
		exact bool // every text inline exact
	}{
		{"fenced, one inline per line", "```\nfunc main() {\n\tfmt.Println(\"*x*\")\n}\n```\n",
			`P C"func main() {" BR C"\tfmt.Println(\"*x*\")" BR C"}"`, true},
		{"markup inside code is text", "```\n# 不是標題 &amp; \\*\n```\n", `P C"# 不是標題 &amp; \\*"`, true},
		{"blank line inside gives two breaks", "```\na\n\nb\n```\n", `P C"a" BR BR C"b"`, true},
		{"trailing blank lines dropped", "```\na\n\n\n```\n", `P C"a"`, true},
		{"indented code", "    x = 1\n      y\n", `P C"x = 1" BR C"  y"`, true},
		{"CRLF", "```\r\na\r\nb\r\n```\r\n", `P C"a" BR C"b"`, true},
		{"empty code block gives nothing", "```\n```\n", ``, true},
		{"code in a list item", "- 甲\n\n      code\n", `UL
  LI
    P "甲"
    P C"code"`, true},
		{"tab split by the indentation comes back as spaces", ">\t\tcode\n", `Q
  P C"  code"`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustParse(t, fm(tt.md))
			if got := dump(a.Blocks); got != tt.want {
				t.Errorf("%q:\n got:\n%s\nwant:\n%s", tt.md, got, tt.want)
			}
			forEachInline(a.Blocks, func(in Inline) {
				if !in.Break && in.Exact != tt.exact {
					t.Errorf("%q: Exact = %v, want %v", in.Text, in.Exact, tt.exact)
				}
			})
		})
	}
}

// forEachInline calls f for every inline in blocks, depth first.
func forEachInline(blocks []Block, f func(Inline)) {
	for _, b := range blocks {
		switch b := b.(type) {
		case *Paragraph:
			for _, in := range b.Inlines {
				f(in)
			}
		case *Heading:
			for _, in := range b.Inlines {
				f(in)
			}
		case *Quote:
			forEachInline(b.Blocks, f)
		case *List:
			for _, it := range b.Items {
				forEachInline(it.Blocks, f)
			}
		}
	}
}

// TestTabAfterContainerMarker covers goldmark placing blocks too far when a
// container marker splits a tab.
func TestTabAfterContainerMarker(t *testing.T) {
	tests := []struct {
		md   string
		want string // src[span] of the quote's (or list's) first child
	}{
		{">\t# 標題\n", "# 標題"},
		{">\t## a#b\n", "## a#b"},
		{">\t#\n", "#"},
		{">\t***\n", "***"},
		{">\t* * *\n", "* * *"},
		{">\t- 項\n", "- 項"},
		{">\t```\n>\tx\n>\t```\n", "```\n>\tx\n>\t```"},
		{">\t>\t# x\n", ">\t# x"},
		{"> \t# x\n", "# x"},
		{">\t>0>", ">0>"},
	}
	for _, tt := range tests {
		src := fm(tt.md)
		a := mustParse(t, src)
		q, ok := a.Blocks[0].(*Quote)
		if !ok || len(q.Blocks) == 0 {
			t.Errorf("%q: blocks\n%s", tt.md, dump(a.Blocks))
			continue
		}
		s := q.Blocks[0].SourceSpan()
		if got := src[s.Start:s.End]; got != tt.want {
			t.Errorf("%q: first block spans %q, want %q", tt.md, got, tt.want)
		}
	}
}
