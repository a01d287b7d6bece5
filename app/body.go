package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
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

// sourceWrap is how the body's Markdown wraps on screen: at any character,
// as Chinese text does. Fyne's word wrapping breaks at the last space of a
// line, which in Chinese text with a few spaces — after the "> " of a
// quote, the "- " of a list item, around a Latin word — leaves lines
// half empty.
const sourceWrap = fyne.TextWrapBreak

func newBodyEditor(onChanged func()) *bodyEditor {
	b := &bodyEditor{blocks: []string{""}, onChanged: onChanged}
	b.entry = &blockEntry{ed: b}
	b.entry.MultiLine = true
	b.entry.Wrapping = sourceWrap
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

// OffsetAt is the byte offset in Text nearest to pos, a position in the
// window, or -1 when pos is not over the body. The column of blocks
// cannot tell where in a block a position falls: it says the cursor.
func (b *bodyEditor) OffsetAt(pos fyne.Position) int { return -1 }

// SelectedText is the text selected in the block being edited.
func (b *bodyEditor) SelectedText() string { return b.entry.SelectedText() }

// Selection is the selected bytes of Text; the cursor is at its end.
func (b *bodyEditor) Selection() (start, end int) {
	end = b.Cursor()
	return max(0, end-len(b.entry.SelectedText())), end
}

// focusable is what takes the keyboard in the body.
func (b *bodyEditor) focusable() fyne.Focusable { return b.entry }

// Cursor is the cursor's byte offset in Text.
func (b *bodyEditor) Cursor() int {
	at := 0
	for _, blk := range b.blocks[:b.active] {
		at += len(blk) + 2
	}
	return at + byteOffset(b.entry.Text, b.entry.CursorTextOffset())
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
	l.Wrapping = sourceWrap
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
	b.open(i, atEnd)
}

// open edits block i of the committed blocks, the cursor at its end or
// start, with nothing selected.
func (b *bodyEditor) open(i int, atEnd bool) {
	i = min(max(i, 0), len(b.blocks)-1)
	b.active = i
	b.rebuild()
	unselect(&b.entry.Entry)
	b.setEntry(b.blocks[i])
	if atEnd {
		rows := strings.Split(b.entry.Text, "\n")
		b.entry.CursorRow = len(rows) - 1
		b.entry.CursorColumn = len([]rune(rows[len(rows)-1]))
	} else {
		b.entry.CursorRow, b.entry.CursorColumn = 0, 0
	}
	b.entry.Refresh()
	b.focus()
}

func (b *bodyEditor) focus() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(b.entry); c != nil {
		c.Focus(b.entry)
	}
}

// reveal edits the block holding bytes [start, end) of the body, selects
// them and scrolls them into view. A range that crosses blocks is cut at
// the end of the first.
func (b *bodyEditor) reveal(start, end int) {
	b.commit()
	at := 0
	for i, t := range b.blocks {
		if start <= at+len(t) || i == len(b.blocks)-1 {
			b.open(i, false)
			s, e := max(start-at, 0), min(max(end-at, start-at), len(t))
			ra, rb := runeRange(t, s, e)
			selectRunes(&b.entry.Entry, ra, rb)
			b.scrollToCursor()
			return
		}
		at += len(t) + len("\n\n")
	}
}

// scrollToCursor scrolls the column so that the Entry's cursor is a third
// of the way down the view.
func (b *bodyEditor) scrollToCursor() {
	// Lay the column out now (twice: wrapped labels know their height only
	// once they have their width), so that the Entry's place is known.
	for range 2 {
		size := fyne.NewSize(b.scroll.Size().Width, b.box.MinSize().Height)
		b.box.Resize(size)
		b.box.Layout.Layout(b.box.Objects, size)
	}
	b.scroll.Refresh()
	y := b.entry.Position().Y + b.entry.CursorPosition().Y
	b.scroll.ScrollToOffset(fyne.NewPos(0, max(0, y-b.scroll.Size().Height/3)))
}

// selection returns the selected runes [from, to) of the block being
// edited, if there is a selection. The Entry tells only the selected text
// and the cursor, at one end of it; the end whose text matches is taken,
// the cursor after the selection when both do.
func (b *bodyEditor) selection() (from, to int, ok bool) {
	sel := []rune(b.entry.SelectedText())
	if len(sel) == 0 {
		return 0, 0, false
	}
	text := []rune(b.entry.Text)
	cur := b.entry.CursorTextOffset()
	if cur-len(sel) >= 0 && cur <= len(text) && string(text[cur-len(sel):cur]) == string(sel) {
		return cur - len(sel), cur, true
	}
	if cur+len(sel) <= len(text) && string(text[cur:cur+len(sel)]) == string(sel) {
		return cur, cur + len(sel), true
	}
	return 0, 0, false
}

// activeStart is the byte offset in Text of the block being edited.
func (b *bodyEditor) activeStart() int {
	at := 0
	for i := 0; i < b.active; i++ {
		at += len(b.blocks[i]) + len("\n\n")
	}
	return at
}

// unselect clears the Entry's selection, keeping the cursor.
func unselect(e *widget.Entry) {
	if e.SelectedText() != "" {
		row, col := e.CursorRow, e.CursorColumn
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome}) // without Shift: ends the selection
		e.CursorRow, e.CursorColumn = row, col
	}
}

// selectRunes selects runes [from, to) of the Entry's text, the cursor at
// to. Entry has no call for it; the cursor is placed by row and column
// (rows being wrapped lines, found through CursorTextOffset) and the
// selection made as Shift and an arrow key make it.
func selectRunes(e *widget.Entry, from, to int) {
	unselect(e)
	e.CursorRow, e.CursorColumn = rowCol(e, from)
	if to > from {
		shift := &fyne.KeyEvent{Name: desktop.KeyShiftLeft}
		e.KeyDown(shift) // anchors the selection at the cursor
		e.CursorRow, e.CursorColumn = rowCol(e, to-1)
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
		e.KeyUp(shift)
	}
	e.Refresh()
}

// rowCol is the cursor row and column of rune offset pos in the Entry.
func rowCol(e *widget.Entry, pos int) (int, int) {
	row := 0
	for r := 1; ; r++ {
		e.CursorRow, e.CursorColumn = r, 0
		begin := e.CursorTextOffset() // 0 past the last row
		if begin == 0 || begin > pos {
			break
		}
		row = r
	}
	e.CursorRow, e.CursorColumn = row, 0
	return row, pos - e.CursorTextOffset()
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

// find selects the next occurrence of s after the cursor, wrapping round
// to the start, and reports whether there is one.
func (b *bodyEditor) find(s string) bool {
	from := byteOffset(b.entry.Text, b.entry.CursorTextOffset())
	split := b.commit() > 1
	// Search from the cursor in the active block, then the blocks after it,
	// then from the top.
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
		b.open(i, false)
		ra, rb := runeRange(b.entry.Text, at, at+len(s))
		selectRunes(&b.entry.Entry, ra, rb)
		b.scrollToCursor()
		return true
	}
	if split {
		b.open(b.active, true) // show the committed blocks
	}
	return false
}

// byteOffset is the byte offset of rune n of text.
func byteOffset(text string, n int) int {
	for i := range text {
		if n == 0 {
			return i
		}
		n--
	}
	return len(text)
}
