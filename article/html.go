package article

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/paiban/paiban/message"
)

// Raw HTML is never passed on: the reader drops every tag, comment and
// declaration with a warning, and keeps the plain text between tags. The
// content of <script> and <style> is not text and goes with its tags.

// rawHTML warns about an inline HTML tag, which is dropped. The text around
// it is separate goldmark Text nodes and stays.
func (r *reader) rawHTML(n *ast.RawHTML) {
	if n.Segments.Len() == 0 {
		return
	}
	start, end := n.Segments.At(0).Start, n.Segments.At(n.Segments.Len()-1).Stop
	r.warnHTML(start, end, htmlName(r.body[start:end]), "")
}

// warnHTML adds the warning for a dropped tag named name (see htmlName).
func (r *reader) warnHTML(start, end int, name, extra string) {
	if name == "<!--" {
		r.warn(start, end, message.New(wComment))
		return
	}
	if extra != "" {
		r.warn(start, end, message.New(wRawHTMLWith, name))
		return
	}
	r.warn(start, end, message.New(wRawHTML, name))
}

// htmlName names the tag at the start of b for a message: "<div>",
// "</div>", "<!DOCTYPE>", "<?php>", or "<!--" for a comment.
func htmlName(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte("<!--")):
		return "<!--"
	case bytes.HasPrefix(b, []byte("<![CDATA[")):
		return "<![CDATA[…]]>"
	}
	i := 1
	prefix := "<"
	if i < len(b) && (b[i] == '/' || b[i] == '!' || b[i] == '?') {
		prefix += string(b[i])
		i++
	}
	j := i
	for j < len(b) && (isASCIILetter(b[j]) || (j > i && (b[j] == '-' || (b[j] >= '0' && b[j] <= '9')))) {
		j++
	}
	return prefix + string(b[i:j]) + ">"
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// htmlBlockTags end a paragraph of an HTML block's text when they open or
// close.
const htmlBlockTags = ` address article aside blockquote body caption center dd details dialog
div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre
section summary table tbody td tfoot th thead tr ul `

// htmlState is where a scan of HTML stands between two lines.
type htmlState uint8

const (
	htmlText    htmlState = iota
	htmlTag               // inside <…>
	htmlComment           // inside <!-- … -->
	htmlCDATA             // inside <![CDATA[ … ]]>
	htmlPI                // inside <? … ?>
	htmlRawText           // inside <script> or <style>, up to its end tag
)

// htmlScan strips the tags from the lines of an HTML block.
type htmlScan struct {
	r       *reader
	state   htmlState
	start   int    // where the current tag (or comment…) began
	name    string // its name, see htmlName
	quote   byte   // the open quote inside a tag's attributes, or 0
	rawText string // "script" or "style" in htmlRawText
	out     []piece
}

// htmlBlock keeps the plain text of a raw HTML block as paragraphs, split
// at block-level tags, and warns about every tag it drops.
func (r *reader) htmlBlock(n *ast.HTMLBlock, start, end int) []Block {
	s := &htmlScan{r: r}
	lines := n.Lines()
	for i := range lines.Len() {
		seg := lines.At(i)
		s.line(seg.Start, seg.Stop)
	}
	if n.HasClosure() {
		s.line(n.ClosureLine.Start, n.ClosureLine.Stop)
	}
	if s.state != htmlText {
		s.drop(end, " (not closed)")
	}
	return r.paragraphs(s.out, start, end)
}

// line scans one line [start, stop) of the block, line end included.
func (s *htmlScan) line(start, stop int) {
	b := s.r.body
	end := stop
	for end > start && (b[end-1] == '\n' || b[end-1] == '\r') {
		end--
	}
	text := start // start of the pending text
	for i := start; i < end; {
		switch s.state {
		case htmlText:
			if b[i] != '<' || !isTagStart(b[i:end]) {
				i++
				continue
			}
			s.text(text, i)
			s.start, s.name = i, htmlName(b[i:end])
			switch {
			case s.name == "<!--":
				s.state, i = htmlComment, i+4
			case strings.HasPrefix(s.name, "<![CDATA["):
				s.state, i = htmlCDATA, i+9
			case strings.HasPrefix(s.name, "<?"):
				s.state, i = htmlPI, i+2
			default:
				s.state, i = htmlTag, i+1
			}
		case htmlTag:
			switch c := b[i]; {
			case s.quote != 0:
				if c == s.quote {
					s.quote = 0
				}
			case c == '"' || c == '\'':
				s.quote = c
			case c == '>':
				s.closeTag(i + 1)
				text = i + 1
			}
			i++
		case htmlComment, htmlCDATA, htmlPI:
			closer := s.closer()
			j := bytes.Index(b[i:end], []byte(closer))
			if j < 0 {
				i = end
				break
			}
			i += j + len(closer)
			s.drop(i, "")
			text = i
		case htmlRawText:
			j := indexFold(b[i:end], "</"+s.rawText)
			if j < 0 {
				i = end
				break
			}
			i += j
			s.state, text = htmlText, i
		}
	}
	if s.state == htmlText {
		s.text(text, end)
		if end < stop {
			s.out = s.r.softBreak(end, inlineCtx{}, s.out)
		}
	}
}

// closer is what ends a comment, a CDATA section or a processing
// instruction.
func (s *htmlScan) closer() string {
	switch s.state {
	case htmlComment:
		return "-->"
	case htmlCDATA:
		return "]]>"
	}
	return "?>"
}

// text keeps the text [start, end) between tags, its character references
// decoded.
func (s *htmlScan) text(start, end int) {
	if start < end {
		s.out = s.r.textPieces(start, end, inlineCtx{}, false, s.out)
	}
}

// closeTag ends the tag being read at end.
func (s *htmlScan) closeTag(end int) {
	name := strings.ToLower(strings.Trim(s.name, "</>"))
	opening := !strings.HasPrefix(s.name, "</")
	extra := ""
	if opening && (name == "script" || name == "style") {
		extra = " with its content"
	}
	s.drop(end, extra)
	if extra != "" {
		s.state, s.rawText = htmlRawText, name
	}
	if name != "" && strings.Contains(strings.ReplaceAll(htmlBlockTags, "\n", " "), " "+name+" ") {
		s.out = append(s.out, piece{kind: pieceSplit})
	}
}

// drop warns about the tag (or comment…) from s.start to end and goes back
// to reading text.
func (s *htmlScan) drop(end int, extra string) {
	s.r.warnHTML(s.start, end, s.name, extra)
	s.state, s.quote = htmlText, 0
}

// isTagStart reports whether b begins with something HTML reads as markup:
// "<" then a letter, "/", "!" or "?".
func isTagStart(b []byte) bool {
	return len(b) > 1 && (isASCIILetter(b[1]) || b[1] == '/' || b[1] == '!' || b[1] == '?')
}

// indexFold is bytes.Index for a lower-case ASCII sub, ignoring the case
// of ASCII letters in b.
func indexFold(b []byte, sub string) int {
	for i := 0; i+len(sub) <= len(b); i++ {
		k := 0
		for k < len(sub) && (b[i+k] == sub[k] || (isASCIILetter(b[i+k]) && b[i+k]|0x20 == sub[k])) {
			k++
		}
		if k == len(sub) {
			return i
		}
	}
	return -1
}
