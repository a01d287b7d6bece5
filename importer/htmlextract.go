package importer

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Finding the article in a web page: the body, its title and its dateline,
// by the rules of htmlrules.go.

// prune removes what is never the article's: scripts, forms, navigation,
// and the elements whose class or id names a part of the site.
func prune(n *html.Node, depth int) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case c.Type == html.CommentNode:
			n.RemoveChild(c)
		case c.Type == html.ElementNode && (dropped[c.DataAtom] || siteElement(c) || depth > 200):
			n.RemoveChild(c)
		case c.Type == html.ElementNode && c.DataAtom == atom.Header && !insideArticle(c):
			n.RemoveChild(c)
		default:
			prune(c, depth+1)
		}
		c = next
	}
}

func insideArticle(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Article || p.DataAtom == atom.Main {
			return true
		}
	}
	return false
}

// bestContent finds the element that holds the article's body: each
// paragraph of text scores for its parent, and half for its grandparent;
// a class or id that names content counts for more, links count against.
func bestContent(root *html.Node) *html.Node {
	scores := map[*html.Node]float64{}
	for n := range root.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.DataAtom {
		case atom.P, atom.Td, atom.Pre, atom.Div, atom.Section, atom.Li, atom.Font, atom.Span, atom.Center:
		default:
			continue
		}
		t := ownText(n)
		l := utf8.RuneCountInString(t)
		if l < 12 {
			continue
		}
		s := 1 + min(float64(l)/40, 4) + float64(strings.Count(t, "，")+strings.Count(t, "。")+strings.Count(t, ","))/2
		if p := n.Parent; p != nil {
			scores[p] += s
			if g := p.Parent; g != nil {
				scores[g] += s / 2
			}
		}
	}
	var best *html.Node
	bestScore := 0.0
	for n, s := range scores {
		if n.DataAtom == atom.Body || n.DataAtom == atom.Html {
			s *= 0.6
		}
		v := attr(n, "class") + " " + attr(n, "id")
		if contentWords.MatchString(v) {
			s *= 1.5
		}
		if n.DataAtom == atom.Article || n.DataAtom == atom.Main {
			s *= 1.3
		}
		s *= 1 - linkDensity(n)
		if s > bestScore {
			best, bestScore = n, s
		}
	}
	return best
}

// ownText is the text of n's own text children and inline elements, not
// of its block children.
func ownText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
			case c.Type == html.ElementNode && !blockElement(c.DataAtom):
				walk(c)
			}
		}
	}
	walk(n)
	return strings.TrimSpace(collapse(b.String()))
}

// linkDensity is how much of n's text is in links.
func linkDensity(n *html.Node) float64 {
	all, linked := 0, 0
	for c := range n.Descendants() {
		if c.Type != html.TextNode {
			continue
		}
		k := utf8.RuneCountInString(strings.TrimSpace(c.Data))
		all += k
		for p := c.Parent; p != nil && p != n; p = p.Parent {
			if p.DataAtom == atom.A {
				linked += k
				break
			}
		}
	}
	if all == 0 {
		return 1
	}
	return float64(linked) / float64(all)
}

// findTitle finds the article's title: of the headings and the elements
// whose class or id names a title, before the body or at its head, the
// one the page's <title> names, else the first <h1>. It sets the title and
// returns its element.
func (r *htmlReader) findTitle(root, content *html.Node, pageTitle string) *html.Node {
	var best *html.Node
	bestScore := 0
	start := r.order[content]
	for n := range root.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		isHeading := n.DataAtom == atom.H1 || n.DataAtom == atom.H2 || n.DataAtom == atom.H3
		named := strings.Contains(strings.ToLower(attr(n, "class")+" "+attr(n, "id")), "title")
		if !isHeading && !named {
			continue
		}
		t := collapse(nodeText(n))
		k := utf8.RuneCountInString(t)
		if k < 2 || k > 100 {
			continue
		}
		inside := isWithin(n, content)
		if !inside && r.order[n] > start {
			continue // after the body: a related article's title
		}
		score := 1
		if n.DataAtom == atom.H1 {
			score += 2
		}
		if pageTitle != "" && (strings.Contains(pageTitle, t) || strings.Contains(t, titleSegment(pageTitle))) {
			score += 4
		}
		if score > bestScore {
			best, bestScore = n, score
		}
	}
	if best != nil {
		r.doc.meta.title = collapse(nodeText(best))
		if isWithin(best, content) {
			r.skip[best] = true
		}
	}
	return best
}

// findDateline finds the dateline between the title and the body, or in
// the body's first lines, takes its fields and leaves it out.
func (r *htmlReader) findDateline(root, content, title *html.Node) {
	from := 0
	if title != nil {
		from = r.order[title]
	}
	to := r.order[content]
	checked := 0
	for n := range root.Descendants() {
		if n.Type != html.ElementNode || r.order[n] <= from || isWithin(title, n) {
			continue
		}
		inside := isWithin(n, content)
		if r.order[n] > to && !inside {
			continue
		}
		if !blockElement(n.DataAtom) && n.DataAtom != atom.Span {
			continue
		}
		if inside {
			if checked++; checked > 8 {
				return
			}
		}
		if hasBlockChild(n) {
			continue
		}
		dl, ok := readDateline(collapse(nodeText(n)))
		if !ok {
			continue
		}
		// A dateline split over sibling elements: read the parent's line.
		if p := n.Parent; p != nil && !hasBlockChildBut(p, n) && p != content {
			if d2, ok := readDateline(collapse(nodeText(p))); ok {
				dl, n = d2, p
			}
		}
		m := &r.doc.meta
		m.source, m.author, m.date = dl.source, dl.author, dl.date
		r.skip[n] = true
		return
	}
}

func hasBlockChild(n *html.Node) bool { return hasBlockChildBut(n, nil) }

func hasBlockChildBut(n, but *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c != but && c.Type == html.ElementNode && blockElement(c.DataAtom) {
			return true
		}
	}
	return false
}

// isWithin reports whether n is inside (or is) ancestor.
func isWithin(n, ancestor *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == ancestor {
			return true
		}
	}
	return false
}

func nodeText(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	for c := range n.Descendants() {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// titleSegment is the article's part of a page's <title>, before the
// site's name: 標題_某某稅務局 → 標題.
func titleSegment(s string) string {
	for _, sep := range []string{"_", " | ", "｜", " - ", " — ", "－", "—"} {
		if i := strings.Index(s, sep); i > 0 {
			s = s[:i]
		}
	}
	return strings.TrimSpace(s)
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// minHeading is the outermost heading level (1 for h1) inside n, 0 when
// it has none.
func minHeading(n *html.Node) int {
	m := 0
	for c := range n.Descendants() {
		if c.Type == html.ElementNode && c.DataAtom >= 0 {
			if l := headingLevel(c.DataAtom); l > 0 && (m == 0 || l < m) {
				m = l
			}
		}
	}
	return m
}
