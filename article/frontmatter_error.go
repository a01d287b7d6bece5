package article

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/paiban/paiban/internal/yamlerr"
	"github.com/paiban/paiban/message"
)

// FrontMatterError is a fault in an article's front matter that stops it
// from being read: malformed YAML, a missing closing "---", a field of the
// wrong kind or a value that cannot be understood. Its message names the
// field and the place, e.g.
//
//	front matter line 3:7: date "12/10" is not a date (want 2018-10-12 or 2018-10-12 09:53)
type FrontMatterError struct {
	// Span is the offending stretch of the file.
	Span Span
	// Line and Col are the 1-based position of Span.Start in the file
	// (front matter included), the column counted in characters.
	Line, Col int
	// Field is the front matter key at fault, lower-cased, or "" when the
	// fault is not in a known field (a missing "---", YAML syntax on a line
	// that holds no top-level key).
	Field string
	// Msg says what is wrong, in English; Note says it in each language
	// (a YAML syntax error as internal/yamlerr words it).
	Msg  string
	Note message.Localized
	// Err is the underlying error (from the YAML decoder), or nil.
	Err error
}

// Error implements error.
func (e *FrontMatterError) Error() string { return e.In(message.En) }

// In implements message.Localized.
func (e *FrontMatterError) In(l message.Lang) string {
	return fmt.Sprintf(fmAt.In(l), e.Line, e.Col, e.Detail(l))
}

// Detail is what is wrong, without the place, in l.
func (e *FrontMatterError) Detail(l message.Lang) string {
	if e.Note != nil {
		return e.Note.In(l)
	}
	return e.Msg
}

// Unwrap returns the underlying error, if any.
func (e *FrontMatterError) Unwrap() error { return e.Err }

func newFrontMatterError(src []byte, span Span, field string, what error, err error) *FrontMatterError {
	line, col := Position(src, span.Start)
	e := &FrontMatterError{Span: span, Line: line, Col: col, Field: field, Msg: what.Error(), Err: err}
	if loc, ok := what.(message.Localized); ok {
		e.Note = loc
	}
	return e
}

// fieldError is a FrontMatterError at a YAML node, spanning to the end of
// the node's line.
func fieldError(src []byte, fm frontMatter, n *yaml.Node, field string, what error, err error) *FrontMatterError {
	start := fm.nodeOffset(n)
	return newFrontMatterError(src, Span{start, trimmedLineEnd(src, start)}, field, what, err)
}

// yamlSyntaxError turns a YAML decoding error into a FrontMatterError at the
// line at fault, placed and worded in each language by internal/yamlerr as
// the profile's are. Field is the top-level key on that line, if any.
func yamlSyntaxError(src []byte, fm frontMatter, err error) *FrontMatterError {
	e := yamlerr.Locate(fm.yaml, err)
	field := ""
	if k, _, ok := strings.Cut(e.Text, ":"); ok && k != "" && !strings.ContainsAny(k, " \t[]{}\"'#-") {
		field = strings.ToLower(k)
	}
	start := fm.offset + yamlOffset(fm.yaml, e.Line, e.Col)
	return newFrontMatterError(src, Span{start, trimmedLineEnd(src, start)}, field, e, err)
}
