package yamlerr

import (
	"errors"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// decodeErr is the error yaml.v3 gives for text.
func decodeErr(t *testing.T, text string) error {
	t.Helper()
	err := decodeAll([]byte(text))
	if err == nil {
		t.Fatalf("%q decodes without an error", text)
	}
	return err
}

func TestLocate(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		line       int
		want       string
	}{
		{"on line 1, which yaml.v3 does not name", "title: 黨建: 基層\n", 1,
			`YAML syntax: mapping values are not allowed in this context in "title: 黨建: 基層" (put quotes around a value that contains ": ")`},
		{"a parser fault yaml.v3 puts a line early", "a: 1\nb: 2\n- c\n", 3,
			`YAML syntax: did not find expected key in "- c"`},
		{"a value ending in a colon", "a: 1\nb: x:\n", 2,
			`YAML syntax: mapping values are not allowed in this context in "b: x:" (put quotes around a value that contains ": ")`},
		{"bad indentation is no quoting matter", "a: 1\nb: x\n c: y\n", 3,
			`YAML syntax: mapping values are not allowed in this context in "c: y"`},
		{"a tab", "a: 1\n\tb: 2\n", 2,
			`YAML syntax: found a tab character that violates indentation in "b: 2" (YAML does not allow tabs for indentation)`},
		{"unclosed quote", "a: 1\nb: \"x\nc: 3\n", 2,
			`YAML syntax: found unexpected end of stream in "b: \"x"`},
		{"in a second document", "a: 1\n---\nb: [x\n", 3,
			`YAML syntax: did not find expected ',' or ']' in "b: [x"`},
		{"CRLF line ends", "a: 1\r\nb: [x\r\n", 2,
			`YAML syntax: did not find expected ',' or ']' in "b: [x"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := decodeErr(t, tc.text)
			e := Locate([]byte(tc.text), err)
			if e.Line != tc.line || e.Error() != tc.want {
				t.Errorf("Locate(%q) = line %d %q\nwant line %d %q", tc.text, e.Line, e.Error(), tc.line, tc.want)
			}
			if !errors.Is(e, err) {
				t.Error("the decoder's error is not wrapped")
			}
		})
	}
}

// Past the bounds the line is yaml.v3's, kept within the text.
func TestLocateBounds(t *testing.T) {
	long := strings.Repeat("a: 1\n", maxRescanLines+10) + "b: [x\n"
	var n yaml.Node
	err := yaml.Unmarshal([]byte(long), &n)
	if err == nil {
		t.Fatal("no error")
	}
	reported, _ := split(err)
	if e := Locate([]byte(long), err); e.Line != reported || e.Line < maxRescanLines {
		t.Errorf("line %d, want yaml.v3's %d", e.Line, reported)
	}
	if e := Locate([]byte("a: 1\nb: 2\n"), errors.New("yaml: line 9: something else")); e.Line != 2 || e.Text != "b: 2" {
		t.Errorf("a line past the end: %d %q, want 2 \"b: 2\"", e.Line, e.Text)
	}
	if e := Locate(nil, errors.New("yaml: something")); e.Line != 1 || e.Error() != "YAML syntax: something" {
		t.Errorf("no text: line %d %q", e.Line, e.Error())
	}
}
