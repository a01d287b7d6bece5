package importer

import (
	"testing"

	"github.com/paiban/paiban/message"
)

// A warning words itself in each language, with its file, its place and
// how many times it occurs.
func TestWarningWording(t *testing.T) {
	var ws warnings
	ws.add(3, &wColour)
	ws.add(5, &wColour)
	ws.add(0, &wComments)
	ws.list[0].File, ws.list[1].File = "a.docx", "a.docx"
	for l, want := range map[message.Lang][2]string{
		message.En:   {"a.docx: paragraph 3: text colours are not carried over (2 times in all, the first here)", "a.docx: comments are not carried over"},
		message.Hant: {"a.docx：第 3 段：文字顏色沒有匯入（共 2 處，此為第一處）", "a.docx：註解沒有匯入"},
		message.Hans: {"a.docx：第 3 段：文字颜色没有导入（共 2 处，此为第一处）", "a.docx：批注没有导入"},
	} {
		if got := ws.list[0].In(l); got != want[0] {
			t.Errorf("%s: %q, want %q", l, got, want[0])
		}
		if got := ws.list[1].In(l); got != want[1] {
			t.Errorf("%s: %q, want %q", l, got, want[1])
		}
	}
	line := Warning{File: "a.txt", Place: 2, Line: true, Count: 1, What: message.New(wColour)}
	if got := line.In(message.Hant); got != "a.txt：第 2 行：文字顏色沒有匯入" {
		t.Errorf("line: %q", got)
	}
}
