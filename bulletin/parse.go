package bulletin

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/paiban/paiban/article"
	"github.com/paiban/paiban/internal/cjk"
	"github.com/paiban/paiban/internal/yamlerr"
	"github.com/paiban/paiban/message"
)

// keys are the keys of a bulletin file, in the order Marshal writes them;
// the one list the reader, the writer and the messages share.
var keys = []string{"name", "issue", "total", "supplement", "editor", "date", "lang",
	"classification", "serial", "note", "articles", "report", "send", "distribute", "copies",
	"footer", "mono"}

// Keys returns the keys of a bulletin file, in the order they are written.
func Keys() []string { return append([]string(nil), keys...) }

// Parse reads a bulletin from the text of its file (YAML, UTF-8). name and
// articles are required; every other key is optional. A fault is an *Error
// at its line and column (Path empty: Load sets it).
func Parse(data []byte) (*Bulletin, error) {
	var enc *article.EncodingError
	if err := article.CheckUTF8(data); errors.As(err, &enc) {
		return nil, &Error{Line: enc.Line, Col: enc.Col, Err: enc.Fault()}
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, errAt(0, 0, errMissingKey, "name", "name")
		}
		return nil, syntax(data, err)
	}
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case errors.Is(err, io.EOF):
	case err != nil:
		return nil, syntax(data, err)
	default:
		return nil, errAt(next.Line, next.Column, errTwoDocs)
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	root = deref(root)
	if root.Kind != yaml.MappingNode {
		return nil, errAt(root.Line, root.Column, errNotMap, yamlerr.Node(root))
	}
	b := &Bulletin{}
	seen := map[string]int{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := deref(root.Content[i]), deref(root.Content[i+1])
		if k.Kind != yaml.ScalarNode || !known(k.Value) {
			return nil, errAt(k.Line, k.Column, errUnknownKey, k.Value, strings.Join(keys, ", "))
		}
		if first, dup := seen[k.Value]; dup {
			return nil, errAt(k.Line, k.Column, errTwice, k.Value, first)
		}
		seen[k.Value] = k.Line
		if err := b.set(k.Value, v); err != nil {
			return nil, err
		}
	}
	if strings.TrimSpace(b.Name) == "" {
		line, col := root.Line, root.Column
		if l, ok := seen["name"]; ok {
			line, col = l, 1
		}
		return nil, errAt(line, col, errMissingKey, "name", "name")
	}
	if len(b.Articles) == 0 {
		line, col := root.Line, root.Column
		if l, ok := seen["articles"]; ok {
			line, col = l, 1
		}
		return nil, errAt(line, col, errNoArticles)
	}
	return b, nil
}

func known(k string) bool {
	for _, key := range keys {
		if k == key {
			return true
		}
	}
	return false
}

// set sets the field of key from its value v.
func (b *Bulletin) set(key string, v *yaml.Node) error {
	var err error
	switch key {
	case "name":
		b.Name, err = text(key, v)
	case "editor":
		b.Editor, err = text(key, v)
	case "classification":
		b.Classification, err = text(key, v)
	case "serial":
		b.Serial, err = text(key, v)
	case "note":
		b.Note, err = note(key, v)
	case "issue":
		b.Issue, err = number(key, v, 1)
	case "total":
		b.Total, err = number(key, v, 0)
	case "copies":
		b.Copies, err = number(key, v, 0)
	case "supplement":
		b.Supplement, err = boolean(key, v)
	case "footer":
		b.Footer, err = boolean(key, v)
	case "mono":
		b.Mono, err = boolean(key, v)
	case "date":
		var s string
		if s, err = text(key, v); err == nil && s != "" {
			if b.Date, err = time.Parse("2006-01-02", s); err != nil {
				err = errAt(v.Line, v.Column, errNotDate, key, s)
			}
		}
	case "lang":
		var s string
		if s, err = text(key, v); err == nil && s != "" {
			if b.Lang, err = cjk.ParseLang(s); err != nil {
				err = errAt(v.Line, v.Column, errNotLang, s)
			}
		}
	case "articles":
		b.Articles, err = entries(v)
	case "report":
		b.Report, err = list(key, v)
	case "send":
		b.Send, err = list(key, v)
	case "distribute":
		b.Distribute, err = list(key, v)
	}
	return err
}

// text is a scalar value as written, trimmed: a number or a date is kept
// as its text ("000123" unquoted stays 000123); null is "".
func text(key string, v *yaml.Node) (string, error) {
	if v.Kind != yaml.ScalarNode {
		return "", errAt(v.Line, v.Column, errNotText, key, yamlerr.Node(v))
	}
	if v.Tag == "!!null" {
		return "", nil
	}
	s := strings.TrimSpace(v.Value)
	if strings.ContainsAny(s, "\n\r") {
		return "", errAt(v.Line, v.Column, errNotText, key, yamlerr.Node(v))
	}
	return s, nil
}

// note is like text but may span lines, which are joined: Chinese prose
// has no spaces between its lines, so the space YAML folds a line break
// into is dropped between two Chinese characters.
func note(key string, v *yaml.Node) (string, error) {
	if v.Kind != yaml.ScalarNode {
		return "", errAt(v.Line, v.Column, errNotText, key, yamlerr.Node(v))
	}
	if v.Tag == "!!null" {
		return "", nil
	}
	var b strings.Builder
	for _, l := range strings.Split(v.Value, "\n") {
		b.WriteString(strings.TrimSpace(l))
	}
	rs := []rune(b.String())
	out := rs[:0]
	for i, r := range rs {
		if r == ' ' && i > 0 && i+1 < len(rs) && cjk.IsCJK(rs[i-1]) && cjk.IsCJK(rs[i+1]) {
			continue
		}
		out = append(out, r)
	}
	return string(out), nil
}

func number(key string, v *yaml.Node, least int) (int, error) {
	s, err := text(key, v)
	if err != nil || s == "" {
		return 0, err
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < least || n > 1_000_000 {
		return 0, errAt(v.Line, v.Column, errNotNumber, key, least, s)
	}
	return n, nil
}

func boolean(key string, v *yaml.Node) (bool, error) {
	s, err := text(key, v)
	if err != nil || s == "" {
		return false, err
	}
	switch strings.ToLower(s) {
	case "true", "yes", "on":
		return true, nil
	case "false", "no", "off":
		return false, nil
	}
	return false, errAt(v.Line, v.Column, errNotBool, key, s)
}

// list is a list of names; one name alone stands for a list of one.
func list(key string, v *yaml.Node) ([]string, error) {
	if v.Kind == yaml.ScalarNode {
		s, err := text(key, v)
		if err != nil || s == "" {
			return nil, err
		}
		return []string{s}, nil
	}
	if v.Kind != yaml.SequenceNode {
		return nil, errAt(v.Line, v.Column, errNotList, key, yamlerr.Node(v))
	}
	var out []string
	for _, it := range v.Content {
		s, err := text(key, deref(it))
		if err != nil {
			return nil, err
		}
		if s != "" {
			out = append(out, s)
		}
	}
	return out, nil
}

// entries reads the list of articles: file names, or mappings of file
// and new_page.
func entries(v *yaml.Node) ([]Entry, error) {
	if v.Kind != yaml.SequenceNode {
		return nil, errAt(v.Line, v.Column, errNotList, "articles", yamlerr.Node(v))
	}
	var out []Entry
	for _, it := range v.Content {
		it = deref(it)
		if len(out) == MaxArticles {
			return nil, errAt(it.Line, it.Column, errTooMany, MaxArticles)
		}
		e := Entry{Line: it.Line, Col: it.Column}
		switch it.Kind {
		case yaml.ScalarNode:
			s, err := text("articles", it)
			if err != nil {
				return nil, err
			}
			if s == "" {
				return nil, errAt(it.Line, it.Column, errBadEntry, yamlerr.Node(it))
			}
			e.File = s
		case yaml.MappingNode:
			for i := 0; i+1 < len(it.Content); i += 2 {
				k, val := deref(it.Content[i]), deref(it.Content[i+1])
				var err error
				switch k.Value {
				case "file":
					e.File, err = text("file", val)
				case "new_page":
					e.NewPage, err = boolean("new_page", val)
				default:
					err = errAt(k.Line, k.Column, errEntryKey, k.Value)
				}
				if err != nil {
					return nil, err
				}
			}
			if e.File == "" {
				return nil, errAt(it.Line, it.Column, errBadEntry, yamlerr.Node(it))
			}
		default:
			return nil, errAt(it.Line, it.Column, errBadEntry, yamlerr.Node(it))
		}
		out = append(out, e)
	}
	return out, nil
}

// deref follows an alias to the value it names.
func deref(n *yaml.Node) *yaml.Node {
	for i := 0; n.Kind == yaml.AliasNode && n.Alias != nil && i < 16; i++ {
		n = n.Alias
	}
	return n
}

// syntax places a YAML syntax error on its line.
func syntax(data []byte, err error) error {
	e := yamlerr.Locate(data, err)
	return &Error{Line: e.Line, Col: 1, Err: message.New(errSyntax, e)}
}
