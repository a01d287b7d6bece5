package textarea

import "testing"

func TestHistorySaved(t *testing.T) {
	var h history
	sel := [2]int{}
	if !h.isSaved() {
		t.Fatal("a new history is not saved")
	}
	h.record(kindTyping, edit{at: 0, inserted: "a"}, sel, sel)
	h.record(kindTyping, edit{at: 1, inserted: "b"}, sel, sel) // merges
	if len(h.undo) != 1 {
		t.Fatalf("%d steps after two typed characters, want 1", len(h.undo))
	}
	h.markSaved()
	h.record(kindTyping, edit{at: 2, inserted: "c"}, sel, sel) // saving ended the step
	if len(h.undo) != 2 || h.isSaved() {
		t.Fatalf("after saving and typing: %d steps, saved %v", len(h.undo), h.isSaved())
	}
	h.popUndo()
	if !h.isSaved() {
		t.Error("undone to the saved text, not saved")
	}
	h.popUndo()
	if h.isSaved() {
		t.Error("undone past the saved text, still saved")
	}
	h.popRedo()
	if !h.isSaved() {
		t.Error("redone to the saved text, not saved")
	}
	h.record(kindDelete, edit{at: 0, removed: "a"}, sel, sel) // drops the redo of "c"
	if len(h.redo) != 0 || h.isSaved() {
		t.Errorf("a new edit after undo: %d redo steps, saved %v", len(h.redo), h.isSaved())
	}
	h.popUndo()
	if !h.isSaved() {
		t.Error("back at the saved text by another way, not saved")
	}
}

func TestHistoryDeleteGrouping(t *testing.T) {
	var h history
	sel := [2]int{}
	h.record(kindDelete, edit{at: 5, removed: "e"}, sel, sel)
	h.record(kindDelete, edit{at: 4, removed: "d"}, sel, sel) // Backspace again
	h.record(kindDelete, edit{at: 4, removed: "f"}, sel, sel) // Delete at the same place
	h.record(kindDelete, edit{at: 1, removed: "a"}, sel, sel) // elsewhere: a new step
	if len(h.undo) != 2 || len(h.undo[0].edits) != 3 {
		t.Errorf("steps %d, first with %d edits; want 2 and 3", len(h.undo), len(h.undo[0].edits))
	}
}
