package layout

import (
	"strings"

	"github.com/paiban/paiban/article"
)

// fakeFonts is a fixed-width font: ideographs and full-width marks are 1 em,
// everything else ½ em, and the characters in missing exist in no face.
type fakeFonts struct{ missing string }

func (f fakeFonts) Glyph(r rune, bold bool) (string, int32, bool) {
	if strings.ContainsRune(f.missing, r) {
		return "", 0, false
	}
	face := "fake"
	if bold {
		face = "fake-bold"
	}
	switch classify(r) {
	case classHan, classFull:
		return face, 1000, true
	case classSpace:
		return face, 250, true
	}
	return face, 500, true
}

// doc builds an article of paragraphs, each inline exact at its offset.
func doc(title string, paras ...string) *article.Article {
	a := &article.Article{Meta: article.Meta{Title: title, Lang: article.Hant}}
	src := ""
	for _, p := range paras {
		if strings.HasPrefix(p, "## ") {
			text := p[3:]
			a.Blocks = append(a.Blocks, &article.Heading{Level: 2, Inlines: []article.Inline{
				{Text: text, Span: article.Span{Start: len(src) + 3, End: len(src) + len(p)}, Exact: true}}})
		} else {
			a.Blocks = append(a.Blocks, &article.Paragraph{Inlines: []article.Inline{
				{Text: p, Span: article.Span{Start: len(src), End: len(src) + len(p)}, Exact: true}}})
		}
		src += p + "\n\n"
	}
	a.Source = []byte(src)
	return a
}

// bodyLines returns the body lines of every page, in order.
func bodyLines(d *Document) []Line {
	var out []Line
	for _, p := range d.Pages {
		for _, l := range p.Lines {
			if l.Kind == KindBody {
				out = append(out, l)
			}
		}
	}
	return out
}

// narrow returns options with a column of ems body ems.
func narrow(ems int) Options {
	o := Options{}.withDefaults()
	avail := o.Paper.Width - o.Margins.Left - o.Margins.Right
	extra := avail - Unit(ems)*o.Preset.Body
	o.Margins.Left += extra / 2
	o.Margins.Right += extra - extra/2
	return o
}
