package article

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"github.com/paiban/paiban/message"
)

// Parse reads an article: a YAML front matter block (see the fields of
// Meta), then a CommonMark body. The body maps to blocks as follows:
// paragraphs to *Paragraph; headings to *Heading; block quotes to *Quote;
// lists, nested or not, tight or loose, to *List (a tight item's text is a
// *Paragraph in the item); thematic breaks to *Rule; code blocks to a
// *Paragraph in Code style, one Inline per line with Breaks between; an
// image to a *Figure, splitting the paragraph it stands in. Emphasis, strong
// emphasis and code spans set Italic, Bold and Code; links set Inline.Link.
// GitHub tables to *Table. Soft line breaks vanish between CJK characters and become a space
// elsewhere. Raw HTML is dropped with a Warning, its plain text kept.
//
// Every node carries its Span in src, which the Article keeps as Source
// without copying it: do not change src afterwards. Without a lang field,
// Meta.Lang is detected (DetectLang) from the title, the subtitle and the
// body without its code, the text the proofreader checks the writing of.
// The only errors are in the front matter; they are *FrontMatterError.
// Parse keeps no state between calls and is safe for concurrent use.
func Parse(src []byte) (*Article, error) {
	a := &Article{Source: src}
	fm, found, err := splitFrontMatter(src)
	if err != nil {
		return nil, err
	}
	if found {
		if a.Meta, a.Warnings, err = parseFrontMatter(src, fm); err != nil {
			return nil, err
		}
	}
	r := &reader{src: src, body: src[fm.body:], off: fm.body}
	doc := markdown.Parse(text.NewReader(r.body))
	a.Blocks = r.blocks(doc)
	a.Warnings = append(a.Warnings, r.warnings...)
	if a.Meta.Lang == "" {
		a.Meta.Lang, a.Meta.LangDetected = DetectLang(a.prose()), true
	}
	return a, nil
}

// markdown is CommonMark with GitHub tables. A goldmark parser holds no
// state between documents and may be shared.
var markdown = goldmark.New(goldmark.WithExtensions(extension.Table)).Parser()

// reader turns goldmark's AST of the body into the article model. goldmark
// sees only the body; its offsets are relative to it and become absolute
// (relative to the whole file) in span and warn.
type reader struct {
	src      []byte // the whole file
	body     []byte // the Markdown body, src[off:]
	off      int
	warnings []Warning
	spans    map[ast.Node]Span // body-relative block spans, see blockSpan
}

// abs converts a body offset to a file offset.
func (r *reader) abs(i int) int { return i + r.off }

// span converts a body range to a file Span.
func (r *reader) span(start, end int) Span { return Span{r.abs(start), r.abs(end)} }

// warn adds a warning about the body range [start, end); its span gives
// the place (see Article.Position), so that the caller can print it as
// file:line:col.
func (r *reader) warn(start, end int, what message.Localized) {
	r.warnings = append(r.warnings, Warning{Span: r.span(start, max(start, end)), Message: what.Error(), Note: what})
}

// blocks converts the block children of n.
func (r *reader) blocks(n ast.Node) []Block {
	var out []Block
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		out = append(out, r.block(c)...)
	}
	return out
}

// block converts one goldmark block; it may give none (a link reference
// definition) or several (a paragraph split by figures).
func (r *reader) block(n ast.Node) []Block {
	start, end := r.blockSpan(n)
	switch n := n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		return r.paragraphs(r.inlines(n, inlineCtx{}, nil), start, end)
	case *ast.Heading:
		ins := r.finishInlines(r.inlines(n, inlineCtx{noFigure: &inHeading}, nil))
		return []Block{&Heading{Level: n.Level, Inlines: ins, Span: r.span(start, end)}}
	case *ast.ThematicBreak:
		return []Block{&Rule{Span: r.span(start, end)}}
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		return r.codeBlock(n, start, end)
	case *ast.Blockquote:
		return []Block{&Quote{Blocks: r.blocks(n), Span: r.span(start, end)}}
	case *ast.List:
		return []Block{r.list(n, start, end)}
	case *ast.HTMLBlock:
		return r.htmlBlock(n, start, end)
	case *ast.LinkReferenceDefinition:
		return nil // used by the links that refer to it; prints nothing
	case *extast.Table:
		return []Block{r.table(n, start, end)}
	}
	// Not CommonMark (an extension's node): keep its text.
	r.warn(start, end, message.New(wTextKept, n.Kind().String()))
	if c := n.FirstChild(); c != nil && c.Type() == ast.TypeInline {
		return r.paragraphs(r.inlines(n, inlineCtx{}, nil), start, end)
	}
	return r.blocks(n)
}

// list converts a list and its items.
func (r *reader) list(n *ast.List, start, end int) *List {
	l := &List{Ordered: n.IsOrdered(), Span: r.span(start, end)}
	if l.Ordered {
		l.Start = n.Start
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		s, e := r.blockSpan(c)
		l.Items = append(l.Items, ListItem{Blocks: r.blocks(c), Span: r.span(s, e)})
	}
	return l
}
