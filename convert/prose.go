package convert

import (
	"bytes"
	"sort"
	"strings"

	"github.com/paiban/paiban/article"
)

// prose returns the stretches of an article's source that are words to
// convert, in order and apart: the front matter (its keys are ASCII and
// stay as they are), the text of paragraphs, headings, list items, quotes
// and table cells as the reader found it, and a figure's description and
// caption. Left out, so that they keep pointing where they point: link
// and image addresses, code, raw HTML and autolinks.
func prose(a *article.Article) []article.Span {
	var out []article.Span
	if body := article.BodyStart(a.Source); body > 0 {
		out = append(out, article.Span{Start: 0, End: body})
	}
	inlines := func(ins []article.Inline) {
		for _, in := range ins {
			if in.Style&article.Code != 0 || in.Break || in.Link != "" && autolink(a.Source, in.Span) {
				continue
			}
			if in.Span.Start >= 0 && in.Span.Start < in.Span.End && in.Span.End <= len(a.Source) {
				out = append(out, in.Span)
			}
		}
	}
	article.Walk(a.Blocks, func(b article.Block) {
		switch b := b.(type) {
		case *article.Paragraph:
			inlines(b.Inlines)
		case *article.Heading:
			inlines(b.Inlines)
		case *article.Table:
			for _, row := range append([][]article.Cell{b.Header}, b.Rows...) {
				for _, c := range row {
					inlines(c.Inlines)
				}
			}
		case *article.Figure:
			out = append(out, figureWords(a.Source, b)...)
		}
	})
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	apart := out[:0]
	end := 0
	for _, s := range out {
		if s.Start >= end {
			apart = append(apart, s)
			end = s.End
		}
	}
	return apart
}

// autolink reports whether the text at s is an address written as a link
// of its own, <https://…>.
func autolink(src []byte, s article.Span) bool {
	return s.Start > 0 && s.End < len(src) && src[s.Start-1] == '<' && src[s.End] == '>'
}

// figureWords returns the spans of a figure's source on either side of its
// address — "![description](" and its caption — so that the address stays.
func figureWords(src []byte, f *article.Figure) []article.Span {
	s := f.Span
	if s.Start < 0 || s.End > len(src) || s.Start >= s.End || f.Path == "" {
		return nil
	}
	text := src[s.Start:s.End]
	open := bytes.Index(text, []byte("]("))
	if open < 0 {
		return nil
	}
	at := open + 2
	for at < len(text) && (text[at] == ' ' || text[at] == '<') {
		at++
	}
	if !strings.HasPrefix(string(text[at:]), f.Path) {
		return nil // written with escapes: leave the figure as it is
	}
	return []article.Span{{Start: s.Start, End: s.Start + at}, {Start: s.Start + at + len(f.Path), End: s.End}}
}

// convertProse converts the prose of src (see prose) and leaves the rest
// byte for byte.
func convertProse(c Config, a *article.Article) ([]byte, error) {
	src := a.Source
	var out bytes.Buffer
	out.Grow(len(src) + len(src)/8)
	at := 0
	for _, s := range prose(a) {
		out.Write(src[at:s.Start])
		t, err := Text(c, string(src[s.Start:s.End]))
		if err != nil {
			return nil, err
		}
		out.WriteString(t)
		at = s.End
	}
	out.Write(src[at:])
	return out.Bytes(), nil
}
