package layout

import "github.com/paiban/paiban/message"

// Document is a laid-out article: pages of absolutely positioned items.
type Document struct {
	Paper Paper
	Pages []Page
	// Outline lists the title and headings with where they landed, for PDF
	// bookmarks and the editor's navigation.
	Outline []OutlineEntry
	// Problems are what the layout could not do as asked: characters no
	// face has, missing images, lines, titles and tables that could not be
	// fitted as they should.
	Problems []Problem
}

// Page is one page of a Document. Items are in reading order.
type Page struct {
	Number int // 1-based
	Lines  []Line
	Rules  []Rule
	Images []Image
	Links  []Link
}

// LineKind says what a line belongs to.
type LineKind string

// Line kinds.
const (
	KindTitle    LineKind = "title"
	KindSubtitle LineKind = "subtitle"
	KindMeta     LineKind = "meta"
	KindHeading  LineKind = "heading"
	KindBody     LineKind = "body"
	KindCaption  LineKind = "caption"
	KindHeader   LineKind = "header"
	KindFooter   LineKind = "footer"
	KindPageNo   LineKind = "page-number"
)

// Line is one printed line: glyph runs on one baseline.
type Line struct {
	Kind LineKind
	// Ink is what the line prints in (see inkOf); Colour, when set, prints
	// it in a colour instead (a bulletin's red masthead).
	Ink    Grey
	Colour Colour `json:",omitzero"`
	// Y is the baseline; X0 and X1 are where the first glyph starts and the
	// last glyph's advance ends.
	Y, X0, X1 Unit
	// Measure is the left and right edge of the column the line was set in;
	// a justified line spans it exactly.
	Left, Right Unit
	// Justified is set on lines stretched or shrunk to the measure; Last on a
	// paragraph's last line (which is set at its natural width).
	Justified bool
	Last      bool
	Runs      []Run
	// links are the line's link areas, x relative to the line, y unset
	// until the pager places the line.
	links []Link
}

// Run is a stretch of glyphs in one face and size.
type Run struct {
	Face   string
	Size   Unit
	Glyphs []Glyph
}

// Glyph is one positioned character (or a ligature-free cluster).
type Glyph struct {
	Text    string // the character(s) the glyph stands for
	X       Unit   // left edge of the glyph's advance
	Advance Unit
	// Src is the byte offset of the character in the article source, or
	// -1 (an int32: articles are at most article.MaxFile bytes, and a
	// glyph record stays 32 bytes).
	Src int32
	// ID is the glyph in the run's face that prints Text — for an ASCII
	// mark printed full width, its full-width form's (punctuation.go); 0
	// when the fonts do not tell (see GlyphIDs). Both renderers draw this
	// glyph: the PDF's embedded fonts map Text to it.
	ID uint16
}

// Rule is a straight line segment, e.g. a thematic break or the footer rule.
type Rule struct {
	X1, Y1, X2, Y2 Unit
	Width          Unit
	Ink            Grey
	// Colour, when set, prints the rule in a colour instead of Ink.
	Colour Colour `json:",omitzero"`
}

// Image is a figure placed on the page; Path is as written in the article.
type Image struct {
	Path       string
	X, Y, W, H Unit // Y is the top edge
}

// Link is a clickable area pointing at a URL: only an address that
// article.CheckLink accepts (http, https, mailto, tel), in its encoded form.
type Link struct {
	URL        string
	X, Y, W, H Unit // Y is the top edge
}

// OutlineEntry is a bookmark: the title is level 0, ## headings level 1 …
type OutlineEntry struct {
	Level int
	Text  string
	Page  int  // 1-based
	Y     Unit // top of the line
}

// ProblemKind classifies a Problem.
type ProblemKind string

// Problem kinds.
const (
	MissingGlyph ProblemKind = "missing-glyph"
	MissingImage ProblemKind = "missing-image"
	// Overfull is text or a table that did not fit as it should and was
	// set anyway: a line wider than its column or broken where the rules
	// forbid, a title, subtitle or heading of more than three lines, a
	// table too wide for the page even in small type (printed in parts).
	Overfull ProblemKind = "overfull"
)

// Problem is something the layout could not do as asked, at a place in the
// source (Src is a byte offset, or -1 when the text is not from the body).
type Problem struct {
	Kind    ProblemKind
	Src     int
	Text    string // the character, path or text concerned
	Message string // in English
	// Note is Message in each language (message.In); nil for a problem
	// made elsewhere than the layout.
	Note *message.Error `json:"-"`
	// Part is, in a bulletin, the article the problem is in: 1 for the
	// first; 0 outside a bulletin and for the bulletin's own text.
	Part int `json:",omitempty"`
}

// Text returns the line's characters.
func (l *Line) Text() string {
	n := 0
	for _, r := range l.Runs {
		n += len(r.Glyphs)
	}
	b := make([]byte, 0, 3*n)
	for _, r := range l.Runs {
		for _, g := range r.Glyphs {
			b = append(b, g.Text...)
		}
	}
	return string(b)
}

// clone returns a copy of l that shares no glyphs with it, so that the copy
// can be moved without moving l.
func (l Line) clone() Line {
	runs := make([]Run, len(l.Runs))
	for i, r := range l.Runs {
		r.Glyphs = append([]Glyph(nil), r.Glyphs...)
		runs[i] = r
	}
	l.Runs = runs
	l.links = append([]Link(nil), l.links...)
	return l
}
