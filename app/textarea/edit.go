package textarea

import "strings"

// Every change to the text goes through change, which records it in the
// history, moves the cursor and repaints; Undo and Redo replay recorded
// edits through apply, which records nothing.

// change replaces the text between a and e with s, leaves the cursor after
// it with nothing selected and records the edit as of kind k.
func (t *TextArea) change(a, e pos, s string, k kind) {
	a, e = order(t.buf.clamp(a), t.buf.clamp(e))
	before := t.selOffsets()
	at := t.buf.offset(a)
	removed := ""
	if a != e {
		removed = t.buf.slice(a, e)
	}
	s = valid(s)
	if removed == "" && s == "" {
		return
	}
	t.buf.remove(a, e)
	end := t.buf.insert(a, s)
	t.anchor, t.cursor, t.eol, t.goalX = end, end, false, -1
	ed := edit{at: at, removed: removed, inserted: s}
	if t.batch != nil {
		t.batch.edits = append(t.batch.edits, ed)
		t.batch.changed = true
	} else {
		t.hist.record(k, ed, before, t.selOffsets())
	}
	t.changed()
}

// changed repaints after an edit and tells OnChanged; in a batch, once at
// its end.
func (t *TextArea) changed() {
	if t.batch != nil {
		return
	}
	t.wake()
	t.refreshView()
	t.ScrollToCursor()
	t.cursorMoved()
	if t.OnChanged != nil {
		t.OnChanged()
	}
}

// apply replays an edit, forwards or backwards, without recording it.
func (t *TextArea) apply(e edit, forward bool) {
	from, to := e.removed, e.inserted
	if !forward {
		from, to = to, from
	}
	a := t.buf.at(e.at)
	t.buf.remove(a, t.buf.at(e.at+len(from)))
	t.buf.insert(a, to)
}

// Replace puts text in place of bytes [start, end) as one undo step, the
// cursor after it.
func (t *TextArea) Replace(start, end int, text string) {
	t.hist.close()
	t.change(t.buf.at(start), t.buf.at(end), text, kindOther)
	t.hist.close()
}

// Batch runs f, and the Replace calls (and any other edits) it makes are
// one undo step, with one OnChanged call at the end.
func (t *TextArea) Batch(f func()) {
	if t.batch != nil { // inside another Batch: part of its step
		f()
		return
	}
	t.hist.close()
	t.batch = &batch{before: t.selOffsets()}
	defer func() {
		b := t.batch
		t.batch = nil
		if !b.changed {
			return
		}
		t.hist.group(b.edits, b.before, t.selOffsets())
		t.changed()
	}()
	f()
}

// Undo takes back the last step, selecting as it was before it.
func (t *TextArea) Undo() {
	s := t.hist.popUndo()
	if s == nil {
		return
	}
	for i := len(s.edits) - 1; i >= 0; i-- {
		t.apply(s.edits[i], false)
	}
	t.restore(s.before)
}

// Redo makes the last undone step again.
func (t *TextArea) Redo() {
	s := t.hist.popRedo()
	if s == nil {
		return
	}
	for _, e := range s.edits {
		t.apply(e, true)
	}
	t.restore(s.after)
}

// restore selects sel after an undo or redo and reports the change.
func (t *TextArea) restore(sel [2]int) {
	t.anchor, t.cursor = t.buf.at(sel[0]), t.buf.at(sel[1])
	t.eol, t.goalX = false, -1
	t.changed()
}

// typeText replaces the selection with s as typing. Typing runs on in one
// undo step up to a line break, so that Undo takes back a paragraph's
// typing at a time.
func (t *TextArea) typeText(s string) {
	a, e := order(t.anchor, t.cursor)
	if a != e {
		t.hist.close() // typing over a selection starts a step
	}
	t.change(a, e, s, kindTyping)
	if strings.Contains(s, "\n") {
		t.hist.close()
	}
}

// deleteSelection removes the selected text as one step, reporting
// whether there was any.
func (t *TextArea) deleteSelection() bool {
	a, e := order(t.anchor, t.cursor)
	if a == e {
		return false
	}
	t.hist.close()
	t.change(a, e, "", kindOther)
	t.hist.close()
	return true
}

// paste inserts clipboard text in place of the selection as one step.
func (t *TextArea) paste(s string) {
	if s == "" {
		return
	}
	a, e := order(t.anchor, t.cursor)
	t.hist.close()
	t.change(a, e, s, kindOther)
	t.hist.close()
}
