package proof

import (
	"strings"
	"unicode"
)

var (
	msgAmpersands = text{
		"stray %q, probably left over from a web page or an editor",
		"多餘的「%s」，可能是網頁或編輯器留下的殘渣",
		"多余的“%s”，可能是网页或编辑器留下的残渣",
	}
	msgEntity = text{
		"HTML entity %s in the text",
		"正文裡有 HTML 實體 %s",
		"正文里有 HTML 实体 %s",
	}
	msgBareEntity = text{
		"HTML entity %s without its semicolon, left over from a web page",
		"缺少分號的 HTML 實體 %s，是網頁留下的殘渣",
		"缺少分号的 HTML 实体 %s，是网页留下的残渣",
	}
	msgTag = text{
		"HTML %s in the text (it is not printed)",
		"正文裡有 HTML 標記 %s（不會印出）",
		"正文里有 HTML 标记 %s（不会印出）",
	}
)

// entityNames are the named references web pages leave behind most.
var entityNames = []string{"nbsp", "amp", "lt", "gt", "quot", "apos", "ldquo", "rdquo", "lsquo", "rsquo",
	"hellip", "mdash", "ndash", "middot", "emsp", "ensp", "thinsp", "copy", "reg", "times"}

// checkHTMLDebris finds what copying from a web page leaves in an article:
// runs of && (fixed by deleting them), character references such as &nbsp;
// and &quot; (fixed by the character, where it is safe in Markdown), the
// same without their semicolon, and raw HTML tags, which the reader drops
// with a warning (fixed by deleting the tag).
func checkHTMLDebris(c *checker) {
	src := c.a.Source
	for _, r := range c.runs {
		checkAmpersands(c, r)
		for _, s := range r.segs {
			sp := s.span
			if s.exact || s.isCode || sp.Start < 0 || sp.End > len(src) || sp.End-sp.Start < 3 ||
				src[sp.Start] != '&' || src[sp.End-1] != ';' {
				continue // verbatim text, code, an escape, a soft break
			}
			ref := string(src[sp.Start:sp.End])
			dec := r.text[s.start:s.end]
			fix, ok := safeDecoded(dec)
			c.reportSpan(sp, HTMLDebris, msgEntity, []any{ref}, fix, ok)
		}
	}
	for _, w := range c.a.Warnings {
		s := w.Span
		if s.Start < 0 || s.End > len(src) || s.Start >= s.End || src[s.Start] != '<' {
			continue
		}
		tag := string(src[s.Start:s.End])
		name := strings.ToLower(strings.TrimLeft(tag, "</!?"))
		closed := strings.HasSuffix(tag, ">") && !strings.HasPrefix(name, "script") && !strings.HasPrefix(name, "style")
		shown := tag
		if len([]rune(shown)) > 40 {
			shown = string([]rune(shown)[:40]) + "…"
		}
		c.reportSpan(s, HTMLDebris, msgTag, []any{shown}, "", closed)
	}
}

// checkAmpersands finds && runs and references without their semicolon.
func checkAmpersands(c *checker, r *run) {
	rs := r.rs
	for i := 0; i < len(rs); i++ {
		if rs[i] != '&' {
			continue
		}
		j := i + 1
		for j < len(rs) && rs[j] == '&' {
			j++
		}
		if j-i >= 2 {
			c.report(r, i, j, HTMLDebris, msgAmpersands, []any{string(rs[i:j])}, "", true)
			i = j - 1
			continue
		}
		if name := bareEntity(rs[j:]); name != "" {
			c.report(r, i, j+len([]rune(name)), HTMLDebris, msgBareEntity, []any{"&" + name}, "", false)
		}
	}
}

// bareEntity returns the reference name (nbsp, #160) that rs starts with
// when no semicolon follows it, or "".
func bareEntity(rs []rune) string {
	n := 0
	for n < len(rs) && n < 10 && (isASCIIAlnum(rs[n]) || n == 0 && rs[n] == '#') {
		n++
	}
	if n == 0 || n < len(rs) && rs[n] == ';' {
		return ""
	}
	name := string(rs[:n])
	if strings.HasPrefix(name, "#") {
		if n > 1 && strings.IndexFunc(name[1:], func(r rune) bool { return !unicode.IsDigit(r) }) < 0 {
			return name
		}
		return ""
	}
	for _, e := range entityNames {
		if name == e {
			return name
		}
	}
	return ""
}

// safeDecoded returns what a reference decodes to when writing that in its
// place leaves the Markdown meaning the same: not white space (&nbsp;
// between Chinese characters wants deleting, between words a space; the
// writer decides) and not a character Markdown gives a meaning to.
func safeDecoded(dec string) (string, bool) {
	if dec == "" || strings.ContainsFunc(dec, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r) || r < 0x80 && !isASCIIAlnum(r) && !strings.ContainsRune(`"',.:;?%$@=`, r)
	}) {
		return "", false
	}
	return dec, true
}
