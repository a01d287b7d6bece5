package textarea

import (
	"strings"
)

// pastedText turns plain text from the clipboard into body Markdown that
// keeps its paragraphs. Word, WPS, web pages and WeChat hand over one line
// per paragraph, often indented with full-width spaces (　　); in Markdown
// single line breaks join, so each non-empty line becomes a paragraph of
// its own (joined by blank lines) without its leading indentation or
// trailing blanks. Text that already looks like Markdown — paragraphs
// separated by blank lines, headings, list items, block quotes, code
// fences or table rows — is kept as it is, except that full-width spaces
// opening a line outside a code fence are dropped (Markdown does not take
// them for indentation; they would print as blank ems before the layout's
// own indent). A single line is kept as it is. Line ends are "\n" in
// every case.
func pastedText(s string) string {
	s = unixLines(s)
	if !strings.Contains(strings.TrimRight(s, "\n"), "\n") {
		return s
	}
	lines := strings.Split(s, "\n")
	if looksLikeMarkdown(lines) {
		return dropFullWidthIndent(lines)
	}
	var paras []string
	for _, l := range lines {
		if l = strings.TrimFunc(l, isBlank); l != "" {
			paras = append(paras, l)
		}
	}
	return strings.Join(paras, "\n\n")
}

// verbatimText is pasted text as it is, with "\n" line ends (Ctrl+Shift+V).
func verbatimText(s string) string { return unixLines(s) }

// unixLines makes "\r\n" and lone "\r" line ends "\n".
func unixLines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// isBlank reports the characters a pasted paragraph is trimmed of: ASCII
// and full-width spaces, tabs and no-break spaces.
func isBlank(r rune) bool {
	return r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0' || r == '\ufeff'
}

// looksLikeMarkdown reports whether lines read as Markdown already: a blank
// line between two lines of text, or a line that opens a Markdown block.
// Lines of which half or more open with a full-width space are a word
// processor's paragraphs, whatever blank lines lie between them: nobody
// indents Markdown that way.
func looksLikeMarkdown(lines []string) bool {
	seenText, blank, separated, block := false, false, false, false
	text, indented := 0, 0
	for _, l := range lines {
		if strings.TrimFunc(l, isBlank) == "" {
			blank = seenText
			continue
		}
		separated = separated || blank
		blank, seenText = false, true
		text++
		if strings.HasPrefix(l, "\u3000") {
			indented++
		}
		block = block || opensBlock(strings.TrimLeft(l, " "))
	}
	if block {
		return true
	}
	return separated && indented*2 < text
}

// opensBlock reports whether a line (its leading ASCII spaces removed)
// begins a Markdown heading, list item, block quote, code fence or table
// row.
func opensBlock(l string) bool {
	switch {
	case strings.HasPrefix(l, "```"), strings.HasPrefix(l, "~~~"),
		strings.HasPrefix(l, ">"), strings.HasPrefix(l, "|"):
		return true
	case strings.HasPrefix(l, "- "), strings.HasPrefix(l, "* "), strings.HasPrefix(l, "+ "):
		return true
	}
	if n := len(l) - len(strings.TrimLeft(l, "#")); n >= 1 && n <= 6 {
		return n == len(l) || l[n] == ' '
	}
	if n := len(l) - len(strings.TrimLeft(l, "0123456789")); n >= 1 && n <= 9 && n+1 < len(l) {
		return (l[n] == '.' || l[n] == ')') && l[n+1] == ' '
	}
	return false
}

// dropFullWidthIndent joins lines, with the full-width spaces that open a
// line outside a code fence removed.
func dropFullWidthIndent(lines []string) string {
	fence := ""
	for i, l := range lines {
		t := strings.TrimLeft(l, " ")
		if fence == "" && (strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~")) {
			fence = t[:3]
			continue
		}
		if fence != "" {
			if strings.HasPrefix(t, fence) {
				fence = ""
			}
			continue
		}
		lines[i] = strings.TrimLeft(l, "\u3000")
	}
	return strings.Join(lines, "\n")
}

// apart keeps pasted paragraphs apart from the paragraph above: pasted at
// the start of a line that follows a line of text, they would join that
// paragraph (Markdown joins single line breaks), so a blank line goes
// first. Pasted inside a line, the first paragraph continues the text
// before the cursor and the last one the text after it, as in a word
// processor.
func (t *TextArea) apart(s string) string {
	a, _ := order(t.anchor, t.cursor)
	if !strings.Contains(s, "\n\n") || a.col != 0 || a.line == 0 {
		return s
	}
	if len(t.buf.lines[a.line-1].runes) == 0 {
		return s
	}
	return "\n" + s
}
