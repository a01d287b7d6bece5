package layout

import (
	"reflect"
	"strings"
	"testing"
)

// A layout that takes paragraphs from the cache after an edit is the same
// as a fresh one of the edited article, source offsets included.
func TestCacheGivesTheSameLayout(t *testing.T) {
	paras := strings.Split(strings.Repeat(sample+"\n", 8), "\n")
	paras = paras[:len(paras)-1]
	before := doc("標題", paras...)
	edited := append([]string(nil), paras...)
	edited[2] = "新增的一句話，" + edited[2] // shifts every later paragraph's offsets
	after := doc("標題", edited...)

	var c Cache
	Layout(before, fakeFonts{missing: "宣"}, Options{Cache: &c})
	got := Layout(after, fakeFonts{missing: "宣"}, Options{Cache: &c})
	want := Layout(after, fakeFonts{missing: "宣"}, Options{})
	if !reflect.DeepEqual(got, want) {
		t.Fatal("cached layout differs from a fresh one")
	}
	if len(c.entries) == 0 || len(c.entries) > len(edited)+8 {
		t.Fatalf("cache holds %d entries", len(c.entries))
	}
}
