package article

import "strings"

// Text returns the article's text without markup: the title, then every
// block's text, one block a line ("\n" between them). A hard line break is
// a "\n" too; a figure gives its caption; a rule gives nothing. Items of
// lists and blocks of quotes are lines of their own.
func (a *Article) Text() string {
	var lines []string
	if a.Meta.Title != "" {
		lines = append(lines, a.Meta.Title)
	}
	lines = appendBlockText(lines, a.Blocks, inlineText)
	return strings.Join(lines, "\n")
}

// prose returns the text the article's writing is detected from, which is
// the text the proofreader reads: the title, the subtitle and every block's
// text as Text gives it, without code spans (code is not Chinese prose).
func (a *Article) prose() string {
	lines := appendBlockText([]string{a.Meta.Title, a.Meta.Subtitle}, a.Blocks, proseText)
	return strings.Join(lines, "\n")
}

// appendBlockText appends the text of each block to lines, the text of
// inlines as text gives it.
func appendBlockText(lines []string, blocks []Block, text func([]Inline) string) []string {
	add := func(s string) {
		if s != "" {
			lines = append(lines, s)
		}
	}
	for _, b := range blocks {
		switch b := b.(type) {
		case *Paragraph:
			add(text(b.Inlines))
		case *Heading:
			add(text(b.Inlines))
		case *Figure:
			add(b.Caption)
		case *Quote:
			lines = appendBlockText(lines, b.Blocks, text)
		case *List:
			for _, it := range b.Items {
				lines = appendBlockText(lines, it.Blocks, text)
			}
		case *Table:
			for _, row := range append([][]Cell{b.Header}, b.Rows...) {
				cells := make([]string, len(row))
				for i, c := range row {
					cells[i] = text(c.Inlines)
				}
				add(strings.Join(cells, "\t"))
			}
		}
	}
	return lines
}

// inlineText is the text of inlines, a Break as "\n".
func inlineText(ins []Inline) string {
	var sb strings.Builder
	for _, in := range ins {
		if in.Break {
			sb.WriteByte('\n')
		} else {
			sb.WriteString(in.Text)
		}
	}
	return sb.String()
}

// proseText is inlineText without code spans.
func proseText(ins []Inline) string {
	var sb strings.Builder
	for _, in := range ins {
		switch {
		case in.Break:
			sb.WriteByte('\n')
		case in.Style&Code == 0:
			sb.WriteString(in.Text)
		}
	}
	return sb.String()
}
