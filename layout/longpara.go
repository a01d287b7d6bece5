package layout

import "unicode/utf8"

// A paragraph of more than windowGlyphs characters (a title of a million
// characters, a book pasted as one paragraph) is set a window of
// characters at a time, so that neither its glyphs nor the breaker's input
// are ever held whole: each window's last windowOverlap lines are set
// again at the start of the next, so that every line is chosen knowing
// what follows it.
const (
	windowGlyphs  = 16384
	windowOverlap = 8
)

// setLong sets a paragraph of more than windowGlyphs characters: lines as
// setUncached sets them, but broken by total fit within each window.
// Centred lines are not balanced (balance).
func (s shaper) setLong(runs []textRun, st parStyle) []Line {
	var lines []Line
	rep := s.newLineReport()
	defer rep.flush()
	ar := &breakArena{}
	for at := (runPos{}); ; {
		win, end, last := cutRuns(runs, at, windowGlyphs)
		gs := s.trackedGlyphs(win, st)
		if len(gs) == 0 {
			return lines
		}
		indent := Unit(0)
		if at == (runPos{}) {
			indent = st.indent
		}
		items := buildItems(gs, st.size+st.track, indent, st.compress)
		breaks := breakLines(items, st.measure, ar)
		if last {
			return s.setLines(lines, gs, items, breaks, st, rep)
		}
		keep := max(1, len(breaks)-windowOverlap)
		lines = s.setLines(lines, gs, items, breaks[:keep], st, rep)
		at = end // where the first line not kept starts
		for i := breaks[keep-1] + 1; i < len(items); i++ {
			if g := items[i].glyph; items[i].kind == boxItem && g > 0 {
				at = runPos{run: gs[g].run.from.run, at: gs[g].run.from.at + int(gs[g].at)}
				break
			}
		}
	}
}

// runPos is a place in a paragraph's runs: byte at of run's text.
type runPos struct{ run, at int }

// runeCount returns how many characters runs hold.
func runeCount(runs []textRun) int {
	n := 0
	for _, r := range runs {
		n += utf8.RuneCountInString(r.text)
	}
	return n
}

// cutRuns returns the runs from at on that hold at most n characters: the
// first and the last cut short if need be, each remembering where it was
// cut from (textRun.from). end is where the runs returned end; last is set
// when that is the paragraph's end.
func cutRuns(runs []textRun, at runPos, n int) (out []textRun, end runPos, last bool) {
	for i := at.run; i < len(runs); i++ {
		r := runs[i]
		from := 0
		if i == at.run {
			from = at.at
		}
		r.text, r.from = r.text[from:], runPos{i, from}
		if r.exact && r.src >= 0 {
			r.src += from
		}
		k := 0 // bytes of r.text taken
		for k < len(r.text) && n > 0 {
			_, size := utf8.DecodeRuneInString(r.text[k:])
			k += size
			n--
		}
		if k < len(r.text) {
			r.text, r.hardBreak = r.text[:k], false
			return append(out, r), runPos{i, from + k}, false
		}
		out = append(out, r)
		if n == 0 && i+1 < len(runs) {
			return out, runPos{i + 1, 0}, false
		}
	}
	return out, runPos{len(runs), 0}, true
}
