package article

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
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
	// Msg says what is wrong.
	Msg string
	// Err is the underlying error (from the YAML decoder), or nil.
	Err error
}

// Error implements error.
func (e *FrontMatterError) Error() string {
	return fmt.Sprintf("front matter line %d:%d: %s", e.Line, e.Col, e.Msg)
}

// Unwrap returns the underlying error, if any.
func (e *FrontMatterError) Unwrap() error { return e.Err }

func newFrontMatterError(src []byte, span Span, field, msg string, err error) *FrontMatterError {
	line, col := Position(src, span.Start)
	return &FrontMatterError{Span: span, Line: line, Col: col, Field: field, Msg: msg, Err: err}
}

// fieldError is a FrontMatterError at a YAML node, spanning to the end of
// the node's line.
func fieldError(src []byte, fm frontMatter, n *yaml.Node, field, msg string, err error) *FrontMatterError {
	start := fm.nodeOffset(n)
	return newFrontMatterError(src, Span{start, trimmedLineEnd(src, start)}, field, msg, err)
}

// yamlLineRE matches the position yaml.v3 puts in some of its messages.
var yamlLineRE = regexp.MustCompile(`^line (\d+): `)

// yamlSyntaxError turns a YAML decoding error into a FrontMatterError at the
// line at fault.
//
// yaml.v3 is unreliable here: it leaves the line out for faults on the first
// line and, for parser (not scanner) faults, reports a line counted from 0.
// So the line is found by decoding ever longer prefixes of the YAML text:
// the first prefix that fails with the same message ends on the bad line.
func yamlSyntaxError(src []byte, fm frontMatter, err error) *FrontMatterError {
	msg, reported := yamlMessage(err)
	lines := bytes.SplitAfter(fm.yaml, []byte("\n"))
	bad, end := 0, 0
	const maxTries = 500 // front matter is short; bound the quadratic search anyway
	for k := 1; k <= len(lines) && k <= maxTries; k++ {
		end += len(lines[k-1])
		var n yaml.Node
		if e := yaml.Unmarshal(fm.yaml[:end], &n); e != nil {
			if m, _ := yamlMessage(e); m == msg {
				bad = k
				break
			}
		}
	}
	if bad == 0 {
		bad = min(max(reported, 1), len(lines))
	}
	raw := string(lines[bad-1])
	text := strings.TrimSpace(raw)
	field := "" // the top-level key on the bad line, if any
	if k, _, ok := strings.Cut(raw, ":"); ok && k != "" && !strings.ContainsAny(k, " \t[]{}\"'#-") {
		field = strings.ToLower(k)
	}
	full := "YAML syntax: " + msg
	if text != "" {
		full += fmt.Sprintf(" in %q", text)
	}
	switch {
	case strings.Contains(msg, "mapping values are not allowed"):
		full += ` (put quotes around a value that contains ": ")`
	case strings.Contains(raw, "\t"):
		full += " (YAML does not allow tabs for indentation)"
	}
	start := fm.offset + yamlOffset(fm.yaml, bad, 1)
	for start < fm.offset+len(fm.yaml) && (src[start] == ' ' || src[start] == '\t') {
		start++
	}
	return newFrontMatterError(src, Span{start, trimmedLineEnd(src, start)}, field, full, err)
}

// yamlMessage strips the "yaml: " and "line N: " prefixes from a yaml.v3
// error, returning the bare message and N (0 if absent).
func yamlMessage(err error) (msg string, line int) {
	msg = strings.TrimPrefix(err.Error(), "yaml: ")
	if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = msg[len(m[0]):]
	}
	return msg, line
}
