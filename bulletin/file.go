package bulletin

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/paiban/paiban/article"
	"github.com/paiban/paiban/internal/atomicfile"
	"github.com/paiban/paiban/internal/userfile"
	"github.com/paiban/paiban/message"
)

// Bounds on a bulletin: its file is at most MaxFile bytes, far more than
// any list of articles and recipients needs; it names at most MaxArticles
// articles, of at most MaxText bytes together (twice the largest article
// accepted: the layout of that many stays within some 300 MB).
const (
	MaxFile     = 256 << 10
	MaxArticles = 100
	MaxText     = 2 * article.MaxFile
)

// Load reads the bulletin file at path (a regular file of at most MaxFile
// bytes, see userfile). A fault in it is an *Error naming path and the
// place: FILE:LINE:COL: message.
func Load(path string) (*Bulletin, error) {
	data, err := userfile.Read(path, "bulletin", MaxFile)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, message.New(noSuchFile, path)
		}
		return nil, err
	}
	b, err := Parse(data)
	var e *Error
	if errors.As(err, &e) {
		e.Path = path
		return nil, e
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	b.Path = path
	return b, nil
}

var noSuchFile = message.Text{"%s: no such file", "%s：找不到這個檔案", "%s：找不到这个文件"}

// ReadArticles reads the bulletin's articles, in order (article.ReadFile).
// An article that cannot be read is reported at the line of the bulletin
// file that names it: "B.yaml:12:5: a.md: no such file".
func (b *Bulletin) ReadArticles() ([]*article.Article, error) {
	out := make([]*article.Article, len(b.Articles))
	total := 0
	for i, e := range b.Articles {
		a, err := article.ReadFile(b.ArticlePath(e))
		if err != nil {
			return nil, b.At(e, err)
		}
		if err := b.CheckTotal(e, &total, len(a.Source)); err != nil {
			return nil, err
		}
		out[i] = a
	}
	return out, nil
}

// CheckTotal adds n, the size of entry e's article, to *total, the size of
// the articles before it, and refuses the article, at its line, when the
// sum passes MaxText.
func (b *Bulletin) CheckTotal(e Entry, total *int, n int) error {
	*total += n
	if *total > MaxText {
		return b.At(e, message.New(errTooLong, userfile.Size(MaxText)))
	}
	return nil
}

// At places err, about the article of entry e, at the line of the
// bulletin file that names it.
func (b *Bulletin) At(e Entry, err error) error {
	return &Error{Path: b.Path, Line: e.Line, Col: e.Col, Err: err}
}

// Marshal writes the bulletin as the text of its file: the keys in the
// order of Keys, empty ones left out; article paths as they are.
func (b *Bulletin) Marshal() ([]byte, error) {
	var root yaml.Node
	root.Kind = yaml.MappingNode
	add := func(key string, v *yaml.Node) {
		root.Content = append(root.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: key}, v)
	}
	str := func(key, s string) {
		if s = strings.TrimSpace(s); s != "" {
			add(key, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s})
		}
	}
	num := func(key string, n int) {
		if n > 0 {
			add(key, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: fmt.Sprint(n)})
		}
	}
	flag := func(key string, v bool) {
		if v {
			add(key, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"})
		}
	}
	seq := func(key string, items []string) {
		if len(items) == 0 {
			return
		}
		n := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		for _, s := range items {
			n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s})
		}
		add(key, n)
	}
	str("name", b.Name)
	num("issue", b.Issue)
	num("total", b.Total)
	flag("supplement", b.Supplement)
	str("editor", b.Editor)
	if !b.Date.IsZero() {
		str("date", b.Date.Format("2006-01-02"))
	}
	str("lang", string(b.Lang))
	str("classification", b.Classification)
	str("serial", b.Serial)
	str("note", b.Note)
	arts := &yaml.Node{Kind: yaml.SequenceNode}
	for _, e := range b.Articles {
		file := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: e.File}
		if !e.NewPage {
			arts.Content = append(arts.Content, file)
			continue
		}
		arts.Content = append(arts.Content, &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle, Content: []*yaml.Node{
			{Kind: yaml.ScalarNode, Value: "file"}, file,
			{Kind: yaml.ScalarNode, Value: "new_page"}, {Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"}}})
	}
	add("articles", arts)
	seq("report", b.Report)
	seq("send", b.Send)
	seq("distribute", b.Distribute)
	num("copies", b.Copies)
	flag("footer", b.Footer)
	flag("mono", b.Mono)
	out, err := yaml.Marshal(&root)
	if err != nil {
		return nil, fmt.Errorf("writing the bulletin: %w", err)
	}
	return out, nil
}

// Save writes the bulletin to path atomically (internal/atomicfile) and
// makes path its Path.
func (b *Bulletin) Save(path string) error {
	data, err := b.Marshal()
	if err != nil {
		return err
	}
	if err := atomicfile.WriteFile(path, data, 0o644); err != nil {
		return err
	}
	b.Path = path
	return nil
}
