package article

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/paiban/paiban/internal/testenv"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	gmtext "github.com/yuin/goldmark/text"
)

// specFile is the CommonMark spec's examples as goldmark's own tests read
// them (its _test/spec.json); testdata/README.md says where it comes from.
const specFile = "testdata/commonmark-spec.json"

// specExamples is how many examples the spec goldmark v1.8.7 tests against
// (CommonMark 0.31.2) has; a newer spec may have more, never fewer.
const specExamples = 652

// specExample is one example of the spec.
type specExample struct {
	Markdown  string `json:"markdown"`
	HTML      string `json:"html"`
	Example   int    `json:"example"`
	StartLine int    `json:"start_line"`
	EndLine   int    `json:"end_line"`
	Section   string `json:"section"`
}

func loadSpec(t *testing.T) []specExample {
	t.Helper()
	b, err := os.ReadFile(specFile)
	if err != nil {
		t.Fatal(err)
	}
	var exs []specExample
	if err := json.Unmarshal(b, &exs); err != nil {
		t.Fatalf("%s: %v", specFile, err)
	}
	if len(exs) < specExamples {
		t.Fatalf("%s has %d examples, want at least %d", specFile, len(exs), specExamples)
	}
	for i, ex := range exs {
		if ex.Example != i+1 {
			t.Fatalf("%s: example %d is numbered %d", specFile, i+1, ex.Example)
		}
	}
	return exs
}

// TestCommonMarkSpec reads every example of the CommonMark spec as an
// article body, after a minimal front matter, without one, and with CRLF
// line ends, and checks what must hold for any input: Parse does not panic,
// fails only on front matter, and keeps the span invariants (checkArticle,
// checkSpecSpans). Where goldmark finds no raw HTML in an example (the
// reader drops raw HTML, so its text cannot match), the article must also
// say what the spec's HTML says: the same headings and levels, rules,
// quotes, lists with their kind, start and number of items, and the same
// text, white space aside.
func TestCommonMarkSpec(t *testing.T) {
	compared := 0
	for _, ex := range loadSpec(t) {
		raw := hasRawHTML(ex.Markdown)
		if !raw {
			compared++
		}
		t.Run(fmt.Sprintf("example_%03d", ex.Example), func(t *testing.T) {
			md := ex.Markdown
			src := fm(md)
			a, err := parseNoPanic(src)
			if err != nil {
				t.Fatalf("after a front matter, %q: %v", md, err)
			}
			checkArticle(t, a)
			checkSpecSpans(t, a, len(src)-len(md))

			if !raw {
				if got, want := structure(a.Blocks), htmlStructure(ex.HTML); got != want {
					t.Errorf("%q: structure\n%s\nwant (from the spec's HTML)\n%s\nblocks:\n%s", md, got, want, dump(a.Blocks))
				}
				if got, want := squeeze(articleText(a.Blocks)), squeeze(specHTMLText(ex.HTML)); got != want {
					t.Errorf("%q: text (white space removed)\n %q\nwant (from the spec's HTML)\n %q", md, got, want)
				}
			}

			// Without a front matter the body is the whole file; the blocks
			// are the same, their spans shifted. A body that starts with a
			// "---" line is read as a front matter instead.
			bare, err := parseNoPanic(md)
			startsFM := strings.HasPrefix(md, "---\n")
			switch {
			case err != nil:
				var fe *FrontMatterError
				if !startsFM || !errors.As(err, &fe) {
					t.Fatalf("without a front matter, %q: %v", md, err)
				}
				if fe.Span.Start < 0 || fe.Span.End > len(md) || fe.Span.Start > fe.Span.End {
					t.Errorf("front matter error span %v outside the source", fe.Span)
				}
			default:
				checkArticle(t, bare)
				checkSpecSpans(t, bare, 0)
				if !startsFM {
					if got, want := spanDump(bare.Blocks, 0), spanDump(a.Blocks, len(src)-len(md)); got != want {
						t.Errorf("%q without a front matter:\n%s\nwant, as after one:\n%s", md, got, want)
					}
				}
			}

			// CRLF line ends: the invariants hold (the structure is not
			// compared: goldmark v1.8.7 reads a list marker followed by
			// "\r\n" as text, not as an empty item — examples 278, 280,
			// 281, 283, 284 and 315 — whereas after "\n" it is an item).
			crlf := fm(strings.ReplaceAll(md, "\n", "\r\n"))
			c, err := parseNoPanic(crlf)
			if err != nil {
				t.Fatalf("with CRLF, %q: %v", md, err)
			}
			checkArticle(t, c)
			checkSpecSpans(t, c, len(fm("")))
		})
	}
	// The comparison with the spec's HTML must cover most examples, or it
	// proves little: 580 of the 652 of CommonMark 0.31.2 have no raw HTML.
	if compared < specExamples*3/4 {
		t.Errorf("only %d examples compared with the spec's HTML", compared)
	}
}

// parseNoPanic is Parse, with a panic turned into an error that holds the
// stack.
func parseNoPanic(src string) (a *Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			a, err = nil, fmt.Errorf("panic: %v\n%s", r, debug.Stack())
		}
	}()
	return Parse([]byte(src))
}

// checkSpecSpans checks, beyond checkArticle, what holds for every block:
// it lies in the body (from bodyStart on); siblings (blocks, list items,
// table cells) come in source order and do not overlap; a block does not
// end with white space, nor start with it unless it is code (whose
// indentation is text); and a table's cells lie in the table.
func checkSpecSpans(t *testing.T, a *Article, bodyStart int) {
	t.Helper()
	body := Span{bodyStart, len(a.Source)}
	var walk func(blocks []Block, parent Span)
	walk = func(blocks []Block, parent Span) {
		prev := parent.Start
		for _, b := range blocks {
			s := b.SourceSpan()
			what := fmt.Sprintf("%T at %v (%q)", b, s, a.Source[min(s.Start, len(a.Source)):min(max(s.End, s.Start), len(a.Source))])
			if !checkSpan(t, a, what, s, parent) || s.Start == s.End {
				continue
			}
			if s.Start < prev {
				t.Errorf("%s: starts before the previous block ends (%d)", what, prev)
			}
			prev = s.End
			if isBlank(a.Source[s.End-1]) {
				t.Errorf("%s: ends with white space", what)
			}
			if isBlank(a.Source[s.Start]) && !isCode(b) {
				t.Errorf("%s: starts with white space", what)
			}
			switch b := b.(type) {
			case *Quote:
				walk(b.Blocks, s)
			case *List:
				p := s.Start
				for _, it := range b.Items {
					if it.Span.Start < p {
						t.Errorf("%s: item %v starts before the previous one ends (%d)", what, it.Span, p)
					}
					p = it.Span.End
					walk(it.Blocks, it.Span)
				}
			case *Table:
				for _, row := range append([][]Cell{b.Header}, b.Rows...) {
					p := s.Start
					for _, c := range row {
						checkInlines(t, a, what+" cell", c.Inlines, s)
						if len(c.Inlines) == 0 {
							continue
						}
						if checkSpan(t, a, what+" cell", c.Span, s) && c.Span.Start < p {
							t.Errorf("%s: cell %v starts before the previous one ends (%d)", what, c.Span, p)
						}
						p = c.Span.End
					}
				}
			}
		}
	}
	walk(a.Blocks, body)
}

// isCode reports whether b is a code block: a paragraph of Code inlines
// and breaks.
func isCode(b Block) bool {
	p, ok := b.(*Paragraph)
	if !ok || len(p.Inlines) == 0 {
		return false
	}
	for _, in := range p.Inlines {
		if !in.Break && in.Style&Code == 0 {
			return false
		}
	}
	return true
}

// hasRawHTML reports whether goldmark finds raw HTML (a block or inline)
// in md.
func hasRawHTML(md string) bool {
	found := false
	doc := goldmark.DefaultParser().Parse(gmtext.NewReader([]byte(md)))
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n.(type) {
		case *ast.HTMLBlock, *ast.RawHTML:
			found = true
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	return found
}

// structure lists the headings (h1–h6), rules (hr), quotes (blockquote),
// lists (ul, or ol and its start) and items (li) of blocks, depth first,
// as htmlStructure lists them from HTML.
func structure(blocks []Block) string {
	var sb strings.Builder
	var walk func([]Block)
	walk = func(blocks []Block) {
		for _, b := range blocks {
			switch b := b.(type) {
			case *Heading:
				fmt.Fprintf(&sb, "h%d ", b.Level)
			case *Rule:
				sb.WriteString("hr ")
			case *Quote:
				sb.WriteString("blockquote ")
				walk(b.Blocks)
			case *List:
				if b.Ordered {
					fmt.Fprintf(&sb, "ol%d ", b.Start)
				} else {
					sb.WriteString("ul ")
				}
				for _, it := range b.Items {
					sb.WriteString("li ")
					walk(it.Blocks)
				}
			}
		}
	}
	walk(blocks)
	return sb.String()
}

// openTag matches the opening tags structure cares about, and an ordered
// list's start attribute.
var openTag = regexp.MustCompile(`<(h[1-6]|hr|blockquote|ul|ol|li)[ />](?: ?start="(\d+)")?`)

func htmlStructure(h string) string {
	var sb strings.Builder
	for _, m := range openTag.FindAllStringSubmatch(h, -1) {
		sb.WriteString(m[1])
		if m[1] == "ol" {
			if m[2] == "" {
				m[2] = "1"
			}
			sb.WriteString(m[2])
		}
		sb.WriteByte(' ')
	}
	return sb.String()
}

// anyTag matches an HTML tag; the spec's HTML escapes every "<" of text.
var anyTag = regexp.MustCompile(`<[^>]*>`)

// specHTMLText is the text of the spec's HTML: its tags removed (an image's
// alt text with them, as it is not text in the article either), its
// entities decoded.
func specHTMLText(h string) string { return html.UnescapeString(anyTag.ReplaceAllString(h, "")) }

// articleText is the text of every inline of blocks, tables' included.
func articleText(blocks []Block) string {
	var sb strings.Builder
	var walk func([]Block)
	walk = func(blocks []Block) {
		for _, b := range blocks {
			switch b := b.(type) {
			case *Paragraph:
				sb.WriteString(inlineText(b.Inlines))
			case *Heading:
				sb.WriteString(inlineText(b.Inlines))
			case *Quote:
				walk(b.Blocks)
			case *List:
				for _, it := range b.Items {
					walk(it.Blocks)
				}
			case *Table:
				for _, row := range append([][]Cell{b.Header}, b.Rows...) {
					for _, c := range row {
						sb.WriteString(inlineText(c.Inlines))
					}
				}
			}
		}
	}
	walk(blocks)
	return sb.String()
}

// squeeze removes white space.
func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }

// spanDump is dump with every span, made relative to off, so that two
// readings of one body can be compared.
func spanDump(blocks []Block, off int) string {
	var sb strings.Builder
	rel := func(s Span) Span { return Span{s.Start - off, s.End - off} }
	var walk func([]Block, string)
	walk = func(blocks []Block, indent string) {
		for _, b := range blocks {
			fmt.Fprintf(&sb, "%s%T %v\n", indent, b, rel(b.SourceSpan()))
			switch b := b.(type) {
			case *Paragraph:
				dumpSpans(&sb, indent, b.Inlines, rel)
			case *Heading:
				dumpSpans(&sb, indent, b.Inlines, rel)
			case *Quote:
				walk(b.Blocks, indent+"  ")
			case *List:
				for _, it := range b.Items {
					fmt.Fprintf(&sb, "%s  item %v\n", indent, rel(it.Span))
					walk(it.Blocks, indent+"    ")
				}
			case *Figure:
				fmt.Fprintf(&sb, "%s  %q %q %q\n", indent, b.Path, b.Alt, b.Caption)
			case *Table:
				for _, row := range append([][]Cell{b.Header}, b.Rows...) {
					for _, c := range row {
						fmt.Fprintf(&sb, "%s  cell %v\n", indent, rel(c.Span))
						dumpSpans(&sb, indent+"  ", c.Inlines, rel)
					}
				}
			}
		}
	}
	walk(blocks, "")
	return sb.String()
}

func dumpSpans(sb *strings.Builder, indent string, ins []Inline, rel func(Span) Span) {
	for _, in := range ins {
		fmt.Fprintf(sb, "%s  %q %v style %d link %q break %v exact %v\n", indent, in.Text, rel(in.Span), in.Style, in.Link, in.Break, in.Exact)
	}
}

// TestCommonMarkSpecIsGoldmarks keeps testdata's copy of the spec the one
// the goldmark in go.mod tests against: after an upgrade that brings a new
// spec, copy it again (see testdata/README.md).
func TestCommonMarkSpecIsGoldmarks(t *testing.T) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/yuin/goldmark").Output()
	testenv.Need(t, "the go command and goldmark's module source", err)
	dir := strings.TrimSpace(string(out))
	theirs, err := os.ReadFile(filepath.Join(dir, "_test", "spec.json"))
	if err != nil {
		t.Fatalf("goldmark's spec examples: %v", err)
	}
	ours, err := os.ReadFile(specFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(ours, theirs) {
		t.Errorf("%s differs from %s; copy it again and update testdata/README.md", specFile, filepath.Join(dir, "_test", "spec.json"))
	}
}
