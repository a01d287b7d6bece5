package article

import (
	"fmt"
	"strings"
	"testing"
)

// dump renders blocks in a compact form for table tests, one block a line,
// nested blocks indented by two spaces:
//
//	P "plain " I"italic" BI"both" C"code" L(url)"link" BR
//	H2 "heading"   Q   UL / OL3 (start)   LI   HR   FIG path alt caption
func dump(blocks []Block) string {
	var sb strings.Builder
	dumpBlocks(&sb, blocks, "")
	return strings.TrimSuffix(sb.String(), "\n")
}

func dumpBlocks(sb *strings.Builder, blocks []Block, indent string) {
	for _, b := range blocks {
		sb.WriteString(indent)
		switch b := b.(type) {
		case *Paragraph:
			sb.WriteString("P" + dumpInlines(b.Inlines) + "\n")
		case *Heading:
			fmt.Fprintf(sb, "H%d%s\n", b.Level, dumpInlines(b.Inlines))
		case *Quote:
			sb.WriteString("Q\n")
			dumpBlocks(sb, b.Blocks, indent+"  ")
		case *List:
			if b.Ordered {
				fmt.Fprintf(sb, "OL%d\n", b.Start)
			} else {
				sb.WriteString("UL\n")
			}
			for _, it := range b.Items {
				sb.WriteString(indent + "  LI\n")
				dumpBlocks(sb, it.Blocks, indent+"    ")
			}
		case *Figure:
			fmt.Fprintf(sb, "FIG %q %q %q\n", b.Path, b.Alt, b.Caption)
		case *Rule:
			sb.WriteString("HR\n")
		case *Table:
			fmt.Fprintf(sb, "TABLE %v\n", b.Align)
			for _, row := range append([][]Cell{b.Header}, b.Rows...) {
				sb.WriteString(indent + "  TR")
				for _, c := range row {
					sb.WriteString(" |" + dumpInlines(c.Inlines))
				}
				sb.WriteString("\n")
			}
		default:
			fmt.Fprintf(sb, "?%T\n", b)
		}
	}
}

func dumpInlines(ins []Inline) string {
	var sb strings.Builder
	for _, in := range ins {
		sb.WriteByte(' ')
		if in.Break {
			sb.WriteString("BR")
			continue
		}
		if in.Style&Bold != 0 {
			sb.WriteByte('B')
		}
		if in.Style&Italic != 0 {
			sb.WriteByte('I')
		}
		if in.Style&Code != 0 {
			sb.WriteByte('C')
		}
		if in.Link != "" {
			fmt.Fprintf(&sb, "L(%s)", in.Link)
		}
		fmt.Fprintf(&sb, "%q", in.Text)
	}
	return sb.String()
}

// mustParse parses src and checks the article's invariants.
func mustParse(t testing.TB, src string) *Article {
	t.Helper()
	a, err := Parse([]byte(src))
	if err != nil {
		t.Fatalf("Parse(%q): %v", src, err)
	}
	checkArticle(t, a)
	return a
}

// checkArticle checks what must hold for every parsed article: spans inside
// the source and inside their parents, inlines in source order, and Exact
// true exactly when Text is Source[Span].
func checkArticle(t testing.TB, a *Article) {
	t.Helper()
	whole := Span{0, len(a.Source)}
	for _, b := range a.Blocks {
		checkBlock(t, a, b, whole)
	}
	for _, w := range a.Warnings {
		checkSpan(t, a, "warning "+w.Message, w.Span, whole)
	}
}

func checkSpan(t testing.TB, a *Article, what string, s, parent Span) bool {
	t.Helper()
	if s.Start < parent.Start || s.End > parent.End || s.Start > s.End {
		t.Errorf("%s: span %v outside its parent %v (source %q)", what, s, parent, a.Source)
		return false
	}
	return true
}

func checkBlock(t testing.TB, a *Article, b Block, parent Span) {
	t.Helper()
	s := b.SourceSpan()
	what := fmt.Sprintf("%T at %v", b, s)
	if !checkSpan(t, a, what, s, parent) {
		return
	}
	if s.Start == s.End {
		t.Errorf("%s: empty span", what)
	}
	switch b := b.(type) {
	case *Paragraph:
		checkInlines(t, a, what, b.Inlines, s)
	case *Heading:
		checkInlines(t, a, what, b.Inlines, s)
	case *Quote:
		for _, c := range b.Blocks {
			checkBlock(t, a, c, s)
		}
	case *List:
		for _, it := range b.Items {
			if checkSpan(t, a, what+" item", it.Span, s) {
				for _, c := range it.Blocks {
					checkBlock(t, a, c, it.Span)
				}
			}
		}
	case *Figure:
		if src := string(a.Source[s.Start:s.End]); !strings.HasPrefix(src, "![") || !strings.HasSuffix(src, ")") && !strings.HasSuffix(src, "]") {
			t.Errorf("%s: figure span holds %q, not an image", what, src)
		}
	}
}

func checkInlines(t testing.TB, a *Article, what string, ins []Inline, parent Span) {
	t.Helper()
	prevEnd := parent.Start
	for i, in := range ins {
		w := fmt.Sprintf("%s inline %d %q", what, i, in.Text)
		if !checkSpan(t, a, w, in.Span, parent) {
			continue
		}
		if in.Span.Start < prevEnd {
			t.Errorf("%s: span %v overlaps the previous inline (ends %d)", w, in.Span, prevEnd)
		}
		prevEnd = in.Span.End
		verbatim := string(a.Source[in.Span.Start:in.Span.End]) == in.Text
		switch {
		case in.Break && in.Text != "":
			t.Errorf("%s: a break with text", w)
		case !in.Break && in.Text == "":
			t.Errorf("%s: empty text", w)
		case in.Exact != (verbatim && !in.Break):
			t.Errorf("%s: Exact = %v but source at %v is %q", w, in.Exact, in.Span, a.Source[in.Span.Start:in.Span.End])
		case !in.Exact && in.Span.Start == in.Span.End:
			t.Errorf("%s: inexact inline with an empty span", w)
		}
	}
}

// fm wraps a body in a minimal front matter that fixes the language, so
// that tests of the body do not depend on detection.
func fm(body string) string { return "---\nlang: zh-Hant\n---\n" + body }
