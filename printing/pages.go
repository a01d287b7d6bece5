package printing

import (
	"strconv"
	"strings"

	"github.com/paiban/paiban/message"
)

// Range is a run of pages, First to Last, counted from 1.
type Range struct{ First, Last int }

// Pages is a choice of pages to print: nil for all of them.
type Pages []Range

// ParsePages reads a page choice as a print dialog takes it: "1-3,5",
// "2-" (page 2 to the end: Last 0 until Resolve), "4"; spaces are allowed
// and full-width digits, commas and dashes too (typed with a Chinese input
// method). "" is all pages.
func ParsePages(s string) (Pages, error) {
	s = strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return '0' + (r - '０')
		case r == '，' || r == '、' || r == ';' || r == '；':
			return ','
		case r == '－' || r == '–' || r == '—' || r == '~' || r == '～' || r == '至':
			return '-'
		case r == ' ' || r == '\t' || r == '　':
			return -1
		}
		return r
	}, s)
	if s == "" {
		return nil, nil
	}
	var out Pages
	for _, part := range strings.Split(s, ",") {
		if part == "" {
			continue
		}
		a, b, isRange := strings.Cut(part, "-")
		first, err := pageNumber(a)
		if err != nil {
			return nil, message.New(badPages, s)
		}
		last := first
		if isRange {
			if b == "" {
				last = 0
			} else if last, err = pageNumber(b); err != nil {
				return nil, message.New(badPages, s)
			}
		}
		if last != 0 && last < first {
			return nil, message.New(backwardPages, part)
		}
		out = append(out, Range{first, last})
	}
	if len(out) == 0 {
		return nil, message.New(badPages, s)
	}
	return out, nil
}

func pageNumber(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 1e6 {
		return 0, strconv.ErrRange
	}
	return n, err
}

// Resolve checks the choice against a document of n pages, ends open
// ranges at n, and returns the chosen pages in order (every page when the
// choice is empty); a page past the end is an error.
func (p Pages) Resolve(n int) ([]int, error) {
	if len(p) == 0 {
		out := make([]int, n)
		for i := range out {
			out[i] = i + 1
		}
		return out, nil
	}
	var out []int
	for _, r := range p {
		last := r.Last
		if last == 0 {
			last = n
		}
		if r.First > n || last > n {
			return nil, message.New(pastEnd, r.String(), n)
		}
		for i := r.First; i <= last; i++ {
			out = append(out, i)
		}
	}
	return out, nil
}

// String is the choice as lp's -P option takes it: "1-3,5".
func (p Pages) String() string {
	parts := make([]string, len(p))
	for i, r := range p {
		parts[i] = r.String()
	}
	return strings.Join(parts, ",")
}

// String is the range as lp writes it: "2", "1-3", or "4-" for page 4 to
// the end.
func (r Range) String() string {
	switch {
	case r.Last == 0:
		return strconv.Itoa(r.First) + "-"
	case r.Last == r.First:
		return strconv.Itoa(r.First)
	}
	return strconv.Itoa(r.First) + "-" + strconv.Itoa(r.Last)
}
