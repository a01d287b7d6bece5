package importer

import (
	"net/url"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/paiban/paiban/internal/userfile"
)

// Turning the web page's article into the document model.

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

// onlyText reports whether runs hold only text: no picture, no note.
func onlyText(runs []run) bool {
	for _, r := range runs {
		if r.image != nil || r.note > 0 {
			return false
		}
	}
	return true
}
