package app

import (
	"time"
	"unicode/utf8"
)

// Undo history limits.
const (
	// typingPause ends a step of typing: what is typed after a longer
	// pause is undone separately.
	typingPause = time.Second
	// maxSteps is how many steps Undo can go back, as long as their
	// snapshots take no more than maxBytes (a 2 MB article keeps fewer).
	maxSteps = 100
	maxBytes = 64 << 20
)

// history is the editor's Undo and Redo over the whole article: each step
// is a snapshot of the Document. Typing in one field without a pause makes
// one step; an editor operation (a proofreading fix, a 繁简 conversion) is
// always a step of its own, however many blocks and fields it changes.
// Snapshots share their unchanged strings, so a step costs little more
// than the body's text.
//
// The zero value is an empty history of an empty document. history is
// plain data: one goroutine (the UI's) uses it.
type history struct {
	undo, redo []Document
	cur        Document  // the document as last reported
	last       time.Time // when typing was last recorded
	field      string    // the field typed in last
	sealed     bool      // the next change starts a new step
}

// reset forgets the steps: d is a newly opened document.
func (h *history) reset(d Document) { *h = history{cur: d, sealed: true} }

// typed records a change the user made by typing at time now.
func (h *history) typed(d Document, now time.Time) {
	if d == h.cur {
		return
	}
	f := changedField(h.cur, d)
	if h.sealed || now.Sub(h.last) > typingPause || f != h.field {
		h.push(h.cur)
	}
	h.redo = nil
	h.cur, h.last, h.field, h.sealed = d, now, f, false
}

// apply records an editor operation that turned the current document
// into d, as one step.
func (h *history) apply(d Document) {
	h.push(h.cur)
	h.redo = nil
	h.cur, h.sealed = d, true
}

func (h *history) push(d Document) {
	h.undo = append(h.undo, d)
	size := 0
	for _, u := range h.undo {
		size += len(u.Body)
	}
	for len(h.undo) > 1 && (len(h.undo) > maxSteps || size > maxBytes) {
		size -= len(h.undo[0].Body)
		h.undo = append(h.undo[:0], h.undo[1:]...)
	}
}

// back steps back and returns the document to show, if there is a step.
func (h *history) back() (Document, bool) { return h.step(&h.undo, &h.redo) }

// forward redoes the step last undone, if there is one.
func (h *history) forward() (Document, bool) { return h.step(&h.redo, &h.undo) }

// step moves the current document onto to and takes the top of from.
func (h *history) step(from, to *[]Document) (Document, bool) {
	if len(*from) == 0 {
		return Document{}, false
	}
	*to = append(*to, h.cur)
	h.cur = (*from)[len(*from)-1]
	*from = (*from)[:len(*from)-1]
	h.sealed = true
	return h.cur, true
}

// changedField names the first field in which a and b differ, by its
// front matter key ("" for the body).
func changedField(a, b Document) string {
	for _, k := range fieldKeys {
		if *a.field(k) != *b.field(k) {
			return k
		}
	}
	return ""
}

// changedPlace is the stretch of d that differs from old, for the editor to
// select after an undo, a redo or an operation: in the first field that
// differs, from the first byte that differs to the last, widened to whole
// characters (empty where d only lost text). It reports false when the
// documents are the same.
func changedPlace(old, d Document) (place, bool) {
	k := changedField(old, d)
	a, b := *old.field(k), *d.field(k)
	if a == b {
		return place{}, false
	}
	pre, suf := commonEnds([]byte(a), []byte(b))
	start, end := pre, len(b)-suf
	for start > 0 && start < len(b) && !utf8.RuneStart(b[start]) {
		start--
	}
	for end < len(b) && !utf8.RuneStart(b[end]) {
		end++
	}
	return place{field: k, start: start, end: end}, true
}

// commonEnds returns how long a prefix and, after it, a suffix a and b
// share.
func commonEnds[T comparable](a, b []T) (pre, suf int) {
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	return pre, suf
}
