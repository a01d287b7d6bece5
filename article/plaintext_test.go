package article

import "testing"

func TestText(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string
	}{
		{"title and paragraphs", "---\ntitle: 標題\n---\n第一段。\n\n第二段。\n", "標題\n第一段。\n第二段。"},
		{"no title", "第一段。\n", "第一段。"},
		{"markup stripped", "## *小*標\n\n**粗** [連](u) `碼` &amp;\n", "小標\n粗 連 碼 &"},
		{"hard break is a line end", "甲  \n乙\n", "甲\n乙"},
		{"lists and quotes", "- 甲\n- 乙\n\n> 丙\n", "甲\n乙\n丙"},
		{"figure gives its caption, rule nothing", "![圖](a.png \"說明\")\n\n---\n\n後\n", "說明\n後"},
		{"code", "```\na\nb\n```\n", "a\nb"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustParse(t, tt.src)
			if got := a.Text(); got != tt.want {
				t.Errorf("Text() = %q, want %q", got, tt.want)
			}
		})
	}
}
