package app

import (
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// bodyEditor edits the Markdown body as a column of blocks — the text
// between blank lines. Only the block being edited is an Entry; the others
// are wrapped labels that become the Entry when tapped or reached with the
// arrow keys. A keystroke therefore re-wraps one paragraph, however long
// the article: a single wrapped Entry holding 20 000 characters takes
// 100–300 ms a keystroke.
//
// Text and SetText round-trip exactly: the blocks are the body split at
// "\n\n" and joined with it again. Undo and redo work within the block
// being edited.
type bodyEditor struct {
	blocks    []string
	active    int
	entry     *blockEntry
	rows      []fyne.CanvasObject
	box       *fyne.Container
	scroll    *container.Scroll
	onChanged func()
	rowsShown int
}

// blockEntry is the Entry of the block being edited; it hands the arrow
// keys at its edges and Backspace at its start to the editor.
type blockEntry struct {
	widget.Entry
	ed *bodyEditor
}

func newBodyEditor(onChanged func()) *bodyEditor {
	b := &bodyEditor{blocks: []string{""}, onChanged: onChanged}
	b.entry = &blockEntry{ed: b}
	b.entry.MultiLine = true
	b.entry.Wrapping = fyne.TextWrapWord
	b.entry.ExtendBaseWidget(b.entry)
	b.entry.OnChanged = func(string) {
		b.fit()
		if b.onChanged != nil {
			b.onChanged()
		}
	}
	b.box = container.NewVBox()
	b.scroll = container.NewVScroll(b.box)
	b.rebuild()
	return b
}

// Text is the whole body.
func (b *bodyEditor) Text() string {
	if len(b.blocks) == 1 {
		return b.entry.Text
	}
	parts := make([]string, len(b.blocks))
	copy(parts, b.blocks)
	parts[b.active] = b.entry.Text
	return strings.Join(parts, "\n\n")
}

// SetText replaces the body and edits its first block.
func (b *bodyEditor) SetText(s string) {
	b.blocks = strings.Split(s, "\n\n")
	b.active = 0
	b.rebuild()
	b.setEntry(b.blocks[0])
	if b.onChanged != nil {
		b.onChanged()
	}
}

// setEntry shows text in the Entry without reporting a change.
func (b *bodyEditor) setEntry(text string) {
	on := b.entry.OnChanged
	b.entry.OnChanged = nil
	b.entry.SetText(text)
	b.entry.OnChanged = on
	b.fit()
}

// fit makes the Entry tall enough to show its whole block, so that the
// column scrolls as one page rather than the Entry scrolling inside it.
func (b *bodyEditor) fit() {
	width := b.entry.Size().Width - 2*theme.InnerPadding()
	if width <= 0 {
		width = b.scroll.Size().Width - 2*theme.InnerPadding()
	}
	size := theme.TextSize()
	rows := 0
	for _, line := range strings.Split(b.entry.Text, "\n") {
		rows++
		if width > 0 {
			if w := fyne.MeasureText(line, size, fyne.TextStyle{}).Width; w > width {
				rows += int(w / width)
			}
		}
	}
	if rows != b.rowsShown {
		b.rowsShown = rows
		b.entry.SetMinRowsVisible(rows)
	}
}

// rebuild makes a row per block: the Entry for the active one.
func (b *bodyEditor) rebuild() {
	b.rows = b.rows[:0]
	for i, t := range b.blocks {
		if i == b.active {
			b.rows = append(b.rows, b.entry)
			continue
		}
		b.rows = append(b.rows, b.label(i, t))
	}
	b.box.Objects = b.rows
	b.box.Refresh()
}

func (b *bodyEditor) label(i int, t string) fyne.CanvasObject {
	l := &tapLabel{onTap: func() { b.activate(i, false) }}
	l.Text = t
	l.Wrapping = fyne.TextWrapWord
	l.ExtendBaseWidget(l)
	return l
}

// commit stores the Entry's text as the active block, splitting it where
// the user typed a blank line, and returns how many blocks it became.
func (b *bodyEditor) commit() int {
	parts := strings.Split(b.entry.Text, "\n\n")
	b.blocks = append(b.blocks[:b.active], append(parts, b.blocks[b.active+1:]...)...)
	return len(parts)
}

// activate edits block i, the cursor at its end or start.
func (b *bodyEditor) activate(i int, atEnd bool) {
	n := b.commit()
	if i > b.active {
		i += n - 1 // the active block may have split
	}
	if i < 0 || i >= len(b.blocks) {
		b.rebuild()
		return
	}
	b.active = i
	b.rebuild()
	b.setEntry(b.blocks[i])
	if atEnd {
		rows := strings.Split(b.entry.Text, "\n")
		b.entry.CursorRow = len(rows) - 1
		b.entry.CursorColumn = len([]rune(rows[len(rows)-1]))
	} else {
		b.entry.CursorRow, b.entry.CursorColumn = 0, 0
	}
	b.entry.Refresh()
	if c := fyne.CurrentApp().Driver().CanvasForObject(b.entry); c != nil {
		c.Focus(b.entry)
	}
}

// TypedKey moves between blocks at the Entry's edges and joins a block to
// the one before with Backspace at its start.
func (e *blockEntry) TypedKey(k *fyne.KeyEvent) {
	b := e.ed
	lines := strings.Count(e.Text, "\n")
	switch {
	case k.Name == fyne.KeyUp && e.CursorRow == 0 && b.active > 0:
		b.activate(b.active-1, true)
	case k.Name == fyne.KeyDown && e.CursorRow == lines && b.active < len(b.blocks)-1:
		b.activate(b.active+1, false)
	case k.Name == fyne.KeyBackspace && e.CursorRow == 0 && e.CursorColumn == 0 && b.active > 0 && e.SelectedText() == "":
		// Backspace deletes one of the two newlines between the blocks: the
		// block joins the one before as its next line.
		cur := e.Text
		b.activate(b.active-1, true)
		prev := e.Text
		b.blocks = append(b.blocks[:b.active+1], b.blocks[b.active+2:]...)
		b.rebuild()
		b.setEntry(prev + "\n" + cur)
		e.CursorRow, e.CursorColumn = strings.Count(prev, "\n")+1, 0
		e.Refresh()
		if b.onChanged != nil {
			b.onChanged()
		}
	default:
		e.Entry.TypedKey(k)
	}
}

// tapLabel is a wrapped label that reports taps.
type tapLabel struct {
	widget.Label
	onTap func()
}

// Tapped implements fyne.Tappable.
func (l *tapLabel) Tapped(*fyne.PointEvent) { l.onTap() }

// find moves the cursor to the next occurrence of s after it, wrapping
// round to the start, and reports whether there is one.
func (b *bodyEditor) find(s string) bool {
	b.commit()
	b.rebuild()
	// Search from the cursor in the active block, then the blocks after it,
	// then from the top.
	cur := b.entry.Text
	from := cursorOffset(cur, b.entry.CursorRow, b.entry.CursorColumn)
	order := make([]int, 0, len(b.blocks)+1)
	for i := b.active; i < len(b.blocks); i++ {
		order = append(order, i)
	}
	for i := 0; i <= b.active; i++ {
		order = append(order, i)
	}
	for k, i := range order {
		text, start := b.blocks[i], 0
		if k == 0 {
			start = from
		}
		if k == len(order)-1 && i == b.active {
			text = text[:min(len(text), from+len(s)-1)]
		}
		at := strings.Index(text[min(start, len(text)):], s)
		if at < 0 {
			continue
		}
		at += min(start, len(text))
		b.activate(i, false)
		before := b.entry.Text[:at+len(s)]
		b.entry.CursorRow = strings.Count(before, "\n")
		b.entry.CursorColumn = len([]rune(before[strings.LastIndex(before, "\n")+1:]))
		b.entry.Refresh()
		return true
	}
	return false
}

// cursorOffset is the byte offset of a row and rune column in text.
func cursorOffset(text string, row, col int) int {
	off := 0
	for r := 0; r < row; r++ {
		i := strings.IndexByte(text[off:], '\n')
		if i < 0 {
			return len(text)
		}
		off += i + 1
	}
	for c := 0; c < col && off < len(text); c++ {
		_, n := utf8.DecodeRuneInString(text[off:])
		off += n
	}
	return off
}
