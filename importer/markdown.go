package importer

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// markdown writes the document as an article: the front matter, the
// blocks one after another with a blank line between them (items of one
// list together), then the notes after a rule, each as a paragraph that
// starts with its mark [n]. Pictures are referred to under imageDir.
func (d *document) markdown(imageDir string) []byte {
	var b strings.Builder
	w := mdWriter{b: &b, imageDir: imageDir}
	prevItem := false
	var cols []int // the content column of each open list level
	for _, bl := range d.blocks {
		if bl.kind == itemBlock && prevItem {
			b.WriteString("\n")
		} else {
			b.WriteString("\n\n")
			cols = cols[:0]
		}
		prevItem = bl.kind == itemBlock
		switch bl.kind {
		case paraBlock:
			w.para(bl.runs, "")
		case headingBlock:
			w.heading(bl)
		case itemBlock:
			cols = w.item(bl, cols)
		case tableBlock:
			w.table(bl.rows)
		case ruleBlock:
			b.WriteString("---")
		}
	}
	if len(d.notes) > 0 {
		b.WriteString("\n\n---")
		for i, n := range d.notes {
			b.WriteString("\n\n")
			w.para(n, fmt.Sprintf("\\[%d\\] ", i+1))
		}
	}
	body := strings.TrimLeft(b.String(), "\n")
	fm := frontMatter(d.meta)
	if fm != "" && body != "" {
		fm += "\n"
	}
	return []byte(fm + body + "\n")
}

type mdWriter struct {
	b        *strings.Builder
	imageDir string
}

func (w *mdWriter) para(runs []run, prefix string) {
	w.b.WriteString(prefix)
	w.b.WriteString(w.inline(runs, prefix == "", false, ""))
}

func (w *mdWriter) heading(bl block) {
	level := min(bl.level+1, 6)
	w.b.WriteString(strings.Repeat("#", level) + " ")
	w.b.WriteString(w.inline(bl.runs, false, false, " "))
}

// item writes a list item under the open levels cols and returns them
// with its own content column.
func (w *mdWriter) item(bl block, cols []int) []int {
	depth := min(bl.level, len(cols))
	cols = cols[:depth]
	indent := 0
	if depth > 0 {
		indent = cols[depth-1]
	}
	marker := "- "
	if bl.ordered {
		marker = fmt.Sprintf("%d. ", bl.number)
	}
	w.b.WriteString(strings.Repeat(" ", indent) + marker)
	w.b.WriteString(w.inline(bl.runs, false, false, " "))
	return append(cols, indent+len(marker))
}

func (w *mdWriter) table(rows [][][]run) {
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	lines := make([]string, 0, len(rows)+1)
	for i, r := range rows {
		var line strings.Builder
		line.WriteString("|")
		for c := range cols {
			cell := ""
			if c < len(r) {
				cell = w.inline(r[c], false, true, " ")
			}
			line.WriteString(" " + cell + " |")
		}
		lines = append(lines, line.String())
		if i == 0 {
			lines = append(lines, "|"+strings.Repeat(" --- |", cols))
		}
	}
	w.b.WriteString(strings.Join(lines, "\n"))
}

// inline writes runs as Markdown inline text. escStart escapes what would
// start a block at the beginning; inTable escapes | too; brk is what a
// kept line break becomes ("" for a hard break).
func (w *mdWriter) inline(runs []run, escStart, inTable bool, brk string) string {
	var b strings.Builder
	for i := 0; i < len(runs); {
		j := i + 1
		for j < len(runs) && runs[j].link == runs[i].link {
			j++
		}
		var s string
		if runs[i].link != "" {
			s = "[" + w.styled(runs[i:j], inTable, brk) + "](" + destination(runs[i].link) + ")"
		} else {
			s = w.styled(runs[i:j], inTable, brk)
		}
		b.WriteString(s)
		i = j
	}
	s := b.String()
	if escStart {
		s = escapeStart(s)
	}
	return s
}

// styled writes runs of one link (or none): stretches of the same
// emphasis between their delimiters, with the spaces and punctuation at
// their edges left outside, where CommonMark lets the delimiters work.
func (w *mdWriter) styled(runs []run, inTable bool, brk string) string {
	var b strings.Builder
	for i := 0; i < len(runs); {
		r := runs[i]
		switch {
		case r.image != nil:
			b.WriteString("![" + escape(r.image.alt, inTable) + "](" + destination(w.imageDir+"/"+r.image.name) + ")")
			i++
			continue
		case r.note > 0:
			fmt.Fprintf(&b, "\\[%d\\]", r.note)
			i++
			continue
		case r.hardBreak:
			if brk == "" {
				b.WriteString("\\\n")
			} else {
				b.WriteString(brk)
			}
			i++
			continue
		}
		j := i + 1
		var t strings.Builder
		t.WriteString(r.text)
		for j < len(runs) && runs[j].image == nil && runs[j].note == 0 && !runs[j].hardBreak &&
			runs[j].bold == r.bold && runs[j].italic == r.italic {
			t.WriteString(runs[j].text)
			j++
		}
		delim := ""
		if r.bold {
			delim += "**"
		}
		if r.italic {
			delim += "*"
		}
		b.WriteString(emphasize(t.String(), delim, inTable))
		i = j
	}
	return b.String()
}

// emphasize puts delim around s, leaving the spaces and punctuation at its
// edges outside.
func emphasize(s, delim string, inTable bool) string {
	if delim == "" {
		return escape(s, inTable)
	}
	lead := strings.IndexFunc(s, func(r rune) bool { return !edge(r) })
	if lead < 0 {
		return escape(s, inTable)
	}
	trail := strings.LastIndexFunc(s, func(r rune) bool { return !edge(r) })
	_, size := utf8.DecodeRuneInString(s[trail:])
	trail += size
	return escape(s[:lead], inTable) + delim + escape(s[lead:trail], inTable) + delim + escape(s[trail:], inTable)
}

func edge(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) }

// escape makes text read as itself in Markdown.
func escape(s string, inTable bool) string {
	var b strings.Builder
	for i, r := range s {
		switch r {
		case '\\', '*', '_', '`', '[', ']', '<', '>':
			b.WriteByte('\\')
		case '|':
			if inTable {
				b.WriteByte('\\')
			}
		case '&':
			if entityAt(s[i+1:]) {
				b.WriteByte('\\')
			}
		case '\n', '\t', '\r':
			r = ' '
		}
		b.WriteRune(r)
	}
	return b.String()
}

// entityAt reports whether s, just after an &, would be read as the rest
// of a character reference (&amp; &#20013; &#x4E2D;).
func entityAt(s string) bool {
	for i, r := range s {
		switch {
		case r == ';':
			return i > 0
		case r == '#' && i == 0, r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
		default:
			return false
		}
		if i > 32 {
			return false
		}
	}
	return false
}

// escapeStart escapes what would make the start of a paragraph another
// block: #, >, -, +, =, a number followed by . or ).
func escapeStart(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '#', '>', '-', '+', '=', '~':
		return "\\" + s
	}
	i := 0
	for i < len(s) && i < 10 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return s[:i] + "\\" + s[i:]
	}
	return s
}

// destination writes a link or image target, in <…> when it has spaces or
// brackets.
func destination(u string) string {
	if strings.ContainsAny(u, " ()<>\t\n") {
		r := strings.NewReplacer("<", "%3C", ">", "%3E", "\n", "", "\t", "")
		return "<" + r.Replace(u) + ">"
	}
	return u
}
