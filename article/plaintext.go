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
	lines = appendBlockText(lines, a.Blocks)
	return strings.Join(lines, "\n")
}

func appendBlockText(lines []string, blocks []Block) []string {
	add := func(s string) {
		if s != "" {
			lines = append(lines, s)
		}
	}
	for _, b := range blocks {
		switch b := b.(type) {
		case *Paragraph:
			add(inlineText(b.Inlines))
		case *Heading:
			add(inlineText(b.Inlines))
		case *Figure:
			add(b.Caption)
		case *Quote:
			lines = appendBlockText(lines, b.Blocks)
		case *List:
			for _, it := range b.Items {
				lines = appendBlockText(lines, it.Blocks)
			}
		case *Table:
			for _, row := range append([][]Cell{b.Header}, b.Rows...) {
				cells := make([]string, len(row))
				for i, c := range row {
					cells[i] = inlineText(c.Inlines)
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
