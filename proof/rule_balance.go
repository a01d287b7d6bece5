package proof

var (
	msgUnclosed = text{
		"%q is never closed (no %q follows in this paragraph)",
		"「%c」沒有對應的「%c」",
		"“%c”没有对应的“%c”",
	}
	msgUnopened = text{
		"%q closes nothing (no %q before it in this paragraph)",
		"「%c」前面沒有對應的「%c」",
		"“%c”前面没有对应的“%c”",
	}
)

// pairOf maps each opening quotation mark or bracket of Chinese text to
// its closing one.
var pairOf = map[rune]rune{'“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '〈': '〉', '（': '）', '【': '】', '〔': '〕'}

// openerOf maps each closing mark to its opening one.
var openerOf = func() map[rune]rune {
	m := map[rune]rune{}
	for o, c := range pairOf {
		m[c] = o
	}
	return m
}()

// apostrophe reports whether the ‘ or ’ at rs[i] is an apostrophe in
// Western text (it’s, the ’90s, students’) rather than a quotation mark.
func apostrophe(rs []rune, i int) bool {
	if rs[i] != '’' && rs[i] != '‘' {
		return false
	}
	prev := i > 0 && isASCIIAlnum(rs[i-1])
	next := i+1 < len(rs) && isASCIIAlnum(rs[i+1])
	return prev || (rs[i] == '’' && next)
}

// checkBalance finds quotation marks and brackets that are opened and not
// closed, or closed and not opened, within a paragraph (or heading, cell,
// title). A quotation running over several paragraphs is left alone, as
// Chinese writes it: each paragraph opens it again and only the last
// closes it. There is no fix: where the missing mark goes is for the writer
// to say.
func checkBalance(c *checker) {
	type open struct {
		r rune
		i int
	}
	for k, r := range c.runs {
		rs := r.rs
		var stack []open
		for i, ch := range rs {
			if _, ok := pairOf[ch]; ok {
				if ch != '‘' || !apostrophe(rs, i) {
					stack = append(stack, open{ch, i})
				}
				continue
			}
			o, ok := openerOf[ch]
			if !ok {
				continue
			}
			d := len(stack) - 1
			for d >= 0 && stack[d].r != o {
				d--
			}
			switch {
			case d >= 0:
				for _, u := range stack[d+1:] {
					c.report(r, u.i, u.i+1, Unbalanced, msgUnclosed, []any{u.r, pairOf[u.r]}, "", false)
				}
				stack = stack[:d]
			case ch == '’' && apostrophe(rs, i):
			default:
				c.report(r, i, i+1, Unbalanced, msgUnopened, []any{ch, o}, "", false)
			}
		}
		for _, u := range stack {
			if u.r != '（' && u.r != '《' && u.r != '〈' && continued(c.runs, k, u.r) {
				continue
			}
			c.report(r, u.i, u.i+1, Unbalanced, msgUnclosed, []any{u.r, pairOf[u.r]}, "", false)
		}
	}
}

// continued reports whether the run after runs[k] opens with the mark o,
// continuing a quotation across paragraphs.
func continued(runs []*run, k int, o rune) bool {
	return k+1 < len(runs) && len(runs[k+1].rs) > 0 && runs[k+1].rs[0] == o
}
