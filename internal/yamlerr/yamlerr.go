// Package yamlerr places a syntax error of gopkg.in/yaml.v3 on the line at
// fault and words it in English, 繁體 and 简体, the one way Paiban does for
// every YAML it reads (an article's front matter, an organisation profile,
// a bulletin), and names a value of the wrong kind the one way too (Node):
//
//	YAML syntax: mapping values are not allowed in this context in "title: 黨建: 基層" (put quotes around a value that contains ": ")
//	YAML 語法錯誤：此處不能有「: 」（在 "title: 黨建: 基層"）（含有「: 」的值請加上引號）
//
// yaml.v3 words its errors in English only; the kinds it reports (see
// kinds in text.go) each have a catalogue wording, and a message of a kind
// not listed is worded as a generic "YAML syntax error" with yaml.v3's
// words in parentheses. The caller puts its own position in front, as
// file:line:col (Line and Col). yaml.v3 is unreliable about lines: it leaves the line
// out for faults on the first one and, for parser (not scanner) faults,
// names the line before. So the line is found by decoding ever longer
// prefixes of the text: the first prefix that fails with the same message
// ends on the bad line. A prefix can fail for a reason of its own, such as a
// quote closed on a later line; it then fails with another message and is
// passed over, unless both happen to be "found unexpected end of stream",
// when the line found can be too early.
//
// The package holds no state and is safe for concurrent use. It imports the
// standard library, yaml.v3 and message only.
package yamlerr

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/paiban/paiban/message"
)

// Bounds on the extra work Locate does to place an error: it decodes at
// most this many prefixes, none longer than this many bytes; past them it
// trusts yaml.v3's line. The work is quadratic in the text's length, and
// front matter and profiles are short.
const (
	maxRescanLines = 500
	maxRescanBytes = 64 << 10
)

// Error is a YAML syntax error placed on its line.
type Error struct {
	// Line is the 1-based line of the YAML text at fault; Col is the
	// 1-based column, in characters, of the first character on it that is
	// not a blank (1 for a blank line), where the fault is shown.
	Line, Col int
	// Text is that line as written, without its line break.
	Text string
	// Msg is yaml.v3's description, without its "yaml: line N: " prefix.
	Msg string
	// Err is the decoder's error.
	Err error
}

// Error returns the message in English, without a position: `YAML
// syntax: MSG in "LINE"`, and a hint for the two faults people make most,
// an unquoted ": " in a value and a tab in the indentation.
func (e *Error) Error() string { return e.In(message.En) }

// In implements message.Localized: the message in l, without a position.
func (e *Error) In(l message.Lang) string {
	t := strings.TrimSpace(e.Text)
	frame, what := syntax, any(e.Msg)
	if w, ok := Describe(e.Msg); ok {
		what = w
	} else {
		frame = unknown
	}
	var s string
	switch {
	case t == "":
		s = message.New(frame, what).In(l)
	case frame == unknown:
		s = message.New(unknownIn, what, t).In(l)
	default:
		s = message.New(syntaxIn, what, t).In(l)
	}
	_, value, _ := strings.Cut(t, ": ")
	switch {
	case strings.Contains(e.Msg, "mapping values are not allowed") && strings.Contains(value+" ", ": "):
		s += hintQuote.In(l)
	case strings.Contains(e.Text, "\t"):
		s += hintTab.In(l)
	}
	return s
}

// Unwrap returns the decoder's error.
func (e *Error) Unwrap() error { return e.Err }

// Locate places err, an error yaml.v3 gave decoding text (every document
// of it), on the line at fault.
func Locate(text []byte, err error) *Error {
	reported, msg := split(err)
	var lines [][]byte
	for _, l := range bytes.SplitAfter(text, []byte("\n")) {
		if len(l) > 0 {
			lines = append(lines, l)
		}
	}
	bad, end := 0, 0
	for i, l := range lines {
		end += len(l)
		if i >= maxRescanLines || end > maxRescanBytes {
			break
		}
		if _, m := split(decodeAll(text[:end])); m == msg {
			bad = i + 1
			break
		}
	}
	if bad == 0 {
		bad = min(max(reported, 1), max(len(lines), 1))
	}
	e := &Error{Line: bad, Col: 1, Msg: msg, Err: err}
	if bad <= len(lines) {
		e.Text = strings.TrimRight(string(lines[bad-1]), "\r\n")
		blank := len(e.Text) - len(strings.TrimLeft(e.Text, " \t"))
		e.Col = 1 + utf8.RuneCountInString(e.Text[:blank])
		if blank == len(e.Text) {
			e.Col = 1
		}
	}
	return e
}

// decodeAll decodes every document in data and returns the first error, or
// nil.
func decodeAll(data []byte) error {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	for {
		var n yaml.Node
		if err := dec.Decode(&n); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
	}
}

// split splits "yaml: line 3: msg" into 3 and "msg" (0 when there is no
// line), white space in msg collapsed; a nil error gives 0 and "".
func split(err error) (int, string) {
	if err == nil {
		return 0, ""
	}
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0] // "line N: cannot unmarshal …"; the first is placed
	}
	line := 0
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if num, tail, ok := strings.Cut(rest, ": "); ok {
			if n, err := strconv.Atoi(num); err == nil {
				line, msg = n, tail
			}
		}
	}
	return line, strings.Join(strings.Fields(msg), " ")
}
