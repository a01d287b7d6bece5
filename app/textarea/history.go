package textarea

// kind is what made an edit, for grouping edits into undo steps.
type kind uint8

const (
	kindOther  kind = iota // paste, cut, replace, a batch: always a step of its own
	kindTyping             // typed characters, Enter and Tab
	kindDelete             // Backspace and Delete
)

// edit is one change to the text: at byte offset at, removed was replaced
// by inserted.
type edit struct {
	at                int
	removed, inserted string
}

// step is what one Undo takes back: edits in the order they were made, and
// the selection (anchor and cursor byte offsets) before and after.
type step struct {
	id            int
	kind          kind
	edits         []edit
	before, after [2]int
}

// history is the undo and redo stacks. Consecutive typing, or consecutive
// deleting, at the place the last one left off merges into one step until
// close is called (the cursor moved, or the text was saved). Each step has
// an id, so that "is this the saved text?" is one comparison however the
// user got there.
type history struct {
	undo, redo []*step
	open       bool // the top undo step may take more edits of its kind
	nextID     int
	saved      int // id of the step on top when the text was saved; 0 for none
}

// state is the id of the step on top of the undo stack, 0 for none.
func (h *history) state() int {
	if len(h.undo) == 0 {
		return 0
	}
	return h.undo[len(h.undo)-1].id
}

// record adds an edit. selBefore is the selection the edit was made from,
// selAfter the one it leaves.
func (h *history) record(k kind, e edit, selBefore, selAfter [2]int) {
	h.redo = h.redo[:0]
	if h.open && k != kindOther && len(h.undo) > 0 {
		top := h.undo[len(h.undo)-1]
		last := top.edits[len(top.edits)-1]
		if top.kind == k && follows(last, e) {
			top.edits = append(top.edits, e)
			top.after = selAfter
			return
		}
	}
	h.nextID++
	h.undo = append(h.undo, &step{id: h.nextID, kind: k, edits: []edit{e}, before: selBefore, after: selAfter})
	h.open = k != kindOther
}

// follows reports whether e continues the typing or deleting of last:
// typed just after what last typed (over a selection or not), or deleted
// just before or at what last deleted.
func follows(last, e edit) bool {
	switch {
	case e.removed == "" && last.inserted != "":
		return e.at == last.at+len(last.inserted)
	case e.inserted == "" && last.inserted == "":
		return e.at+len(e.removed) == last.at || e.at == last.at
	}
	return false
}

// group adds edits as one step of their own.
func (h *history) group(edits []edit, selBefore, selAfter [2]int) {
	if len(edits) == 0 {
		return
	}
	h.redo = h.redo[:0]
	h.nextID++
	h.undo = append(h.undo, &step{id: h.nextID, kind: kindOther, edits: edits, before: selBefore, after: selAfter})
	h.open = false
}

// close ends the step on top: the next edit starts a new one.
func (h *history) close() { h.open = false }

// popUndo takes the step to undo, if any, onto the redo stack.
func (h *history) popUndo() *step { return h.move(&h.undo, &h.redo) }

// popRedo takes the step to redo, if any, back onto the undo stack.
func (h *history) popRedo() *step { return h.move(&h.redo, &h.undo) }

// move takes the top step of from, if any, onto to, and closes it.
func (h *history) move(from, to *[]*step) *step {
	if len(*from) == 0 {
		return nil
	}
	s := (*from)[len(*from)-1]
	*from = (*from)[:len(*from)-1]
	*to = append(*to, s)
	h.open = false
	return s
}

// reset forgets every step; the text as it is counts as saved.
func (h *history) reset() {
	*h = history{nextID: h.nextID}
	h.saved = 0
}

// markSaved records the text as it is as the saved one.
func (h *history) markSaved() {
	h.saved = h.state()
	h.open = false
}

// isSaved reports whether the text is the saved one.
func (h *history) isSaved() bool { return h.state() == h.saved }
