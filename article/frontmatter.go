package article

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/paiban/paiban/internal/yamlerr"
	"github.com/paiban/paiban/message"
)

// frontMatter locates the YAML block at the head of a file:
//
//	[BOM] ---\n      ← opening line
//	title: …         ← yaml starts at offset
//	---\n            ← closing line
//	Markdown body…   ← body starts here
type frontMatter struct {
	yaml   []byte // the YAML text between the two "---" lines
	offset int    // where yaml starts in the file
	body   int    // where the Markdown body starts in the file
}

// splitFrontMatter finds the front matter of src. A file that does not
// begin (after an optional UTF-8 byte order mark) with a "---" line has none:
// found is false and fm.body is where the body starts. Lines may end in
// "\n" or "\r\n"; trailing blanks after "---" are allowed.
func splitFrontMatter(src []byte) (fm frontMatter, found bool, err error) {
	start := 0
	if bytes.HasPrefix(src, []byte(utf8BOM)) {
		start = len(utf8BOM)
	}
	line, next := nextLine(src, start)
	if !isFenceLine(line) {
		return frontMatter{body: start}, false, nil
	}
	if next == len(src) && !bytes.HasSuffix(line, []byte("\n")) {
		return frontMatter{}, true, newFrontMatterError(src, Span{start, next}, "", message.New(fmNoClose), nil)
	}
	for at := next; at < len(src); {
		line, after := nextLine(src, at)
		if isFenceLine(line) {
			return frontMatter{yaml: src[next:at], offset: next, body: after}, true, nil
		}
		at = after
	}
	return frontMatter{}, true, newFrontMatterError(src, Span{start, start + 3}, "",
		message.New(fmNoCloseList), nil)
}

// FrontMatterAt returns where an article file's front matter is: its YAML
// text is src[yaml:closing], closing is where the closing "---" line
// starts, and found is false when the file has none (or leaves it
// unclosed, which Parse refuses).
func FrontMatterAt(src []byte) (yaml, closing int, found bool) {
	fm, found, err := splitFrontMatter(src)
	if err != nil || !found {
		return 0, 0, false
	}
	return fm.offset, fm.offset + len(fm.yaml), true
}

// BodyStart returns where the Markdown body of an article file starts:
// just past the front matter's closing "---" line, or past the byte order
// mark when the file has no front matter (a first line of "----" is a
// rule, not front matter). A file whose front matter is not closed, which
// Parse refuses, gives 0.
func BodyStart(src []byte) int {
	fm, _, err := splitFrontMatter(src)
	if err != nil {
		return 0
	}
	return fm.body
}

// nextLine returns the line of src starting at i, with its line end, and
// the offset of the line after it.
func nextLine(src []byte, i int) (line []byte, next int) {
	if j := bytes.IndexByte(src[i:], '\n'); j >= 0 {
		return src[i : i+j+1], i + j + 1
	}
	return src[i:], len(src)
}

// isFenceLine reports whether line is "---", ignoring trailing blanks and
// the line end.
func isFenceLine(line []byte) bool {
	return string(bytes.TrimRight(line, " \t\r\n")) == "---"
}

// metaFields lists the front matter keys the reader knows, for the
// unknown-field warning; setField is where they are read.
const metaFields = "title, subtitle, source, author, date, lang, keywords"

// nodeError is an error about a particular YAML node, deeper than the
// field's value (an item of a list).
type nodeError struct {
	node *yaml.Node
	err  error
}

func (e *nodeError) Error() string { return e.err.Error() }

// parseFrontMatter decodes the YAML block into a Meta. src is the whole file,
// so that errors and warnings can point into it.
func parseFrontMatter(src []byte, fm frontMatter) (Meta, []Warning, error) {
	var meta Meta
	var doc yaml.Node
	if err := yaml.Unmarshal(fm.yaml, &doc); err != nil {
		return meta, nil, yamlSyntaxError(src, fm, err)
	}
	if len(doc.Content) == 0 { // empty, or only comments
		return meta, nil, nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return meta, nil, fieldError(src, fm, root, "", message.New(fmNotFields, yamlerr.Node(root)), nil)
	}
	var warnings []Warning
	seen := map[string]*yaml.Node{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		key, val := root.Content[i], root.Content[i+1]
		if key.Kind != yaml.ScalarNode {
			return meta, nil, fieldError(src, fm, key, "", message.New(fmKeyNotText), nil)
		}
		name := strings.ToLower(key.Value)
		if first, dup := seen[name]; dup {
			line, _ := Position(src, fm.nodeOffset(first))
			return meta, nil, fieldError(src, fm, key, name, message.New(fmTwice, name, line), nil)
		}
		seen[name] = key
		if val.Kind == yaml.AliasNode && val.Alias != nil {
			val = val.Alias
		}
		known, err := setField(&meta, name, val)
		if err == nil {
			meta.setSpan(name, src, fm.nodeOffset(val))
		}
		if err != nil {
			at := val
			if ne, ok := err.(*nodeError); ok {
				at, err = ne.node, ne.err
			}
			return meta, nil, fieldError(src, fm, at, name, err, nil)
		}
		if !known {
			start := fm.nodeOffset(key)
			end := start + len(key.Value)
			if key.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
				end += 2
			}
			note := message.New(wUnknownField, key.Value, metaFields)
			warnings = append(warnings, Warning{
				Span:    Span{start, min(end, trimmedLineEnd(src, start))},
				Message: note.Error(),
				Note:    note,
			})
		}
	}
	return meta, warnings, nil
}

// setField stores the value of the field name in meta, reporting whether
// the field is one the reader knows. The error names the field and the
// value.
func setField(meta *Meta, name string, val *yaml.Node) (known bool, err error) {
	switch name {
	case "title", "subtitle", "source", "author":
		s, err := scalarText(name, val)
		if err != nil {
			return true, err
		}
		switch name {
		case "title":
			meta.Title = s
		case "subtitle":
			meta.Subtitle = s
		case "source":
			meta.Source = s
		case "author":
			meta.Author = s
		}
	case "date":
		s, err := scalarText(name, val)
		if err != nil || s == "" {
			return true, err
		}
		if meta.Date, meta.DateHasTime, err = parseDate(s); err != nil {
			return true, err
		}
	case "lang":
		s, err := scalarText(name, val)
		if err != nil || s == "" {
			return true, err
		}
		if meta.Lang, err = ParseLang(s); err != nil {
			return true, message.New(fmNotLang, s)
		}
	case "keywords":
		if meta.Keywords, err = keywordsOf(val); err != nil {
			return true, err
		}
	default:
		return false, nil
	}
	return true, nil
}

// setSpan records where the value of the title or subtitle field starts,
// once its text is known not to be empty.
func (meta *Meta) setSpan(name string, src []byte, start int) {
	span := Span{start, trimmedLineEnd(src, start)}
	switch {
	case name == "title" && meta.Title != "":
		meta.TitleSpan = span
	case name == "subtitle" && meta.Subtitle != "":
		meta.SubtitleSpan = span
	}
}

// scalarText returns the text of a single YAML value, trimmed. The value is
// taken as written (yaml.Node.Value), so that 2018-10-12 or 2024 stay text
// instead of becoming a timestamp or a number. A null value is "".
func scalarText(name string, val *yaml.Node) (string, error) {
	if val.Kind != yaml.ScalarNode {
		return "", message.New(fmNotText, name, yamlerr.Node(val))
	}
	if val.Tag == "!!null" {
		return "", nil
	}
	return strings.TrimSpace(val.Value), nil
}

// nodeOffset is the file offset of a YAML node, from its line and column
// (yaml.v3 counts both from 1, columns in characters).
func (fm frontMatter) nodeOffset(n *yaml.Node) int {
	return fm.offset + yamlOffset(fm.yaml, n.Line, n.Column)
}

// yamlOffset converts a 1-based line and character column in text to a byte
// offset, clamped to the text.
func yamlOffset(text []byte, line, col int) int {
	off := 0
	for l := 1; l < line; l++ {
		i := bytes.IndexByte(text[off:], '\n')
		if i < 0 {
			return len(text)
		}
		off += i + 1
	}
	for c := 1; c < col && off < len(text) && text[off] != '\n'; c++ {
		_, size := utf8.DecodeRune(text[off:])
		off += size
	}
	return off
}
