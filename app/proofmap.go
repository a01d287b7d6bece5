package app

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/paiban/paiban/article"
	"github.com/paiban/paiban/proof"
)

// fieldKeys names the Document's text fields by their front matter keys;
// "" is the body.
var fieldKeys = []string{"title", "subtitle", "source", "author", "date", "lang", "keywords", ""}

// field returns the Document field with front matter key k ("" for the
// body), or nil for an unknown key.
func (d *Document) field(k string) *string {
	return map[string]*string{"title": &d.Title, "subtitle": &d.Subtitle, "source": &d.Source, "author": &d.Author,
		"date": &d.Date, "lang": &d.Lang, "keywords": &d.Keywords, "": &d.Body}[k]
}

// place is a stretch of one Document field: bytes [start, end) of the
// field with front matter key field ("" for the body).
type place struct {
	field      string
	start, end int
}

// locate maps a span of src — the Markdown that d writes, in which the
// proofreader found something — to the field of d that holds it. A span
// in a front matter value that YAML wrote differently (quoted, or the
// keywords as a list) is looked for in the field by its text. It reports
// false for a span that is in no field, such as a front matter key.
func locate(src []byte, d *Document, sp article.Span) (place, bool) {
	if sp.Start < 0 || sp.End < sp.Start || sp.End > len(src) {
		return place{}, false
	}
	bs := article.BodyStart(src)
	if sp.Start >= bs {
		rest := src[bs:]
		lead := len(rest) - len(bytes.TrimLeft(rest, "\n"))
		start := sp.Start - bs - lead
		if start < 0 {
			return place{}, false
		}
		shift := len(d.Body) - len(strings.TrimLeft(d.Body, "\n"))
		return place{start: start + shift, end: sp.End - bs - lead + shift}, true
	}
	ls := bytes.LastIndexByte(src[:sp.Start], '\n') + 1
	le := bytes.IndexByte(src[ls:], '\n')
	if le < 0 {
		return place{}, false
	}
	le += ls
	colon := bytes.IndexByte(src[ls:le], ':')
	if colon < 0 || sp.End > le {
		return place{}, false
	}
	key := string(src[ls : ls+colon])
	f := d.field(key)
	if f == nil || key == "" {
		return place{}, false
	}
	vs := ls + colon + 1
	for vs < le && src[vs] == ' ' {
		vs++
	}
	if string(src[vs:le]) == *f && sp.Start >= vs {
		return place{field: key, start: sp.Start - vs, end: sp.End - vs}, true
	}
	what := string(src[sp.Start:sp.End])
	if at := strings.Index(*f, what); what != "" && at >= 0 {
		return place{field: key, start: at, end: at + len(what)}, true
	}
	return place{}, false
}

// fixOne makes the safe fix of finding f, found in src (the Markdown d
// writes), and returns the changed document and where the fix went.
func fixOne(d Document, src []byte, f proof.Finding) (Document, place, bool) {
	p, ok := locate(src, &d, f.Span)
	if !ok || !f.HasFix {
		return d, place{}, false
	}
	s := d.field(p.field)
	*s = (*s)[:p.start] + f.Fix + (*s)[p.end:]
	return d, place{field: p.field, start: p.start, end: p.start + len(f.Fix)}, true
}

// fixAll makes every safe fix of the findings, found in src (the Markdown
// d writes), field by field as proof.ApplyFixes chooses them, and returns
// the changed document and the number of fixes made.
func fixAll(d Document, src []byte, fs []proof.Finding) (Document, int) {
	byField := map[string][]proof.Finding{}
	for _, f := range fs {
		if !f.HasFix {
			continue
		}
		if p, ok := locate(src, &d, f.Span); ok {
			f.Span = article.Span{Start: p.start, End: p.end}
			byField[p.field] = append(byField[p.field], f)
		}
	}
	n := 0
	for _, k := range fieldKeys {
		if len(byField[k]) == 0 {
			continue
		}
		s := d.field(k)
		out, made := proof.ApplyFixes([]byte(*s), byField[k])
		*s = string(out)
		n += made
	}
	return d, n
}

// runeRange turns bytes [start, end) of s into runes.
func runeRange(s string, start, end int) (int, int) {
	start, end = min(max(start, 0), len(s)), min(max(end, 0), len(s))
	a := utf8.RuneCountInString(s[:start])
	return a, a + utf8.RuneCountInString(s[start:max(start, end)])
}
