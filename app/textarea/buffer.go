package textarea

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// pos is a place in the text: a source line and a rune column in it. The
// column may equal the line's length (the place before its '\n').
type pos struct{ line, col int }

// before reports whether p comes before q.
func (p pos) before(q pos) bool {
	return p.line < q.line || p.line == q.line && p.col < q.col
}

// order returns p and q in text order.
func order(p, q pos) (pos, pos) {
	if q.before(p) {
		return q, p
	}
	return p, q
}

// line is one source line, without its '\n', with its wrap cache.
type line struct {
	runes []rune
	bytes int // len(string(runes))
	// text is string(runes) once asked for (String), textOK while it is:
	// an edit re-encodes its own line only, not the whole text.
	text   string
	textOK bool

	// rows are the rune columns at which the line's wrapped rows begin
	// (rows[0] == 0), for the width wrapped; nil when stale. breaks are
	// the line's break opportunities (layout.Breaks), which no width
	// changes; nil until a wrap needs them, and after an edit. See wrap.go.
	rows   []int
	breaks []bool
}

// buffer is the text as a slice of source lines. Byte offsets of line
// starts are kept as a prefix sum, made good lazily from the first line an
// edit touched; an edit therefore costs the edited line plus one pass of
// additions over the lines after it, never a rebuild of the text.
type buffer struct {
	lines  []*line
	starts []int // starts[i] is the byte offset of lines[i], valid below valid
	valid  int
	bytes  int // total length in bytes, '\n's included
	text   string
	cached bool // text holds the whole text

	// touched is the first line edited since the view last looked
	// (takeTouched): the lines before it wrap as they did.
	touched int
}

func newBuffer(s string) *buffer {
	b := &buffer{}
	b.set(s)
	return b
}

// set replaces the whole text.
func (b *buffer) set(s string) {
	s = valid(s)
	parts := strings.Split(s, "\n")
	b.lines = make([]*line, len(parts))
	for i, p := range parts {
		b.lines[i] = &line{runes: []rune(p), bytes: len(p)}
	}
	b.bytes = len(s)
	b.starts = make([]int, len(parts))
	b.valid = 0
	b.text, b.cached = s, true
	b.touched = 0
}

// takeTouched returns the first line edited since the last call, or
// len(lines) for none.
func (b *buffer) takeTouched() int {
	t := min(b.touched, len(b.lines))
	b.touched = len(b.lines)
	return t
}

// String builds the whole text (once per change: it is cached).
func (b *buffer) String() string {
	if b.cached {
		return b.text
	}
	var sb strings.Builder
	sb.Grow(b.bytes)
	for i, l := range b.lines {
		if i > 0 {
			sb.WriteByte('\n')
		}
		sb.WriteString(l.String())
	}
	b.text, b.cached = sb.String(), true
	return b.text
}

// String is the line's text.
func (l *line) String() string {
	if !l.textOK {
		l.text, l.textOK = string(l.runes), true
	}
	return l.text
}

// stale forgets what was worked out from the line's characters: its text,
// its rows and its break opportunities.
func (l *line) stale() {
	l.text, l.textOK = "", false
	l.rows, l.breaks = nil, nil
}

// end is the place after the last character.
func (b *buffer) end() pos {
	n := len(b.lines) - 1
	return pos{n, len(b.lines[n].runes)}
}

// clamp brings p inside the text.
func (b *buffer) clamp(p pos) pos {
	p.line = min(max(p.line, 0), len(b.lines)-1)
	p.col = min(max(p.col, 0), len(b.lines[p.line].runes))
	return p
}

// lineStart is the byte offset of line i.
func (b *buffer) lineStart(i int) int {
	for ; b.valid <= i; b.valid++ {
		if b.valid == 0 {
			b.starts[0] = 0
			continue
		}
		b.starts[b.valid] = b.starts[b.valid-1] + b.lines[b.valid-1].bytes + 1
	}
	return b.starts[i]
}

// offset is the byte offset of p in the text.
func (b *buffer) offset(p pos) int {
	return b.lineStart(p.line) + runesBytes(b.lines[p.line].runes[:p.col])
}

// at is the place of byte offset off, clamped to the text; an offset inside
// a character's bytes gives the place before it.
func (b *buffer) at(off int) pos {
	if off <= 0 {
		return pos{}
	}
	if off >= b.bytes {
		return b.end()
	}
	b.lineStart(len(b.lines) - 1)
	lo := lastAtOrBefore(b.starts, len(b.lines), off) // the last line starting at or before off
	rest := off - b.starts[lo]
	col := 0
	for _, r := range b.lines[lo].runes {
		n := utf8.RuneLen(r)
		if rest < n {
			break
		}
		rest -= n
		col++
	}
	return pos{lo, col}
}

// slice is the text between places a and b (a before b).
func (b *buffer) slice(a, e pos) string {
	var sb strings.Builder
	for i := a.line; i <= e.line; i++ {
		rs := b.lines[i].runes
		from, to := 0, len(rs)
		if i == a.line {
			from = a.col
		}
		if i == e.line {
			to = e.col
		}
		if i > a.line {
			sb.WriteByte('\n')
		}
		for _, r := range rs[from:to] {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// edited marks lines from i on as moved and the text as changed.
func (b *buffer) edited(i int) {
	b.valid = min(b.valid, i+1)
	b.touched = min(b.touched, i)
	b.cached = false
	b.text = ""
}

// remove deletes the text between a and e (a before e).
func (b *buffer) remove(a, e pos) {
	if a == e {
		return
	}
	removed := b.offset(e) - b.offset(a)
	first, last := b.lines[a.line], b.lines[e.line]
	tail := last.runes[e.col:]
	first.runes = append(first.runes[:a.col], tail...)
	first.bytes = runesBytes(first.runes)
	first.stale()
	if e.line > a.line {
		b.lines = append(b.lines[:a.line+1], b.lines[e.line+1:]...)
		b.starts = b.starts[:len(b.lines)]
	}
	b.bytes -= removed
	b.edited(a.line)
}

// insert puts s at p and returns the place after it.
func (b *buffer) insert(p pos, s string) pos {
	if s == "" {
		return p
	}
	s = valid(s)
	l := b.lines[p.line]
	b.bytes += len(s)
	if strings.IndexByte(s, '\n') < 0 {
		rs := []rune(s)
		l.runes = slices.Insert(l.runes, p.col, rs...)
		l.bytes += len(s)
		l.stale()
		b.edited(p.line)
		return pos{p.line, p.col + len(rs)}
	}
	parts := strings.Split(s, "\n")
	tail := append([]rune(nil), l.runes[p.col:]...)
	l.runes = append(l.runes[:p.col], []rune(parts[0])...)
	l.bytes = runesBytes(l.runes)
	l.stale()
	added := make([]*line, 0, len(parts)-1)
	for _, part := range parts[1:] {
		added = append(added, &line{runes: []rune(part), bytes: len(part)})
	}
	last := added[len(added)-1]
	end := pos{p.line + len(added), len(last.runes)}
	last.runes = append(last.runes, tail...)
	last.bytes = runesBytes(last.runes)
	last.stale()
	b.lines = append(b.lines[:p.line+1], append(added, b.lines[p.line+1:]...)...)
	b.starts = append(b.starts, make([]int, len(added))...)
	b.edited(p.line)
	return end
}

// runesBytes is the UTF-8 length of rs.
func runesBytes(rs []rune) int {
	n := 0
	for _, r := range rs {
		n += utf8.RuneLen(r)
	}
	return n
}

// valid is s with each run of bytes that are not UTF-8 replaced by U+FFFD,
// so that a text's bytes and its runes agree.
func valid(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// lastAtOrBefore is the last index i below n with a[i] <= x, in a[:n]
// rising from a[0] <= x (0 when none is).
func lastAtOrBefore(a []int, n, x int) int {
	return max(0, sort.Search(n, func(i int) bool { return a[i] > x })-1)
}
