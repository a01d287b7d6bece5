// Command guidehtml turns the user guides (docs/guide-*.md) into HTML pages
// for the packages, with the project's own goldmark:
//
//	go run ./packaging/guidehtml -o OUTDIR docs/guide-en.md docs/guide-zh-Hant.md docs/guide-zh-Hans.md
//
// writes OUTDIR/guide-en.html and so on: one self-contained page per guide
// with a plain stylesheet, lang set from the file's name (guide-LANG.md),
// headings with the IDs GitHub gives them (so the guides' tables of contents
// and cross-references work in both places), links to the other guides'
// .md files pointing at their .html files, and the pictures referred to by
// their relative paths, so they are shown when they lie beside the page
// (scripts/dist.sh copies them there). It fails when a picture is missing
// or an in-page link has no heading.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

const style = `body{max-width:46em;margin:2em auto;padding:0 1em;font:17px/1.7 system-ui,-apple-system,"Segoe UI","Microsoft JhengHei","Microsoft YaHei","PingFang TC","Noto Sans CJK TC",sans-serif;color:#222;background:#fff}
:lang(zh-Hans) body,body:lang(zh-Hans){font-family:system-ui,-apple-system,"Segoe UI","Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif}
h1,h2,h3{line-height:1.3;margin:1.6em 0 .6em}h1{font-size:1.8em}h2{font-size:1.4em;border-bottom:1px solid #ddd;padding-bottom:.2em}h3{font-size:1.15em}
a{color:#0550ae}img{max-width:100%;height:auto;border:1px solid #ddd}
code{font:.9em/1.5 ui-monospace,Consolas,"DejaVu Sans Mono",monospace;background:#f3f3f3;padding:.1em .3em;border-radius:3px}
pre{background:#f3f3f3;padding:.8em 1em;overflow-x:auto;border-radius:4px}pre code{padding:0;background:none}
table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:.3em .6em;vertical-align:top;text-align:left}th{background:#f3f3f3}
blockquote{margin:1em 0;padding:0 1em;border-left:4px solid #ddd;color:#555}
@media print{body{max-width:none;font-size:11pt}a{color:inherit}}`

func main() {
	out := flag.String("o", ".", "the folder to write the HTML files into")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: guidehtml -o OUTDIR docs/guide-LANG.md ...")
		os.Exit(2)
	}
	for _, in := range flag.Args() {
		src, err := os.ReadFile(in)
		if err == nil {
			var page []byte
			if page, err = convert(src, langOf(in), filepath.Dir(in)); err == nil {
				name := strings.TrimSuffix(filepath.Base(in), ".md") + ".html"
				err = os.WriteFile(filepath.Join(*out, name), page, 0o644)
			}
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "guidehtml: %s: %v\n", in, err)
			os.Exit(1)
		}
	}
}

// langOf is the language tag in a guide's file name: guide-zh-Hant.md is zh-Hant.
func langOf(path string) string {
	base := strings.TrimSuffix(filepath.Base(path), ".md")
	if i := strings.Index(base, "-"); i >= 0 {
		return base[i+1:]
	}
	return "en"
}

// githubIDs gives headings the anchors GitHub gives them: lower case,
// everything but letters, digits, spaces, hyphens and underscores dropped,
// spaces as hyphens, and -1, -2 … after a repeated one.
type githubIDs struct{ seen map[string]int }

func (g *githubIDs) Generate(value []byte, kind ast.NodeKind) []byte {
	var b strings.Builder
	for _, r := range strings.ToLower(string(value)) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '-' || r == '_':
			b.WriteRune(r)
		case r == ' ':
			b.WriteByte('-')
		}
	}
	id := b.String()
	if n, ok := g.seen[id]; ok {
		g.seen[id] = n + 1
		id = fmt.Sprintf("%s-%d", id, n+1)
	} else {
		g.seen[id] = 0
	}
	return []byte(id)
}

func (g *githubIDs) Put(value []byte) { g.seen[string(value)] = 0 }

// otherGuide matches a link to a guide's Markdown file.
var otherGuide = regexp.MustCompile(`^(guide-[A-Za-z-]+)\.md(#.*)?$`)

// convert makes the page of one guide; dir is its folder, where its
// pictures are looked for.
func convert(src []byte, lang, dir string) ([]byte, error) {
	md := goldmark.New(
		goldmark.WithExtensions(extension.GFM),
		goldmark.WithParserOptions(parser.WithAutoHeadingID()),
	)
	ctx := parser.NewContext(parser.WithIDs(&githubIDs{seen: map[string]int{}}))
	doc := md.Parser().Parse(text.NewReader(src), parser.WithContext(ctx))
	title := "Paiban"
	ids := map[string]bool{}
	var links []string
	var missing []string
	err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			if id, ok := n.AttributeString("id"); ok {
				ids[string(id.([]byte))] = true
			}
			if n.Level == 1 && title == "Paiban" {
				title = plain(n, src)
			}
		case *ast.Link:
			dest := string(n.Destination)
			if m := otherGuide.FindStringSubmatch(dest); m != nil {
				n.Destination = []byte(m[1] + ".html" + m[2])
			} else if strings.HasPrefix(dest, "#") {
				links = append(links, dest[1:])
			}
		case *ast.Image:
			dest := string(n.Destination)
			if !strings.Contains(dest, "://") {
				if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(dest))); err != nil {
					missing = append(missing, dest)
				}
			}
		}
		return ast.WalkContinue, nil
	})
	if err != nil {
		return nil, err
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("pictures not found: %s", strings.Join(missing, ", "))
	}
	for _, l := range links {
		if !ids[l] {
			return nil, fmt.Errorf("link to #%s, which no heading has", l)
		}
	}
	var body bytes.Buffer
	if err := md.Renderer().Render(&body, src, doc); err != nil {
		return nil, err
	}
	var page bytes.Buffer
	fmt.Fprintf(&page, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n", html.EscapeString(lang))
	fmt.Fprintf(&page, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%s</title>\n", html.EscapeString(title))
	fmt.Fprintf(&page, "<style>\n%s\n</style>\n</head>\n<body>\n", style)
	page.Write(body.Bytes())
	page.WriteString("</body>\n</html>\n")
	return page.Bytes(), nil
}

// plain is a node's text without its markup.
func plain(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			b.Write(t.Segment.Value(src))
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}
