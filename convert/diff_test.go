package convert

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

func TestDiff(t *testing.T) {
	for _, tc := range []struct {
		name, old, new string
		want           []Hunk
	}{
		{"same", "a\nb\n", "a\nb\n", nil},
		{"one line", "a\nb\nc\n", "a\nB\nc\n", []Hunk{{2, 2, []string{"b"}, []string{"B"}}}},
		{"two runs", "a\nb\nc\nd\n", "A\nb\nC\nD\n", []Hunk{
			{1, 1, []string{"a"}, []string{"A"}},
			{3, 3, []string{"c", "d"}, []string{"C", "D"}},
		}},
		{"inserted", "a\nb\n", "a\nx\nb\n", []Hunk{{2, 2, nil, []string{"x"}}}},
		{"deleted", "a\nx\nb\n", "a\nb\n", []Hunk{{2, 2, []string{"x"}, nil}}},
		{"inserted and changed", "---\ntitle: 甲\n---\n乙\n", "---\ntitle: 甲\nlang: zh-Hans\n---\n丙\n", []Hunk{
			{3, 3, nil, []string{"lang: zh-Hans"}},
			{4, 5, []string{"乙"}, []string{"丙"}},
		}},
		{"from nothing", "", "a\n", []Hunk{{1, 1, nil, []string{"a"}}}},
	} {
		if got := Diff(tc.old, tc.new); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: got %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

func TestWriteDiff(t *testing.T) {
	var b bytes.Buffer
	hs := Diff("a\nb\nc\n", "a\nx\nB\nc\n")
	if err := WriteDiff(&b, "old.md", "new.md", hs); err != nil {
		t.Fatal(err)
	}
	want := "--- old.md\n+++ new.md\n@@ -2 +2,2 @@\n-b\n+x\n+B\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	if got := Diff("a\n", "b\nc\nd\n"); len(got) != 1 || got[0].Changed() != 3 {
		t.Errorf("Changed: %+v", got)
	}
	b.Reset()
	WriteDiff(&b, "o", "n", Diff("a\nb\n", "b\n"))
	if !strings.Contains(b.String(), "@@ -1 +0,0 @@\n-a\n") {
		t.Errorf("a deleted first line: %q", b.String())
	}
}
