package article

import "testing"

func TestFigures(t *testing.T) {
	tests := []struct {
		name string
		md   string
		want string
	}{
		{"alone", "![會議現場](img/a.jpg)\n", `FIG "img/a.jpg" "會議現場" "會議現場"`},
		{"with a title as caption", "![現場](a.jpg \"黨員在會上發言\")\n", `FIG "a.jpg" "現場" "黨員在會上發言"`},
		{"surrounding white space", "  ![甲](a.png)  \n", `FIG "a.png" "甲" "甲"`},
		{"alt text without markup", "![*斜* `碼` &amp;](a.png)", `FIG "a.png" "斜 碼 &" "斜 碼 &"`},
		{"empty alt", "![](a.png)", `FIG "a.png" "" ""`},
		{"path escapes decoded", "![甲](a\\_b.png)", `FIG "a_b.png" "甲" "甲"`},
		{"path in angle brackets", "![甲](<my pic.png>)", `FIG "my pic.png" "甲" "甲"`},
		{"reference image", "![甲][p]\n\n[p]: a.png \"說明\"", `FIG "a.png" "甲" "說明"`},
		{"in running text it splits the paragraph", "前文 ![圖](a.png) 後文", `P "前文"
FIG "a.png" "圖" "圖"
P "後文"`},
		{"at the start of a paragraph", "![圖](a.png)後文", `FIG "a.png" "圖" "圖"
P "後文"`},
		{"on its own line inside a paragraph", "前文\n![圖](a.png)\n後文", `P "前文"
FIG "a.png" "圖" "圖"
P "後文"`},
		{"two images", "![一](1.png) ![二](2.png)", `FIG "1.png" "一" "一"
FIG "2.png" "二" "二"`},
		{"inside a link", "[![圖](a.png)](https://x.org)", `FIG "a.png" "圖" "圖"`},
		{"inside emphasis", "*甲![圖](a.png)乙*", `P I"甲"
FIG "a.png" "圖" "圖"
P I"乙"`},
		{"in a list item", "- ![圖](a.png)\n", `UL
  LI
    FIG "a.png" "圖" "圖"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustParse(t, fm(tt.md))
			if got := dump(a.Blocks); got != tt.want {
				t.Errorf("%q:\n got:\n%s\nwant:\n%s", tt.md, got, tt.want)
			}
		})
	}
}

func TestFigureSpans(t *testing.T) {
	tests := []struct {
		md   string
		want []string // src[span] of each block
	}{
		{"![甲](a.png \"說明\")", []string{`![甲](a.png "說明")`}},
		{"前 ![甲](a.png) 後", []string{"前", "![甲](a.png)", "後"}},
		{"![甲][r] 後\n\n[r]: a.png", []string{"![甲][r]", "後"}},
		{"![甲][] 後\n\n[甲]: a.png", []string{"![甲][]", "後"}},
		{"![甲] 後\n\n[甲]: a.png", []string{"![甲]", "後"}},
		{"![a (b)](c(d).png) x", []string{"![a (b)](c(d).png)", "x"}},
		{"![甲](a.png\n  \"說\n明\") x", []string{"![甲](a.png\n  \"說\n明\")", "x"}},
		{"*![甲](a.png)*", []string{"![甲](a.png)"}},
		{"![`]`](a.png)", []string{"![`]`](a.png)"}},
	}
	for _, tt := range tests {
		src := fm(tt.md)
		a := mustParse(t, src)
		var got []string
		for _, b := range a.Blocks {
			s := b.SourceSpan()
			got = append(got, src[s.Start:s.End])
		}
		if len(got) != len(tt.want) {
			t.Errorf("%q: blocks %q, want %q", tt.md, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%q: block %d spans %q, want %q", tt.md, i, got[i], tt.want[i])
			}
		}
	}
}

func TestImageInHeadingIsText(t *testing.T) {
	src := fm("## 標題 ![圖示](i.png)\n")
	a := mustParse(t, src)
	if got, want := dump(a.Blocks), `H2 "標題 " "圖示"`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if len(a.Warnings) != 1 || a.Warnings[0].Message != `image "i.png" in a heading is kept as its text` {
		t.Fatalf("warnings %v", a.Warnings)
	}
	if line, col := Position([]byte(src), a.Warnings[0].Span.Start); line != 4 || col != 7 {
		t.Errorf("warning at %d:%d, want 4:7", line, col)
	}
}
