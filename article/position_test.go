package article

import "testing"

func TestPosition(t *testing.T) {
	tests := []struct {
		name      string
		src       string
		offset    int
		line, col int
	}{
		{"start", "abc", 0, 1, 1},
		{"inside first line", "abc", 2, 1, 3},
		{"end of text", "abc", 3, 1, 4},
		{"second line", "ab\ncd", 4, 2, 2},
		{"at line start", "ab\ncd", 3, 2, 1},
		{"on the newline", "ab\ncd", 2, 1, 3},
		{"columns count characters", "標題:黨建\nx", len("標題:"), 1, 4},
		{"CJK on a later line", "a\n\n中文字", len("a\n\n中文"), 3, 3},
		{"CRLF", "ab\r\ncd", 4, 2, 1},
		{"negative clamps", "abc", -5, 1, 1},
		{"past the end clamps", "ab\ncd", 99, 2, 3},
		{"empty source", "", 3, 1, 1},
		{"BOM is not a column", utf8BOM + "ab", len(utf8BOM) + 1, 1, 2},
		{"inside the BOM", utf8BOM + "ab", 1, 1, 1},
		{"BOM only matters on line 1", utf8BOM + "a\nb", len(utf8BOM) + 3, 2, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			line, col := Position([]byte(tt.src), tt.offset)
			if line != tt.line || col != tt.col {
				t.Errorf("Position(%q, %d) = %d:%d, want %d:%d", tt.src, tt.offset, line, col, tt.line, tt.col)
			}
		})
	}
}

func TestArticlePosition(t *testing.T) {
	a := mustParse(t, "---\ntitle: 標題\n---\n\n## 小標\n")
	h := a.Blocks[0].(*Heading)
	if line, col := a.Position(h.Inlines[0].Span.Start); line != 5 || col != 4 {
		t.Errorf("heading text at %d:%d, want 5:4", line, col)
	}
}
