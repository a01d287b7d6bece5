// Package article holds the plain-data model of a news article: its metadata
// (front matter) and its body as blocks of styled inline text.
//
// Every node keeps the byte span of the source it came from, so that the editor,
// the layout and error messages can point back at the Markdown the user wrote.
// The Markdown reader (Parse) lives here too; goldmark types never leave this
// package. This package must not import layout, fonts, pdf or any UI package.
package article

import (
	"time"

	"github.com/paiban/paiban/internal/cjk"
	"github.com/paiban/paiban/message"
)

// Lang is a written-Chinese variety, as BCP 47 tags: it picks the regional
// fonts and conventions. It is internal/cjk's Lang, where the tags and the
// 繁/简 character table have their one home.
type Lang = cjk.Lang

// The two varieties the project typesets.
const (
	Hant Lang = cjk.Hant // zh-Hant: Traditional (Taiwan, Hong Kong, Macau)
	Hans Lang = cjk.Hans // zh-Hans: Simplified (Mainland, Singapore)
)

// Span is a half-open range [Start, End) of byte offsets into Article.Source.
type Span struct {
	Start, End int
}

// Meta is the article's front matter.
type Meta struct {
	Title    string
	Subtitle string
	Source   string // the publishing outlet, e.g. 澎湃新聞
	Author   string
	// Date is the publication date; DateHasTime says whether the front matter
	// gave a time of day too. A zero Date means none was given.
	Date        time.Time
	DateHasTime bool
	// Lang is the article's variety: from the front matter, else detected from
	// the text (LangDetected is then true).
	Lang         Lang
	LangDetected bool
	Keywords     []string
	// TitleSpan and SubtitleSpan are where the title's and the subtitle's
	// values start in Article.Source, to the end of that line: for
	// messages about them. A zero Span when the field is not given.
	TitleSpan, SubtitleSpan Span
}

// Article is a parsed article.
type Article struct {
	Meta   Meta
	Blocks []Block
	// Source is the whole file the article was read from, front matter
	// included; every Span indexes it.
	Source []byte
	// Warnings are things the reader dropped or could not honour (raw HTML,
	// unsupported constructs); the article is still usable.
	Warnings []Warning
}

// Warning is a non-fatal remark about the source, at a place in it.
type Warning struct {
	Span    Span
	Message string // in English
	// Note is Message in each language (message.In).
	Note message.Localized `json:"-"`
}

// Block is one of *Paragraph, *Heading, *Quote, *List, *Figure, *Rule or
// *Table.
type Block interface {
	// SourceSpan is the span of the whole block in the source.
	SourceSpan() Span
}

// Paragraph is a run of inline text.
type Paragraph struct {
	Inlines []Inline
	Span    Span
}

// Heading is a section heading; Level is 1–6 as in Markdown (## is 2).
type Heading struct {
	Level   int
	Inlines []Inline
	Span    Span
}

// Quote is a block quotation holding other blocks.
type Quote struct {
	Blocks []Block
	Span   Span
}

// List is an ordered or unordered list; Start is the first ordinal of an
// ordered list.
type List struct {
	Ordered bool
	Start   int
	Items   []ListItem
	Span    Span
}

// ListItem is one entry of a List; it may hold nested lists.
type ListItem struct {
	Blocks []Block
	Span   Span
}

// Figure is a local image with an optional caption. Path is as written in
// the Markdown; it is resolved against the article's folder by the caller.
type Figure struct {
	Path    string
	Alt     string
	Caption string
	Span    Span
}

// Rule is a thematic break.
type Rule struct {
	Span Span
}

// SourceSpan implements Block.
func (b *Paragraph) SourceSpan() Span { return b.Span }

// SourceSpan implements Block.
func (b *Heading) SourceSpan() Span { return b.Span }

// SourceSpan implements Block.
func (b *Quote) SourceSpan() Span { return b.Span }

// SourceSpan implements Block.
func (b *List) SourceSpan() Span { return b.Span }

// SourceSpan implements Block.
func (b *Figure) SourceSpan() Span { return b.Span }

// SourceSpan implements Block.
func (b *Rule) SourceSpan() Span { return b.Span }

// Style is a set of inline text styles.
type Style uint8

// Inline styles; they combine.
const (
	Bold Style = 1 << iota
	Italic
	Code
)

// Inline is a stretch of text in one style. A hard line break is an Inline
// with Break set and no text.
type Inline struct {
	Text  string
	Style Style
	// Link is the target of a hyperlink the text belongs to, or "".
	Link  string
	Break bool
	// Span covers the source of Text. When Exact is true, Text is a verbatim
	// copy of Source[Span.Start:Span.End], so the byte offset of any character
	// of Text in the source is Span.Start plus its offset in Text.
	Span  Span
	Exact bool
}

// Table is a GitHub-style table: a header row, body rows, and each
// column's alignment.
type Table struct {
	Header []Cell
	Rows   [][]Cell
	Align  []Align
	Span   Span
}

// Cell is one table cell.
type Cell struct {
	Inlines []Inline
	Span    Span
}

// Align is a table column's alignment.
type Align uint8

// Column alignments, as the delimiter row gives them (:--, :-:, --:).
const (
	AlignNone Align = iota
	AlignLeft
	AlignCenter
	AlignRight
)

// SourceSpan implements Block.
func (b *Table) SourceSpan() Span { return b.Span }
