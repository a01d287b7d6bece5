package article

import (
	"fmt"
	"strings"
	"testing"
)

func TestRawHTML(t *testing.T) {
	tests := []struct {
		name     string
		md       string
		want     string
		warnings []string // messages, in order
	}{
		{
			name:     "inline tags dropped, text kept",
			md:       "甲<b>粗</b>乙",
			want:     `P "甲" "粗" "乙"`,
			warnings: []string{"line 4:2: raw HTML <b> dropped", "line 4:6: raw HTML </b> dropped"},
		},
		{
			name:     "inline comment",
			md:       "甲<!-- 註 -->乙",
			want:     `P "甲" "乙"`,
			warnings: []string{"line 4:2: HTML comment dropped"},
		},
		{
			name:     "tag with attributes",
			md:       `<span class="x" onclick="alert(1)">文</span>`,
			want:     `P "文"`,
			warnings: []string{"line 4:1: raw HTML <span> dropped", "line 4:37: raw HTML </span> dropped"},
		},
		{
			name:     "HTML block keeps its text",
			md:       "<div>\n  內文 &amp; 更多\n</div>\n",
			want:     `P "內文 " "&" " 更多"`,
			warnings: []string{"line 4:1: raw HTML <div> dropped", "line 6:1: raw HTML </div> dropped"},
		},
		{
			name: "block-level tags split paragraphs",
			md:   "<p>第一段</p>\n<p>第二段<br>續</p>\n",
			want: `P "第一段"
P "第二段" "續"`,
			warnings: []string{
				"line 4:1: raw HTML <p> dropped", "line 4:7: raw HTML </p> dropped", "line 5:1: raw HTML <p> dropped",
				"line 5:7: raw HTML <br> dropped", "line 5:12: raw HTML </p> dropped",
			},
		},
		{
			name:     "script content goes with its tags",
			md:       "<script>\nalert(\"x\")\n</script>\n\n後文\n",
			want:     `P "後文"`,
			warnings: []string{"line 4:1: raw HTML <script> dropped with its content", "line 6:1: raw HTML </script> dropped"},
		},
		{
			name:     "comment block over lines",
			md:       "<!--\n註解\n-->\n\n後文\n",
			want:     `P "後文"`,
			warnings: []string{"line 4:1: HTML comment dropped"},
		},
		{
			name:     "tag over two lines with > in a quoted attribute",
			md:       "<div title=\"a>b\"\n  id=x>文</div>\n",
			want:     `P "文"`,
			warnings: []string{"line 4:1: raw HTML <div> dropped", "line 5:9: raw HTML </div> dropped"},
		},
		{
			name:     "HTML block inside a quote",
			md:       "> <div>\n> 引文\n> </div>\n",
			want:     "Q\n  P \"引文\"",
			warnings: []string{"line 4:3: raw HTML <div> dropped", "line 6:3: raw HTML </div> dropped"},
		},
		{
			name:     "declaration",
			md:       "<!DOCTYPE html>\n",
			want:     ``,
			warnings: []string{"line 4:1: raw HTML <!DOCTYPE> dropped"},
		},
		{
			name: "less-than in text is not a tag",
			md:   "1 < 2 且 a<b",
			want: `P "1 < 2 且 a<b"`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := fm(tt.md)
			a := mustParse(t, src)
			if got := dump(a.Blocks); got != tt.want {
				t.Errorf("%q:\n got:\n%s\nwant:\n%s", tt.md, got, tt.want)
			}
			var got []string
			for _, w := range a.Warnings {
				line, col := Position([]byte(src), w.Span.Start)
				got = append(got, fmt.Sprintf("line %d:%d: %s", line, col, w.Message))
				if s := src[w.Span.Start:w.Span.End]; !strings.HasPrefix(s, "<") || !strings.HasSuffix(s, ">") {
					t.Errorf("warning %q spans %q, not a tag", w.Message, s)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.warnings, "\n") {
				t.Errorf("warnings\n got %q\nwant %q", got, tt.warnings)
			}
		})
	}
}
