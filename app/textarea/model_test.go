package textarea

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
)

// randomText is a few characters of Chinese, Latin, spaces and line
// breaks.
func randomText(rng *rand.Rand, n int) string {
	pieces := []string{"臺", "北", "。", "「", "a", "b", " ", "\n", "\n\n", "　", "😀"}
	var b strings.Builder
	for range n {
		b.WriteString(pieces[rng.Intn(len(pieces))])
	}
	return b.String()
}

// runeBoundary is a random byte offset of s that starts a character.
func runeBoundary(rng *rand.Rand, s string) int {
	off := rng.Intn(len(s) + 1)
	for off > 0 && off < len(s) && !utf8.RuneStart(s[off]) {
		off--
	}
	return off
}

// The buffer against a plain string: random replacements, then every
// place's byte offset and back.
func TestBufferMatchesString(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	model := randomText(rng, 30)
	b := newBuffer(model)
	for step := 0; step < 500; step++ {
		s := runeBoundary(rng, model)
		e := s + runeBoundary(rng, model[s:])
		ins := randomText(rng, rng.Intn(4))
		b.remove(b.at(s), b.at(e))
		b.insert(b.at(s), ins)
		model = model[:s] + ins + model[e:]
		if got := b.String(); got != model {
			t.Fatalf("step %d: buffer %q, want %q", step, got, model)
		}
		if b.bytes != len(model) {
			t.Fatalf("step %d: bytes %d, want %d", step, b.bytes, len(model))
		}
	}
	starts := []int{len(model)}
	for off := range model {
		starts = append(starts, off)
	}
	for _, off := range starts {
		if got := b.offset(b.at(off)); got != off {
			t.Fatalf("offset(at(%d)) = %d", off, got)
		}
	}
}

// Random edits through the widget (Replace, typing, Backspace, paste),
// then every step undone gives the first text back and every step redone
// the last.
func TestUndoRedoRandomEdits(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	first := randomText(rng, 40)
	ta, _ := newTestArea(t, first, fyne.NewSize(300, 200))
	clip := fyne.CurrentApp().Clipboard()
	for range 200 {
		text := ta.Text()
		switch rng.Intn(4) {
		case 0:
			s := runeBoundary(rng, text)
			e := s + runeBoundary(rng, text[s:])
			ta.Replace(s, e, randomText(rng, rng.Intn(3)))
		case 1:
			ta.SetCursor(runeBoundary(rng, text))
			for _, r := range randomText(rng, 3) {
				ta.TypedRune(r)
			}
		case 2:
			ta.SetCursor(runeBoundary(rng, text))
			key(ta, fyne.KeyBackspace)
		case 3:
			clip.SetContent(randomText(rng, 5))
			ta.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
		}
		if ta.Len() != len(ta.Text()) {
			t.Fatalf("Len %d, len(Text) %d", ta.Len(), len(ta.Text()))
		}
	}
	last := ta.Text()
	for ta.CanUndo() {
		ta.Undo()
	}
	if got := ta.Text(); got != first {
		t.Fatalf("undone to %q, want %q", got, first)
	}
	if !ta.Saved() {
		t.Error("undone to the text set, not saved")
	}
	for ta.CanRedo() {
		ta.Redo()
	}
	if got := ta.Text(); got != last {
		t.Fatalf("redone to %q, want %q", got, last)
	}
}
