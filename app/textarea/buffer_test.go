package textarea

import "testing"

func TestBufferEdits(t *testing.T) {
	b := newBuffer("第一段\n\nsecond")
	if got := b.String(); got != "第一段\n\nsecond" {
		t.Fatalf("String = %q", got)
	}
	end := b.insert(pos{0, 2}, "甲\n乙")
	if got, want := b.String(), "第一甲\n乙段\n\nsecond"; got != want {
		t.Fatalf("after insert: %q, want %q", got, want)
	}
	if end != (pos{1, 1}) {
		t.Errorf("insert ended at %v, want {1 1}", end)
	}
	if b.bytes != len("第一甲\n乙段\n\nsecond") {
		t.Errorf("bytes = %d", b.bytes)
	}
	b.remove(pos{0, 1}, pos{3, 2})
	if got, want := b.String(), "第cond"; got != want {
		t.Fatalf("after remove: %q, want %q", got, want)
	}
	if b.bytes != len("第cond") || len(b.lines) != 1 {
		t.Errorf("bytes = %d, lines = %d", b.bytes, len(b.lines))
	}
	b.insert(pos{0, 5}, "\n")
	if got := b.String(); got != "第cond\n" || len(b.lines) != 2 {
		t.Errorf("after a newline at the end: %q, %d lines", got, len(b.lines))
	}
}

func TestBufferOffsets(t *testing.T) {
	text := "臺北\nab\n\n市"
	b := newBuffer(text)
	// Byte offsets of each place, counted by hand: 臺 and 北 are 3 bytes.
	cases := []struct {
		p   pos
		off int
	}{
		{pos{0, 0}, 0}, {pos{0, 1}, 3}, {pos{0, 2}, 6}, {pos{1, 0}, 7}, {pos{1, 2}, 9},
		{pos{2, 0}, 10}, {pos{3, 0}, 11}, {pos{3, 1}, 14},
	}
	for _, c := range cases {
		if got := b.offset(c.p); got != c.off {
			t.Errorf("offset(%v) = %d, want %d", c.p, got, c.off)
		}
		if got := b.at(c.off); got != c.p {
			t.Errorf("at(%d) = %v, want %v", c.off, got, c.p)
		}
	}
	if got := b.at(4); got != (pos{0, 1}) {
		t.Errorf("at(4), inside 北, = %v, want {0 1}", got)
	}
	if got := b.at(99); got != (pos{3, 1}) {
		t.Errorf("at(99) = %v, want the end", got)
	}
	if got := b.slice(pos{0, 1}, pos{3, 0}); got != "北\nab\n\n" {
		t.Errorf("slice = %q", got)
	}
}

func TestBufferInvalidUTF8(t *testing.T) {
	b := newBuffer("a\xffb")
	if got := b.String(); got != "a\uFFFDb" || b.bytes != len(got) {
		t.Errorf("String = %q, bytes %d", got, b.bytes)
	}
}
