package app

import (
	"bytes"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/paiban/paiban/article"
)

// Document is the article as the editor shows it: front matter fields and
// the Markdown body. It is plain data, free of Fyne.
type Document struct {
	Title, Subtitle, Source, Author string
	Date                            string // as typed: 2018-10-12 09:53 or 2018-10-12
	Lang                            string // zh-Hant, zh-Hans or "" (detect)
	Keywords                        string // separated by commas
	Body                            string
}

// frontMatter fixes the order and names of the fields written.
type frontMatter struct {
	Title    string   `yaml:"title,omitempty"`
	Subtitle string   `yaml:"subtitle,omitempty"`
	Source   string   `yaml:"source,omitempty"`
	Author   string   `yaml:"author,omitempty"`
	Date     string   `yaml:"date,omitempty"`
	Lang     string   `yaml:"lang,omitempty"`
	Keywords []string `yaml:"keywords,omitempty,flow"`
}

// Markdown writes the document in the article format: YAML front matter,
// then the body.
func (d Document) Markdown() []byte {
	fm := frontMatter{Title: d.Title, Subtitle: d.Subtitle, Source: d.Source, Author: d.Author,
		Date: d.Date, Lang: d.Lang}
	for _, k := range strings.FieldsFunc(d.Keywords, func(r rune) bool { return r == ',' || r == '，' || r == '、' }) {
		if k = strings.TrimSpace(k); k != "" {
			fm.Keywords = append(fm.Keywords, k)
		}
	}
	var b bytes.Buffer
	b.WriteString("---\n")
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if d.Title+d.Subtitle+d.Source+d.Author+d.Date+d.Lang != "" || len(fm.Keywords) > 0 {
		enc.Encode(fm) // a struct of strings always encodes
	}
	enc.Close()
	b.WriteString("---\n\n")
	b.WriteString(strings.TrimLeft(d.Body, "\n"))
	return b.Bytes()
}

// ParseDocument reads an article file into the editor's fields. The body is
// kept exactly as written.
func ParseDocument(src []byte) (Document, error) {
	a, err := article.Parse(src)
	if err != nil {
		return Document{}, err
	}
	return documentOf(a), nil
}

// documentOf is the editor's view of a parsed article.
func documentOf(a *article.Article) Document {
	src := a.Source
	m := a.Meta
	d := Document{Title: m.Title, Subtitle: m.Subtitle, Source: m.Source, Author: m.Author,
		Keywords: strings.Join(m.Keywords, ", ")}
	if !m.Date.IsZero() {
		layout := "2006-01-02"
		if m.DateHasTime {
			layout = "2006-01-02 15:04"
		}
		d.Date = m.Date.Format(layout)
	}
	if !m.LangDetected {
		d.Lang = string(m.Lang)
	}
	d.Body = string(src[article.BodyStart(src):])
	d.Body = strings.TrimLeft(d.Body, "\r\n")
	return d
}

// Chars counts the characters of the title and body, without white space.
func (d Document) Chars() int {
	n := 0
	for _, r := range d.Title + d.Body {
		if r > ' ' && r != '\u3000' {
			n++
		}
	}
	return n
}

// readArticle reads an article file for the editor and returns it with
// the bytes read. What article.ReadFile refuses — a file larger than
// article.MaxFile, one that is not a regular file, one that is not UTF-8
// text, a front matter that does not read — is refused with its error,
// which words itself in the interface's language (message.In).
func readArticle(path string) (Document, []byte, error) {
	a, err := article.ReadFile(path)
	if err != nil {
		return Document{}, nil, err
	}
	return documentOf(a), a.Source, nil
}
