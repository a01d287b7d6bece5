package importer

import (
	"net/url"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

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

var spaces = regexp.MustCompile(`[ \t\r\n\f]+`)

// cjkNewline is a line break in the page's source between two Chinese
// characters or marks: no space in Chinese text, where browsers would
// show one.
var cjkNewline = regexp.MustCompile(`([\p{Han}\x{3000}-\x{303F}\x{FF00}-\x{FFEF}“”‘’])[ \t\r]*\n[ \t\r\n]*([\p{Han}\x{3000}-\x{303F}\x{FF00}-\x{FFEF}“”‘’])`)

// collapse collapses HTML white space (not full-width spaces) and trims it.
func collapse(s string) string {
	return strings.TrimSpace(spaces.ReplaceAllString(s, " "))
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

var (
	noArticle       = message.Text{"found no article in the web page: no paragraph of text", "網頁中找不到文章：沒有成段的文字", "网页中找不到文章：没有成段的文字"}
	badHTML         = message.Text{"the web page cannot be read: %s", "無法讀取網頁：%s", "无法读取网页：%s"}
	wPictureMissing = message.Text{
		"the picture %s was not saved with the page and is left out (save the page complete, with its pictures, or download it and insert it)",
		"圖片 %s 沒有隨網頁存檔，已略去（請以「完整網頁」存檔，或下載後插入）",
		"图片 %s 没有随网页保存，已略去（请以“完整网页”保存，或下载后插入）",
	}
)
