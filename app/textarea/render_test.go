package textarea

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// The painted objects of a small text with a selection across two
// paragraphs: selection rectangles under the rows' words, the cursor at
// the selection's end. testdata/two-paragraphs.xml is the golden file
// (Fyne writes a differing rendering to testdata/failed/).
func TestRendersSelectionAndCursor(t *testing.T) {
	ta, w := newTestArea(t, "第一段文字。\n\n第二段有 English 詞。", fyne.NewSize(320, 160))
	ta.Select(len("第一"), len("第一段文字。\n\n第二段有 Eng"))
	test.AssertRendersToMarkup(t, "two-paragraphs.xml", w.Canvas())
}
