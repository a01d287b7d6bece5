package textarea

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

const twoParas = "第一段文字。\n\n第二段有English詞。"

func TestClickPlacesCursor(t *testing.T) {
	ta, _ := newTestArea(t, twoParas, fyne.NewSize(600, 400))
	// A tap with no press before it (a touch, the test driver).
	test.TapAt(ta.surf, at(2, "第二", 1))
	if got, want := ta.Cursor(), len("第一段文字。\n\n第二"); got != want {
		t.Errorf("tap: cursor %d, want %d", got, want)
	}
	// A little left of the middle of 文 (row 0): before 文, byte 9.
	press(ta, at(0, "第一段", measure("文")/2-2))
	if got := ta.Cursor(); got != len("第一段") {
		t.Errorf("click left of 文's middle: cursor %d, want %d", got, len("第一段"))
	}
	// A little right of it: after 文.
	press(ta, at(0, "第一段", measure("文")/2+2))
	if got := ta.Cursor(); got != len("第一段文") {
		t.Errorf("click right of 文's middle: cursor %d, want %d", got, len("第一段文"))
	}
	// Row 2 (line 2), inside "English": after "Eng".
	press(ta, at(2, "第二段有Eng", -1))
	if got, want := ta.Cursor(), len("第一段文字。\n\n第二段有Eng"); got != want {
		t.Errorf("click in English: cursor %d, want %d", got, want)
	}
	// Past a row's end: the line's end.
	press(ta, at(0, "第一段文字。", 50))
	if got, want := ta.Cursor(), len("第一段文字。"); got != want {
		t.Errorf("click past the end: cursor %d, want %d", got, want)
	}
}

func TestDragSelectsAcrossParagraphs(t *testing.T) {
	ta, _ := newTestArea(t, twoParas, fyne.NewSize(600, 400))
	press(ta, at(0, "第一", 1))
	drag(ta, at(1, "", 5))
	drag(ta, at(2, "第二段", 1))
	release(ta, at(2, "第二段", 1))
	start, end := ta.Selection()
	if want := len("第一"); start != want {
		t.Errorf("selection start %d, want %d", start, want)
	}
	if want := len("第一段文字。\n\n第二段"); end != want {
		t.Errorf("selection end %d, want %d", end, want)
	}
	if got, want := ta.SelectedText(), "段文字。\n\n第二段"; got != want {
		t.Errorf("selected %q, want %q", got, want)
	}
	// Typing replaces the selection across the paragraphs.
	test.Type(ta, "甲")
	if got, want := ta.Text(), "第一甲有English詞。"; got != want {
		t.Errorf("after typing over it: %q, want %q", got, want)
	}
}

func TestTypeChinese(t *testing.T) {
	ta, _ := newTestArea(t, twoParas, fyne.NewSize(600, 400))
	changes := 0
	ta.OnChanged = func() { changes++ }
	ta.SetCursor(len("第一段"))
	// An input method commits a phrase as a string of runes.
	for _, r := range "臺北市" {
		ta.TypedRune(r)
	}
	if got, want := ta.Text(), "第一段臺北市文字。\n\n第二段有English詞。"; got != want {
		t.Errorf("text %q, want %q", got, want)
	}
	if got, want := ta.Cursor(), len("第一段臺北市"); got != want {
		t.Errorf("cursor %d, want %d", got, want)
	}
	if changes != 3 {
		t.Errorf("OnChanged called %d times, want 3", changes)
	}
	key(ta, fyne.KeyReturn)
	key(ta, fyne.KeyBackspace)
	key(ta, fyne.KeyBackspace)
	if got, want := ta.Text(), "第一段臺北文字。\n\n第二段有English詞。"; got != want {
		t.Errorf("after Enter and two Backspaces: %q, want %q", got, want)
	}
	if ta.Len() != len(ta.Text()) {
		t.Errorf("Len %d, len(Text) %d", ta.Len(), len(ta.Text()))
	}
}

func TestPasteKeepsParagraphs(t *testing.T) {
	ta, w := newTestArea(t, "前文", fyne.NewSize(600, 400))
	ta.SetCursor(len("前文"))
	clip := fyne.CurrentApp().Clipboard()
	clip.SetContent("\r\n　　第一段。\r\n　　第二段。\r\n")
	ta.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
	if got, want := ta.Text(), "前文第一段。\n\n第二段。"; got != want {
		t.Errorf("paste: %q, want %q", got, want)
	}
	ta.Undo()
	if got := ta.Text(); got != "前文" {
		t.Errorf("undo of the paste: %q", got)
	}
	ctrl(ta, fyne.KeyV, true) // Ctrl+Shift+V: verbatim
	if got, want := ta.Text(), "前文\n　　第一段。\n　　第二段。\n"; got != want {
		t.Errorf("verbatim paste: %q, want %q", got, want)
	}
	_ = w
}

// Paragraphs pasted at the start of the line below a paragraph are kept
// apart from it by a blank line; pasted after a blank line, they need no
// other.
func TestPasteStartsAParagraph(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"上文。\n", "上文。\n\n甲。\n\n乙。"},
		{"上文。\n\n", "上文。\n\n甲。\n\n乙。"},
		{"", "甲。\n\n乙。"},
	} {
		ta, _ := newTestArea(t, c.text, fyne.NewSize(600, 400))
		ta.SetCursor(len(c.text))
		clip := fyne.CurrentApp().Clipboard()
		clip.SetContent("甲。\n乙。\n")
		ta.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
		if got := ta.Text(); got != c.want {
			t.Errorf("pasting after %q: %q, want %q", c.text, got, c.want)
		}
	}
}

func TestUndoRedoGrouping(t *testing.T) {
	ta, _ := newTestArea(t, "開頭", fyne.NewSize(600, 400))
	if !ta.Saved() {
		t.Fatal("a text just set is not saved")
	}
	ta.SetCursor(len("開頭"))
	test.Type(ta, "一二三")
	key(ta, fyne.KeyLeft) // a move ends the group
	test.Type(ta, "四")
	if got := ta.Text(); got != "開頭一二四三" {
		t.Fatalf("text %q", got)
	}
	if ta.Saved() {
		t.Error("an edited text reports saved")
	}
	ta.Undo()
	if got := ta.Text(); got != "開頭一二三" {
		t.Errorf("first undo: %q, want 開頭一二三", got)
	}
	ta.Undo()
	if got := ta.Text(); got != "開頭" {
		t.Errorf("second undo takes the typing as one step: %q, want 開頭", got)
	}
	if !ta.Saved() {
		t.Error("undone back to the opened text, but not saved")
	}
	ta.Redo()
	ta.Redo()
	if got := ta.Text(); got != "開頭一二四三" {
		t.Errorf("two redos: %q", got)
	}
	ta.MarkSaved()
	ta.Replace(0, len("開頭"), "結尾")
	ta.Batch(func() {
		ta.Replace(0, 0, "甲")
		ta.Replace(ta.Len(), ta.Len(), "乙")
	})
	if got := ta.Text(); got != "甲結尾一二四三乙" {
		t.Errorf("after Replace and a Batch: %q", got)
	}
	ta.Undo()
	if got := ta.Text(); got != "結尾一二四三" {
		t.Errorf("undo of the batch: %q", got)
	}
	ta.Undo()
	if got := ta.Text(); got != "開頭一二四三" || !ta.Saved() {
		t.Errorf("undo of Replace: %q, saved %v", got, ta.Saved())
	}
	// Backspaces group too, and Ctrl+Z / Ctrl+Shift+Z work as shortcuts.
	key(ta, fyne.KeyEnd)
	key(ta, fyne.KeyBackspace)
	key(ta, fyne.KeyBackspace)
	ta.TypedShortcut(&fyne.ShortcutUndo{})
	if got := ta.Text(); got != "開頭一二四三" {
		t.Errorf("undo of two backspaces: %q", got)
	}
	ctrl(ta, fyne.KeyZ, true)
	if got := ta.Text(); got != "開頭一二" {
		t.Errorf("Ctrl+Shift+Z: %q", got)
	}
	// A line break ends a step: Undo takes back a paragraph at a time.
	test.Type(ta, "甲乙")
	key(ta, fyne.KeyReturn)
	test.Type(ta, "丙丁")
	ta.Undo()
	if got := ta.Text(); got != "開頭一二甲乙\n" {
		t.Errorf("undo after a paragraph and a half: %q", got)
	}
	ta.Undo()
	if got := ta.Text(); got != "開頭一二" {
		t.Errorf("second undo: %q", got)
	}
}

func TestSelectAllCopy(t *testing.T) {
	body := strings.Repeat("臺北市推動智慧城市計畫。\n\n", 50) + "end"
	ta, _ := newTestArea(t, body, fyne.NewSize(600, 400))
	ta.TypedShortcut(&fyne.ShortcutSelectAll{})
	clip := fyne.CurrentApp().Clipboard()
	ta.TypedShortcut(&fyne.ShortcutCopy{Clipboard: clip})
	if got := clip.Content(); got != body {
		t.Errorf("copied %d bytes, want the whole %d", len(got), len(body))
	}
	ta.TypedShortcut(&fyne.ShortcutCut{Clipboard: clip})
	if ta.Text() != "" || ta.Len() != 0 {
		t.Errorf("after Cut: %q", ta.Text())
	}
	ta.Undo()
	if ta.Text() != body {
		t.Error("undo of Cut did not bring the text back")
	}
	// The Edit menu's commands do the same with the app's clipboard.
	ta.SelectAll()
	ta.Cut()
	if ta.Text() != "" || clip.Content() != body {
		t.Errorf("Cut from the menu: text %d bytes, clipboard %d", ta.Len(), len(clip.Content()))
	}
	ta.Paste()
	if ta.Text() != body {
		t.Error("Paste from the menu did not bring the text back")
	}
}

func TestWordNavigation(t *testing.T) {
	text := "我們用Go語言 write code。\n下一行"
	ta, _ := newTestArea(t, text, fyne.NewSize(600, 400))
	// Byte offsets of the stops, counted by hand.
	stops := []string{"我們用", "我們用Go", "我們用Go語言 ", "我們用Go語言 write ", "我們用Go語言 write code",
		"我們用Go語言 write code。", "我們用Go語言 write code。\n", "我們用Go語言 write code。\n下一行"}
	for _, s := range stops {
		ctrl(ta, fyne.KeyRight, false)
		if got := ta.Cursor(); got != len(s) {
			t.Fatalf("Ctrl+Right: cursor %d, want %d (after %q)", got, len(s), s)
		}
	}
	ctrl(ta, fyne.KeyLeft, false) // to 下一行's start
	ctrl(ta, fyne.KeyLeft, true)  // Shift: select the line end before
	ctrl(ta, fyne.KeyLeft, true)  // and the run before that
	start, end := ta.Selection()
	if got := text[start:end]; got != "。\n" {
		t.Errorf("Ctrl+Shift+Left selected %q, want %q", got, "。\n")
	}
}
