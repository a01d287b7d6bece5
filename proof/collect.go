package proof

import (
	"bytes"
	"strings"

	"github.com/paiban/paiban/article"
)

// collect gathers the article's runs in reading order: the title and
// subtitle from the front matter, then every block's text.
func collect(a *article.Article) []*run {
	var runs []*run
	for _, f := range []struct{ key, value string }{{"title", a.Meta.Title}, {"subtitle", a.Meta.Subtitle}} {
		if r := metaRun(a.Source, f.key, f.value); r != nil {
			runs = append(runs, r)
		}
	}
	return collectBlocks(a.Source, a.Blocks, runs)
}

func collectBlocks(src []byte, blocks []article.Block, runs []*run) []*run {
	article.Walk(blocks, func(b article.Block) {
		switch b := b.(type) {
		case *article.Paragraph:
			runs = append(runs, inlineRun(src, b.Inlines, false))
		case *article.Heading:
			runs = append(runs, inlineRun(src, b.Inlines, true))
		case *article.Table:
			for _, row := range append([][]article.Cell{b.Header}, b.Rows...) {
				for _, c := range row {
					runs = append(runs, inlineRun(src, c.Inlines, false))
				}
			}
		case *article.Figure:
			if b.Caption != "" {
				runs = append(runs, textRun(b.Caption, find(src, b.Span, b.Caption), b.Span, false))
			}
		}
	})
	return runs
}

// find returns where s occurs in the source within span, or -1.
func find(src []byte, span article.Span, s string) int {
	if span.Start < 0 || span.End > len(src) || span.Start > span.End {
		return -1
	}
	if i := bytes.Index(src[span.Start:span.End], []byte(s)); i >= 0 {
		return span.Start + i
	}
	return -1
}

// metaRun makes the run of a front matter field's value. The value is
// looked for on the field's line; when YAML quoting or escapes changed it,
// the run points at the field as a whole. It returns nil for an empty value
// or a field the front matter does not have.
func metaRun(src []byte, key, value string) *run {
	if value == "" {
		return nil
	}
	line, ok := metaLine(src, key)
	if !ok {
		return nil
	}
	if i := find(src, line, value); i >= 0 {
		return textRun(value, i, line, true)
	}
	return textRun(value, -1, line, true)
}

// metaLine finds the line "key: …" in the front matter at the head of src.
func metaLine(src []byte, key string) (article.Span, bool) {
	i := 0
	if bytes.HasPrefix(src, []byte("\xEF\xBB\xBF")) {
		i = 3
	}
	first := true
	for i < len(src) {
		end := bytes.IndexByte(src[i:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += i
		}
		line := string(bytes.TrimRight(src[i:end], " \t\r"))
		if line == "---" {
			if !first {
				return article.Span{}, false
			}
		} else if first {
			return article.Span{}, false // no front matter
		} else if k, _, ok := strings.Cut(line, ":"); ok && strings.EqualFold(strings.TrimSpace(k), key) && !strings.HasPrefix(line, " ") {
			return article.Span{Start: i, End: i + len(line)}, true
		}
		first = false
		i = end + 1
	}
	return article.Span{}, false
}
