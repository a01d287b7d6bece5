package importer

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/paiban/paiban/article"
	"github.com/paiban/paiban/internal/testenv"
)

// TestAgainstPandoc imports pandoc's Word test documents (../shared) and
// the office documents of testdata/docx, and compares each with Debian's
// pandoc's reading of it (pandoc -f docx -t json): the text, character
// for character with white space taken out, and the headings. Every
// document must import into an article; the measurements are logged (go
// test -v -run AgainstPandoc) and recorded in docs/import.md. The office
// documents' text must be pandoc's, apart from the dateline, which the
// import moves into the front matter.
func TestAgainstPandoc(t *testing.T) {
	testenv.Tool(t, "pandoc")
	shared, _ := filepath.Glob("../../shared/corpus/docx-pandoc/*.docx")
	if len(shared) == 0 {
		testenv.Need(t, "../shared/corpus/docx-pandoc", os.ErrNotExist)
	}
	office, _ := filepath.Glob("testdata/docx/*.docx")
	t.Logf("| document | pandoc's characters | missing from the import | added by the import | pandoc's headings | the import's headings | pandoc's paragraphs | the import's paragraphs |")
	t.Logf("|---|---|---|---|---|---|---|---|")
	for _, p := range append(shared, office...) {
		res, err := File(p, Options{})
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		a, err := article.Parse(res.Markdown)
		if err != nil {
			t.Errorf("%s: no article: %v", p, err)
			continue
		}
		out, err := exec.Command("pandoc", "-f", "docx", "-t", "json", p).Output()
		if err != nil {
			t.Logf("| %s | pandoc cannot read it: %v |", filepath.Base(p), err)
			continue
		}
		var pd pandocDoc
		if err := json.Unmarshal(out, &pd); err != nil {
			t.Fatalf("%s: pandoc's JSON: %v", p, err)
		}
		theirs, theirHeads := pd.text()
		ours, ourHeads := articleText(a)
		missing, added := runeDiff(theirs, ours)
		theirParas, ourParas := 0, countParagraphs(a)
		for _, bl := range pd.Blocks {
			theirParas += countPandocParagraphs(bl)
		}
		t.Logf("| %s | %d | %d | %d | %d | %d | %d | %d |", filepath.Base(p), len([]rune(theirs)), len(missing), len(added), theirHeads, ourHeads, theirParas, ourParas)
		if len(missing)+len(added) > 0 {
			t.Logf("  %s: missing %q added %q", filepath.Base(p), abbreviateRunes(missing), abbreviateRunes(added))
		}
		if w, ok := pandocWarnings[filepath.Base(p)]; ok && !warned(res.Warnings, w) {
			t.Errorf("%s: no warning about %s: %v", p, w, res.Warnings)
		}
		// office-extras has hidden text, which pandoc keeps and Word does
		// not print.
		if strings.HasPrefix(p, "testdata/") && !strings.Contains(p, "extras") {
			// The dateline's words are in the front matter, reworded.
			dateline := "來源：發布時間年月日来源　0123456789-:" + a.Meta.Source + a.Meta.Author
			for _, r := range missing {
				if !strings.ContainsRune(dateline, r) {
					t.Errorf("%s: the import lacks %q of pandoc's text", p, string(r))
				}
			}
		}
	}
}

// pandocWarnings are what some of pandoc's test documents must be warned
// about.
var pandocWarnings = map[string]string{
	"comments.docx":          "comments are not carried over (5 times in all",
	"inline_formatting.docx": "strikethrough",
}

// pandocDoc is pandoc's JSON document: its blocks and its metadata.
type pandocDoc struct {
	Meta   map[string]json.RawMessage
	Blocks []json.RawMessage
}

type pandocNode struct {
	T string          `json:"t"`
	C json.RawMessage `json:"c"`
}

// text is the document's text without white space or notes, the title and
// subtitle of its metadata first, and how many headings it has.
func (d *pandocDoc) text() (string, int) {
	var b strings.Builder
	heads := 0
	for _, key := range []string{"title", "subtitle"} {
		if m, ok := d.Meta[key]; ok {
			walkPandoc(m, &b, &heads)
		}
	}
	for _, bl := range d.Blocks {
		walkPandoc(bl, &b, &heads)
	}
	return b.String(), heads
}

// walkPandoc writes the text of any pandoc JSON value: Str's text, a
// Quoted's quotes, nothing of notes, attributes or targets.
func walkPandoc(raw json.RawMessage, b *strings.Builder, heads *int) {
	var n pandocNode
	if json.Unmarshal(raw, &n) == nil && n.T != "" {
		switch n.T {
		case "Str":
			var s string
			json.Unmarshal(n.C, &s)
			b.WriteString(strings.Join(strings.Fields(s), ""))
			return
		case "Note", "Code", "CodeBlock", "RawInline", "RawBlock", "Math":
			return
		case "Header":
			*heads++
			var c []json.RawMessage
			json.Unmarshal(n.C, &c)
			if len(c) == 3 {
				walkPandoc(c[2], b, heads)
			}
			return
		case "Link", "Image":
			var c []json.RawMessage
			json.Unmarshal(n.C, &c)
			if len(c) == 3 {
				walkPandoc(c[1], b, heads)
			}
			return
		case "Quoted":
			var c []json.RawMessage
			json.Unmarshal(n.C, &c)
			var q pandocNode
			if len(c) == 2 && json.Unmarshal(c[0], &q) == nil {
				open, end := "“", "”"
				if q.T == "SingleQuote" {
					open, end = "‘", "’"
				}
				b.WriteString(open)
				walkPandoc(c[1], b, heads)
				b.WriteString(end)
			}
			return
		case "Span", "Div":
			var c []json.RawMessage
			json.Unmarshal(n.C, &c)
			if len(c) == 2 {
				walkPandoc(c[1], b, heads)
			}
			return
		}
		walkPandoc(n.C, b, heads)
		return
	}
	var list []json.RawMessage
	if json.Unmarshal(raw, &list) == nil {
		for _, x := range list {
			walkPandoc(x, b, heads)
		}
		return
	}
	var obj map[string]json.RawMessage
	if json.Unmarshal(raw, &obj) == nil {
		if c, ok := obj["c"]; ok {
			walkPandoc(c, b, heads)
		}
	}
}

// countPandocParagraphs counts the paragraphs (Para, Plain, Header) with
// text in a pandoc block, in lists, quotes, divs and table cells too, not
// in notes.
func countPandocParagraphs(raw json.RawMessage) int {
	var n pandocNode
	if json.Unmarshal(raw, &n) == nil && n.T != "" {
		switch n.T {
		case "Para", "Plain", "Header":
			var b strings.Builder
			h := 0
			walkPandoc(raw, &b, &h)
			if b.Len() > 0 {
				return 1
			}
			return 0
		case "Note", "Str", "Space":
			return 0
		}
		return countPandocParagraphs(n.C)
	}
	count := 0
	var list []json.RawMessage
	if json.Unmarshal(raw, &list) == nil {
		for _, x := range list {
			count += countPandocParagraphs(x)
		}
		return count
	}
	var obj map[string]json.RawMessage
	if json.Unmarshal(raw, &obj) == nil {
		for _, v := range obj {
			count += countPandocParagraphs(v)
		}
	}
	return count
}

// countParagraphs counts the paragraphs with text in an article the way
// countPandocParagraphs counts pandoc's: headings, paragraphs, those of
// list items and quotes, each table cell with text; not the notes.
func countParagraphs(a *article.Article) int {
	n := 0
	article.Walk(a.Blocks, func(b article.Block) {
		switch b := b.(type) {
		case *article.Paragraph:
			if strings.TrimSpace(plain(b.Inlines)) != "" && !noteLine.MatchString(plain(b.Inlines)) {
				n++
			}
		case *article.Heading:
			n++
		case *article.Figure:
			if b.Alt != "" {
				n++
			}
		case *article.Table:
			for _, row := range append([][]article.Cell{b.Header}, b.Rows...) {
				for _, c := range row {
					if strings.TrimSpace(plain(c.Inlines)) != "" {
						n++
					}
				}
			}
		}
	})
	return n
}

var noteLine = regexp.MustCompile(`^\[\d+\] `)

var noteMark = regexp.MustCompile(`\[\d+\]`)

// articleText is an article's text without white space, without its
// notes and their marks, and how many headings it has.
func articleText(a *article.Article) (string, int) {
	blocks := a.Blocks
	// The notes: the paragraphs after the last rule, each starting [n].
	for i := len(blocks) - 1; i >= 0; i-- {
		if _, ok := blocks[i].(*article.Rule); ok {
			if p, ok := blocks[len(blocks)-1].(*article.Paragraph); ok && i < len(blocks)-1 && strings.HasPrefix(plain(p.Inlines), "[") {
				blocks = blocks[:i]
			}
			break
		}
	}
	b := a.Meta.Title + a.Meta.Subtitle
	heads := 0
	for _, bl := range blocks {
		if _, ok := bl.(*article.Heading); ok {
			heads++
		}
	}
	tmp := &article.Article{Blocks: blocks}
	b += tmp.Text()
	b = noteMark.ReplaceAllString(b, "")
	return strings.Join(strings.FieldsFunc(b, blankOrTab), ""), heads
}

// runeDiff is what of a is missing from b and what b adds, by the longest
// common subsequence of their runes (both are short).
func runeDiff(a, b string) (missing, added []rune) {
	x, y := []rune(a), []rune(b)
	if len(x)*len(y) > 64<<20 {
		return nil, nil
	}
	lcs := make([][]int32, len(x)+1)
	for i := range lcs {
		lcs[i] = make([]int32, len(y)+1)
	}
	for i := len(x) - 1; i >= 0; i-- {
		for j := len(y) - 1; j >= 0; j-- {
			if x[i] == y[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	i, j := 0, 0
	for i < len(x) && j < len(y) {
		switch {
		case x[i] == y[j]:
			i++
			j++
		case lcs[i+1][j] >= lcs[i][j+1]:
			missing = append(missing, x[i])
			i++
		default:
			added = append(added, y[j])
			j++
		}
	}
	return append(missing, x[i:]...), append(added, y[j:]...)
}

func abbreviateRunes(r []rune) string {
	if len(r) > 60 {
		return string(r[:60]) + fmt.Sprintf("…(+%d)", len(r)-60)
	}
	return string(r)
}
