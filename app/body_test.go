package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func newBody(t *testing.T) *bodyEditor {
	t.Helper()
	test.NewTempApp(t)
	var b *bodyEditor
	fyne.DoAndWait(func() {
		b = newBodyEditor(nil)
		w := test.NewWindow(b.scroll)
		w.Resize(fyne.NewSize(400, 600))
	})
	return b
}

// The body comes back exactly as set, whichever block is being edited.
func TestBodyRoundTrip(t *testing.T) {
	b := newBody(t)
	for _, s := range []string{"", "一段", "甲\n\n乙\n\n\n丙\n", "\n\n開頭空行\n\n  縮排\n\n\n\n", "## 標題\n\n> 引文\n> 第二行\n\n- 一\n- 二\n"} {
		fyne.DoAndWait(func() { b.SetText(s) })
		for i := range b.blocks {
			fyne.DoAndWait(func() { b.activate(i, i%2 == 0) })
			if got := b.Text(); got != s {
				t.Fatalf("editing block %d of %q gives %q", i, s, got)
			}
		}
	}
}

// Typing a blank line splits a block; Backspace at a block's start joins
// it to the one before as a new line; the arrow keys move between blocks.
func TestBodyEditing(t *testing.T) {
	b := newBody(t)
	fyne.DoAndWait(func() {
		b.SetText("第一段\n\n第二段")
		b.activate(0, true)
		e := &b.entry.Entry
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		test.Type(e, "插入")
	})
	if got := b.Text(); got != "第一段\n\n插入\n\n第二段" {
		t.Fatalf("after typing a new paragraph: %q", got)
	}
	fyne.DoAndWait(func() {
		b.activate(len(b.blocks)-1, false) // 第二段, cursor at its start
		b.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	})
	if got := b.Text(); got != "第一段\n\n插入\n第二段" {
		t.Fatalf("after Backspace at a block's start: %q", got)
	}
	fyne.DoAndWait(func() {
		b.activate(0, false)
		b.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
		test.Type(&b.entry.Entry, "→")
	})
	if got := b.Text(); got != "第一段\n\n→插入\n第二段" {
		t.Fatalf("after moving down a block and typing: %q", got)
	}
}

// Find moves to each occurrence in turn, across blocks, and wraps round.
func TestBodyFind(t *testing.T) {
	b := newBody(t)
	fyne.DoAndWait(func() { b.SetText("甲乙丙\n\n丁乙戊\n第二行乙") })
	var got [][3]int
	for i := 0; i < 4; i++ {
		fyne.DoAndWait(func() {
			if !b.find("乙") {
				t.Fatal("not found")
			}
			got = append(got, [3]int{b.active, b.entry.CursorRow, b.entry.CursorColumn})
		})
	}
	want := [][3]int{{0, 0, 2}, {1, 0, 2}, {1, 1, 4}, {0, 0, 2}}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("find #%d at block, row, column %v, want %v", i+1, got[i], want[i])
		}
	}
	if fyne.DoAndWait(func() {}); b.find("無") {
		t.Fatal("found what is not there")
	}
}
