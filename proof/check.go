package proof

import (
	"slices"

	"github.com/paiban/paiban/article"
)

// checker is one run of Check: the article, its runs and the findings so
// far.
type checker struct {
	a    *article.Article
	opt  Options
	runs []*run
	out  []Finding
}

// rules maps each rule to the function that applies it to the whole
// article.
var rules = []struct {
	id    Rule
	check func(*checker)
}{
	{HalfWidth, checkHalfWidth},
	{HTMLDebris, checkHTMLDebris},
	{Doubled, checkDoubled},
	{CJKSpace, checkSpaces}, // reports QuoteSpace too
	{Unbalanced, checkBalance},
	{MixedQuotes, checkQuoteStyle},
	{WrongScript, checkScript},
	{OverConversion, checkOverConversion},
	{MissingGlyph, checkGlyphs},
}

// Check proofreads the article and returns its findings sorted by place in
// the source (then by rule). It never changes the article; it is safe for
// concurrent use on different articles, and on the same one.
func Check(a *article.Article, opt Options) []Finding {
	c := &checker{a: a, opt: opt, runs: collect(a)}
	for _, r := range rules {
		if c.on(r.id) || r.id == CJKSpace && c.on(QuoteSpace) {
			r.check(c)
		}
	}
	slices.SortStableFunc(c.out, func(x, y Finding) int {
		switch {
		case x.Span.Start != y.Span.Start:
			return x.Span.Start - y.Span.Start
		case x.Span.End != y.Span.End:
			return x.Span.End - y.Span.End
		case x.Rule < y.Rule:
			return -1
		case x.Rule > y.Rule:
			return 1
		}
		return 0
	})
	locate(a.Source, c.out)
	return c.out
}

// on reports whether the options ask for rule id.
func (c *checker) on(id Rule) bool {
	return len(c.opt.Rules) == 0 || slices.Contains(c.opt.Rules, id)
}

// report adds a finding about runes [i, j) of run r, with message m. A fix
// is kept only where the text is a verbatim copy of the source.
func (c *checker) report(r *run, i, j int, id Rule, m text, args []any, fix string, hasFix bool) {
	if !c.on(id) {
		return
	}
	bi, bj := r.at[i], r.at[j]
	f := Finding{
		Rule:    id,
		Message: m.in(c.opt.Locale, args...),
		Span:    article.Span{Start: r.source(bi), End: r.sourceEnd(bj)},
	}
	if f.Span.End < f.Span.Start {
		f.Span.End = f.Span.Start
	}
	if hasFix && r.verbatim(bi, bj) {
		f.Fix, f.HasFix = fix, true
	}
	c.out = append(c.out, f)
}

// reportSpan adds a finding about a stretch of the source that no run
// holds (an HTML tag the reader dropped).
func (c *checker) reportSpan(span article.Span, id Rule, m text, args []any, fix string, hasFix bool) {
	if !c.on(id) {
		return
	}
	c.out = append(c.out, Finding{Rule: id, Message: m.in(c.opt.Locale, args...), Span: span, Fix: fix, HasFix: hasFix})
}
