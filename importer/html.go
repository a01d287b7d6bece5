package importer

import (
	"net/url"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/paiban/paiban/internal/userfile"
	"github.com/paiban/paiban/message"
)

// htmlReader reads a saved web page.
type htmlReader struct {
	dir      string // the page's folder, where its saved pictures are
	base     *url.URL
	opt      Options
	doc      *document
	order    map[*html.Node]int // document order
	skip     map[*html.Node]bool
	pictures map[string]string
	picBytes int64
}

// readHTML reads a web page saved in dir: its article's title, dateline,
// body and pictures, without the site around them.
func readHTML(data []byte, dir string, opt Options) (*document, error) {
	s, err := decodeHTML(data)
	if err != nil {
		return nil, err
	}
	root, err := html.ParseWithOptions(strings.NewReader(s), html.ParseOptionEnableScripting(false))
	if err != nil {
		return nil, message.New(badHTML, err)
	}
	r := &htmlReader{dir: dir, opt: opt, doc: &document{}, order: map[*html.Node]int{}, skip: map[*html.Node]bool{}, pictures: map[string]string{}}
	metas := r.readHead(root)
	prune(root, 0)
	i := 0
	for n := range root.Descendants() {
		r.order[n] = i
		i++
	}
	content := bestContent(root)
	if content == nil {
		return nil, message.New(noArticle)
	}
	titleNode := r.findTitle(root, content, metas["#title"])
	r.findDateline(root, content, titleNode)
	m := &r.doc.meta
	if m.title == "" {
		m.title = firstNonEmpty(metas["articletitle"], metas["og:title"], titleSegment(metas["#title"]))
	}
	if m.source == "" {
		m.source = firstNonEmpty(metas["contentsource"], metas["source"])
	}
	if m.date == "" {
		m.date = frontDate(firstNonEmpty(metas["pubdate"], metas["publishdate"], metas["article:published_time"], metas["firstpublishedtime"]))
	}
	if m.author == "" && !defaultAuthor(metas["author"]) {
		m.author = metas["author"]
	}
	c := htmlConverter{r: r}
	c.headingBase = minHeading(content)
	c.blocks(content, 0)
	c.flush()
	r.doc.blocks = c.out
	markBoldHeadings(r.doc.blocks)
	return r.doc, nil
}

// readHead reads the page's <title>, its <base> and the <meta> fields
// news sites fill in (ArticleTitle, PubDate, ContentSource, og:title…),
// by lower-case name; "#title" is the <title>.
func (r *htmlReader) readHead(root *html.Node) map[string]string {
	out := map[string]string{}
	for n := range root.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.DataAtom {
		case atom.Title:
			if out["#title"] == "" {
				out["#title"] = collapse(nodeText(n))
			}
		case atom.Meta:
			key := strings.ToLower(firstNonEmpty(attr(n, "name"), attr(n, "property"), attr(n, "itemprop")))
			if key != "" && out[key] == "" {
				out[key] = strings.TrimSpace(attr(n, "content"))
			}
		case atom.Base:
			r.setBase(attr(n, "href"))
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") {
				r.setBase(attr(n, "href"))
			}
		}
	}
	if r.base == nil {
		r.setBase(out["og:url"])
	}
	return out
}

func (r *htmlReader) setBase(href string) {
	if r.base != nil {
		return
	}
	if u, err := url.Parse(strings.TrimSpace(href)); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
		r.base = u
	}
}

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

var spaces = regexp.MustCompile(`[ \t\r\n\f]+`)

// cjkNewline is a line break in the page's source between two Chinese
// characters or marks: no space in Chinese text, where browsers would
// show one.
var cjkNewline = regexp.MustCompile(`([\p{Han}\x{3000}-\x{303F}\x{FF00}-\x{FFEF}“”‘’])[ \t\r]*\n[ \t\r\n]*([\p{Han}\x{3000}-\x{303F}\x{FF00}-\x{FFEF}“”‘’])`)

// collapse collapses HTML white space (not full-width spaces) and trims it.
func collapse(s string) string {
	return strings.TrimSpace(spaces.ReplaceAllString(s, " "))
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

func blockElement(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Header, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Ul, atom.Ol, atom.Li, atom.Table, atom.Tbody, atom.Thead, atom.Tfoot, atom.Tr, atom.Td, atom.Th, atom.Blockquote,
		atom.Center, atom.Figure, atom.Figcaption, atom.Pre, atom.Dl, atom.Dt, atom.Dd, atom.Hr, atom.Address, atom.Caption:
		return true
	}
	return false
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

func headingLevel(a atom.Atom) int {
	switch a {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

// htmlConverter turns the body's elements into blocks.
type htmlConverter struct {
	r           *htmlReader
	out         []block
	cur         block
	headingBase int
	bold        int
	italic      int
	link        string
}

func (c *htmlConverter) flush() {
	if !onlyText(c.cur.runs) || strings.TrimFunc(text(c.cur.runs), blank) != "" && !isJunk(text(c.cur.runs)) {
		c.cur.place = len(c.out) + 1
		c.out = append(c.out, c.cur)
	}
	c.cur = block{kind: paraBlock}
}

// blocks converts the children of n, depth deep in lists.
func (c *htmlConverter) blocks(n *html.Node, depth int) {
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		c.node(k, depth)
	}
}

func (c *htmlConverter) node(n *html.Node, depth int) {
	if c.r.skip[n] {
		return
	}
	switch n.Type {
	case html.TextNode:
		t := spaces.ReplaceAllString(cjkNewline.ReplaceAllString(n.Data, "$1$2"), " ")
		if t != "" {
			c.cur.runs = append(c.cur.runs, run{text: t, bold: c.bold > 0, italic: c.italic > 0, link: c.link})
		}
		return
	case html.ElementNode:
	default:
		return
	}
	if colourStyle(n) {
		c.r.doc.warn.add(len(c.out)+1, &wColour)
	}
	switch a := n.DataAtom; {
	case a == atom.Br:
		c.cur.runs = append(c.cur.runs, run{hardBreak: true})
	case a == atom.Img:
		if pic := c.r.picture(n, len(c.out)+1); pic != nil {
			c.cur.runs = append(c.cur.runs, run{image: pic, link: c.link})
		}
	case a == atom.B || a == atom.Strong:
		c.bold++
		c.blocks(n, depth)
		c.bold--
	case a == atom.I || a == atom.Em:
		c.italic++
		c.blocks(n, depth)
		c.italic--
	case a == atom.A:
		old := c.link
		if u := c.r.href(attr(n, "href")); u != "" {
			c.link = u
		}
		c.blocks(n, depth)
		c.link = old
	case headingLevel(a) > 0:
		c.flush()
		c.blocks(n, depth)
		c.cur.kind, c.cur.level = headingBlock, max(1, headingLevel(a)-c.headingBase+1)
		c.flush()
	case a == atom.Ul || a == atom.Ol:
		c.flush()
		num, _ := strconv.Atoi(attr(n, "start"))
		num = max(num, 1)
		for li := n.FirstChild; li != nil; li = li.NextSibling {
			if li.Type != html.ElementNode || li.DataAtom != atom.Li || c.r.skip[li] {
				c.node(li, depth)
				continue
			}
			c.cur = block{kind: itemBlock, level: depth, ordered: a == atom.Ol, number: num}
			num++
			c.blocks(li, depth+1)
			c.flush()
		}
	case a == atom.Table:
		c.flush()
		c.table(n)
	case a == atom.Hr:
		c.flush()
	case blockElement(a):
		c.flush()
		if centred(n) {
			c.cur.centred = true
		}
		c.blocks(n, depth)
		c.flush()
	default:
		c.blocks(n, depth)
	}
}

// table converts a table's rows; a table that lays out the page rather
// than holding data (one column, or long text in its cells) is read as
// the paragraphs it holds.
func (c *htmlConverter) table(t *html.Node) {
	var rows []*html.Node
	for n := range t.Descendants() {
		if n.DataAtom == atom.Tr && nearestTable(n) == t {
			rows = append(rows, n)
		}
	}
	layout := len(rows) == 0
	cols := 0
	for _, tr := range rows {
		k := 0
		for td := tr.FirstChild; td != nil; td = td.NextSibling {
			if td.DataAtom == atom.Td || td.DataAtom == atom.Th {
				k++
				if hasBlockChild(td) && utf8.RuneCountInString(collapse(nodeText(td))) > 200 {
					layout = true
				}
			}
		}
		cols = max(cols, k)
	}
	if layout || cols < 2 {
		c.blocks(t, 0)
		c.flush()
		return
	}
	b := block{kind: tableBlock, place: len(c.out) + 1}
	for _, tr := range rows {
		var row [][]run
		for td := tr.FirstChild; td != nil; td = td.NextSibling {
			if td.DataAtom != atom.Td && td.DataAtom != atom.Th {
				continue
			}
			sub := htmlConverter{r: c.r, headingBase: c.headingBase}
			sub.blocks(td, 0)
			sub.flush()
			var cell []run
			for i, p := range sub.out {
				if i > 0 {
					cell = append(cell, run{hardBreak: true})
				}
				cell = append(cell, trimRuns(p.runs)...)
			}
			row = append(row, cell)
			span, _ := strconv.Atoi(attr(td, "colspan"))
			for i := 1; i < span && i < 64; i++ {
				row = append(row, nil)
			}
		}
		b.rows = append(b.rows, row)
	}
	c.out = append(c.out, b)
}

func nearestTable(n *html.Node) *html.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Table {
			return p
		}
	}
	return nil
}

func centred(n *html.Node) bool {
	s := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
	return strings.EqualFold(attr(n, "align"), "center") || strings.Contains(s, "text-align:center") || n.DataAtom == atom.Center
}

func colourStyle(n *html.Node) bool {
	s := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
	return (n.DataAtom == atom.Font && attr(n, "color") != "") || strings.Contains(s, ";color:") || strings.HasPrefix(s, "color:")
}

// href is a link's target as the article keeps it: absolute (resolved
// against the page's address when it is known), never javascript: or a
// place in the page; "" for none.
func (r *htmlReader) href(h string) string {
	h = strings.TrimSpace(h)
	u, err := url.Parse(h)
	if h == "" || strings.HasPrefix(h, "#") || err != nil {
		return ""
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https", "mailto", "tel":
		return h
	case "":
		if r.base != nil {
			return r.base.ResolveReference(u).String()
		}
	}
	return ""
}

// picture takes an <img>: the picture saved with the page (the browser's
// page_files folder) is copied among the article's pictures. One that was
// not saved is left out with a warning giving its address: an article
// prints only pictures it has. Small pictures (icons, spacers) are left
// out quietly. Lazy-loading pages keep the address in data-src.
func (r *htmlReader) picture(n *html.Node, place int) *picture {
	for _, key := range []string{"width", "height"} {
		if v, err := strconv.Atoi(strings.TrimSuffix(attr(n, key), "px")); err == nil && v < 40 {
			return nil
		}
	}
	alt := collapse(attr(n, "alt"))
	remote := ""
	for _, key := range []string{"src", "data-src", "data-original"} {
		src := strings.TrimSpace(attr(n, key))
		u, err := url.Parse(src)
		if src == "" || err != nil || u.Scheme == "data" {
			continue
		}
		if u.Scheme == "" && u.Host == "" {
			if pic := r.localPicture(u.Path, alt); pic != nil {
				return pic
			}
			if r.base != nil {
				u = r.base.ResolveReference(u)
			}
		}
		if remote == "" {
			remote = u.String()
		}
	}
	if remote != "" {
		r.doc.warn.add(place, &wPictureMissing, remote)
	}
	return nil
}

// localPicture copies the picture at the page-relative path p, nil when
// there is no such file beside the page. The path cannot climb out of the
// page's folder.
func (r *htmlReader) localPicture(p, alt string) *picture {
	rel, err := url.PathUnescape(p)
	if err != nil {
		rel = p
	}
	local := filepath.Join(r.dir, filepath.FromSlash(path.Clean("/" + rel)[1:]))
	if name, ok := r.pictures[local]; ok {
		return &picture{name: name, alt: alt}
	}
	data, err := userfile.Read(local, "image file", min(maxPicture, maxAllPicture-r.picBytes))
	if err != nil {
		return nil
	}
	r.picBytes += int64(len(data))
	name := pictureName(r.opt.ImagePrefix, len(r.doc.images)+1, rel)
	r.pictures[local] = name
	r.doc.images = append(r.doc.images, Image{Name: name, Data: data})
	return &picture{name: name, alt: alt}
}

// markBoldHeadings makes a web page's short paragraphs set wholly in bold,
// without a sentence's ending, its headings: how news sites mark theirs.
func markBoldHeadings(blocks []block) {
	for i := range blocks {
		b := &blocks[i]
		if b.kind != paraBlock || hasPicture(b.runs) {
			continue
		}
		t := strings.TrimFunc(text(b.runs), blank)
		last, _ := utf8.DecodeLastRuneInString(t)
		if !allBold(b.runs) || utf8.RuneCountInString(t) > 30 || t == "" || strings.ContainsRune("。；：！？.;:!?", last) {
			continue
		}
		if lvl := numberedLevel(t); lvl > 0 {
			b.kind, b.level = headingBlock, lvl
			continue
		}
		b.kind, b.level = headingBlock, 1
	}
}

var (
	noArticle       = message.Text{"found no article in the web page: no paragraph of text", "網頁中找不到文章：沒有成段的文字", "网页中找不到文章：没有成段的文字"}
	badHTML         = message.Text{"the web page cannot be read: %s", "無法讀取網頁：%s", "无法读取网页：%s"}
	wPictureMissing = message.Text{
		"the picture %s was not saved with the page and is left out (save the page complete, with its pictures, or download it and insert it)",
		"圖片 %s 沒有隨網頁存檔，已略去（請以「完整網頁」存檔，或下載後插入）",
		"图片 %s 没有随网页保存，已略去（请以“完整网页”保存，或下载后插入）",
	}
)

// onlyText reports whether runs hold only text: no picture, no note.
func onlyText(runs []run) bool {
	for _, r := range runs {
		if r.image != nil || r.note > 0 {
			return false
		}
	}
	return true
}
