package proof

var msgOverConversion = text{
	"%q looks like a careless Simplified→Traditional conversion; write %q",
	"「%s」疑為簡轉繁時誤轉，應作「%s」",
	"“%s”疑为简转繁时误转，应作“%s”",
}

// checkOverConversion finds the words of data/overconversion.txt for the
// article's writing: 錶現 for 表現, 乾部 for 幹部, 貫穿于 for 貫穿於 — what
// a tool that converts character by character writes when one Simplified
// character stands for several Traditional ones. A match that overlaps a
// right word listed with "!" (手錶 in 手錶現在) is not one. The fix writes
// the right word.
func checkOverConversion(c *checker) {
	t := data()
	wrong, legit := t.wrong[c.a.Meta.Lang], t.legit[c.a.Meta.Lang]
	if len(wrong) == 0 {
		return
	}
	longest := 0
	for _, ps := range legit {
		for _, p := range ps {
			longest = max(longest, len(p.word))
		}
	}
	for _, r := range c.runs {
		rs := r.rs
		for i := 0; i < len(rs); i++ {
			ph, ok := wrong.at(rs[i:])
			if !ok {
				continue
			}
			j := i + len(ph.word)
			if overlapsLegit(rs, i, j, legit, longest) {
				continue
			}
			c.report(r, i, j, OverConversion, msgOverConversion, []any{string(ph.word), string(ph.repl)}, string(ph.repl), true)
			i = j - 1
		}
	}
}

// overlapsLegit reports whether a right word occurs across the edge of
// rs[i:j] (or around it).
func overlapsLegit(rs []rune, i, j int, legit phrases, longest int) bool {
	for p := max(0, i-longest+1); p < j; p++ {
		lg, ok := legit.at(rs[p:])
		if !ok {
			continue
		}
		end := p + len(lg.word)
		if end > i && (p < i || end > j) {
			return true
		}
	}
	return false
}
