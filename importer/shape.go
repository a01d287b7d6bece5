package importer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// shape applies the rules offices share to what a reader made: the
// indentation typed with spaces and line breaks goes, then the title,
// the subtitle and the dateline move to the front matter, and lines
// numbered and set apart as headings become headings.
func (d *document) shape() {
	var blocks []block
	for _, b := range d.blocks {
		for _, p := range splitIndentedBreaks(b) {
			p.runs = trimRuns(p.runs)
			if p.kind == tableBlock || p.kind == ruleBlock || len(p.runs) > 0 {
				blocks = append(blocks, p)
			}
		}
	}
	for i := range d.notes {
		d.notes[i] = trimRuns(d.notes[i])
	}
	blocks = d.takeTitle(blocks)
	for i := range blocks {
		b := &blocks[i]
		if lvl := looksLikeHeading(b); lvl > 0 {
			b.kind, b.level = headingBlock, lvl
		}
		if b.kind == headingBlock {
			for j := range b.runs {
				b.runs[j].bold = false
			}
		}
	}
	d.blocks = blocks
}

// takeTitle moves the title, a subtitle and a dateline at the head of
// blocks into the front matter. The title is a paragraph in a title style,
// or else the first paragraph when it is centred and bold, as offices type
// it. A title found in the text wins over the document's properties.
func (d *document) takeTitle(blocks []block) []block {
	i := 0
	if len(blocks) > 0 && isTitle(&blocks[0]) {
		d.meta.title = strings.TrimSpace(text(blocks[0].runs))
		i = 1
		// A long title broken over two or three lines, each its own
		// paragraph set as the first.
		for i < 3 && i < len(blocks) && continuesTitle(&blocks[0], &blocks[i]) {
			d.meta.title = joinLines(d.meta.title, strings.TrimSpace(text(blocks[i].runs)))
			i++
		}
		if i < len(blocks) && isSubtitle(&blocks[i]) {
			d.meta.subtitle = strings.TrimSpace(text(blocks[i].runs))
			i++
		}
	}
	// The dateline: one of the next few paragraphs.
	for j := i; j < len(blocks) && j < i+3; j++ {
		b := &blocks[j]
		if b.kind != paraBlock || hasPicture(b.runs) {
			continue
		}
		dl, ok := readDateline(text(b.runs))
		if !ok {
			continue
		}
		if dl.source != "" {
			d.meta.source = dl.source
		}
		if dl.author != "" {
			d.meta.author = dl.author
		}
		if dl.date != "" {
			d.meta.date = dl.date
		}
		blocks = append(blocks[:j:j], blocks[j+1:]...)
		break
	}
	return blocks[i:]
}

func isTitle(b *block) bool {
	if b.titleStyle {
		return true
	}
	if b.kind != paraBlock && b.kind != headingBlock || !b.centred || !b.allBold || hasPicture(b.runs) {
		return false
	}
	s := strings.TrimSpace(text(b.runs))
	return utf8.RuneCountInString(s) <= 100 && numberedLevel(s) == 0
}

// continuesTitle reports whether b, after the title first, is more of it:
// set the same way, neither a subtitle nor a dateline.
func continuesTitle(first, b *block) bool {
	if isSubtitle(b) || b.titleStyle != first.titleStyle || !isTitle(b) {
		return false
	}
	_, dateline := readDateline(text(b.runs))
	return !dateline
}

// joinLines joins two lines of one sentence: with a space between Latin
// letters or digits, with nothing in Chinese.
func joinLines(a, b string) string {
	last, _ := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(b)
	if last < 0x2E80 && first < 0x2E80 && (unicode.IsLetter(last) || unicode.IsDigit(last)) && (unicode.IsLetter(first) || unicode.IsDigit(first)) {
		return a + " " + b
	}
	return a + b
}

func isSubtitle(b *block) bool {
	if b.subtitleStyle {
		return true
	}
	s := strings.TrimSpace(text(b.runs))
	if b.kind != paraBlock || !b.centred || utf8.RuneCountInString(s) > 100 {
		return false
	}
	_, dateline := readDateline(s)
	return !dateline && (strings.HasPrefix(s, "—") || strings.HasPrefix(s, "--"))
}

// blank is what indentation and alignment are typed with.
func blank(r rune) bool { return unicode.IsSpace(r) || r == '\u3000' || r == '\u00a0' }

// splitIndentedBreaks splits a paragraph at each line break followed by
// an indented line or by another line break: paragraphs typed with line
// breaks (Shift+Enter in Word, <br><br> on web pages).
func splitIndentedBreaks(b block) []block {
	if b.kind != paraBlock {
		return []block{b}
	}
	var out []block
	start := 0
	for i, r := range b.runs {
		if !r.hardBreak || i+1 >= len(b.runs) {
			continue
		}
		next := b.runs[i+1]
		if !next.hardBreak && (next.text == "" || !blank([]rune(next.text)[0])) {
			continue
		}
		p := b
		p.runs = b.runs[start:i]
		out = append(out, p)
		start = i + 1
	}
	p := b
	p.runs = b.runs[start:]
	return append(out, p)
}

// trimRuns removes the blanks and line breaks at the start and the end of
// a paragraph, and the runs left empty.
func trimRuns(runs []run) []run {
	out := runs[:0:0]
	for _, r := range runs {
		if r.text == "" && r.image == nil && r.note == 0 && !r.hardBreak {
			continue
		}
		out = append(out, r)
	}
	for len(out) > 0 {
		r := &out[0]
		if r.hardBreak {
			out = out[1:]
			continue
		}
		if r.image != nil || r.note > 0 {
			break
		}
		r.text = strings.TrimLeftFunc(r.text, blank)
		if r.text != "" {
			break
		}
		out = out[1:]
	}
	for len(out) > 0 {
		r := &out[len(out)-1]
		if r.hardBreak {
			out = out[:len(out)-1]
			continue
		}
		if r.image != nil || r.note > 0 {
			break
		}
		r.text = strings.TrimRightFunc(r.text, blank)
		if r.text != "" {
			break
		}
		out = out[:len(out)-1]
	}
	// Blanks typed around a kept line break are indentation too.
	for i := range out {
		if !out[i].hardBreak {
			continue
		}
		if i > 0 && out[i-1].image == nil {
			out[i-1].text = strings.TrimRightFunc(out[i-1].text, blank)
		}
		if i+1 < len(out) && out[i+1].image == nil {
			out[i+1].text = strings.TrimLeftFunc(out[i+1].text, blank)
		}
	}
	return out
}
