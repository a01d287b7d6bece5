package importer

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/article"
	"github.com/paiban/paiban/message"
)

// Text that means something in Markdown reads back as itself, and bold
// and italic stretches stay bold and italic, punctuation at their edges
// included in the text.
func TestMarkdownReadsBack(t *testing.T) {
	texts := []string{
		"# not a heading", "1. not a list", "2) nor this", "- nor this", "+ nor", "> nor a quote", "= setext",
		"**not bold** and _not italic_", "a_b_c*d*", "[not](a link) ![nor](a picture)", "<b>not HTML</b>",
		"&amp; stays &#20013; as typed &&", "`not code`", `back\slash`, "~~not struck~~", "tab\there",
	}
	d := &document{}
	for _, s := range texts {
		d.blocks = append(d.blocks, block{kind: paraBlock, runs: []run{{text: s}}})
	}
	a, err := article.Parse(d.markdown("images"))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Blocks) != len(texts) {
		t.Fatalf("%d blocks, want %d:\n%s", len(a.Blocks), len(texts), d.markdown("images"))
	}
	for i, b := range a.Blocks {
		p, ok := b.(*article.Paragraph)
		if !ok {
			t.Errorf("%q became a %T", texts[i], b)
			continue
		}
		want := strings.ReplaceAll(texts[i], "\t", " ")
		if got := plain(p.Inlines); got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
}

func TestMarkdownEmphasis(t *testing.T) {
	d := &document{blocks: []block{{kind: paraBlock, runs: []run{
		{text: "他說："}, {text: "“這算啥", bold: true}, {text: "犧牲？！”", bold: true}, {text: "於是"}, {text: "（全情投入）", italic: true}, {text: "。"},
	}}}}
	a, err := article.Parse(d.markdown("images"))
	if err != nil {
		t.Fatal(err)
	}
	p := a.Blocks[0].(*article.Paragraph)
	if got := plain(p.Inlines); got != "他說：“這算啥犧牲？！”於是（全情投入）。" {
		t.Fatalf("text %q", got)
	}
	styled := map[string]article.Style{}
	for _, in := range p.Inlines {
		styled[in.Text] |= in.Style
	}
	if strings.Contains(string(d.markdown("images")), "****") {
		t.Errorf("two bold runs side by side are two bold stretches:\n%s", d.markdown("images"))
	}
	if styled["這算啥犧牲"] != article.Bold || styled["全情投入"] != article.Italic {
		t.Errorf("styles %v\n%s", styled, d.markdown("images"))
	}
}

// A table's cells keep | and line breaks as text; list items nest.
func TestMarkdownTableAndList(t *testing.T) {
	d := &document{blocks: []block{
		{kind: tableBlock, rows: [][][]run{{{{text: "a|b"}}, {{text: "c"}}}, {{{text: "1"}, {hardBreak: true}, {text: "2"}}, nil}}},
		{kind: itemBlock, ordered: true, number: 1, runs: []run{{text: "一"}}},
		{kind: itemBlock, level: 1, runs: []run{{text: "甲"}}},
		{kind: itemBlock, ordered: true, number: 2, runs: []run{{text: "二"}}},
	}}
	a, err := article.Parse(d.markdown("images"))
	if err != nil {
		t.Fatal(err)
	}
	want := "a|b\tc\n1 2\t\n一\n甲\n二"
	if got := a.Text(); got != want {
		t.Errorf("text %q, want %q\n%s", got, want, d.markdown("images"))
	}
	if l, ok := a.Blocks[1].(*article.List); !ok || !l.Ordered || len(l.Items) != 2 {
		t.Errorf("list %#v", a.Blocks[1])
	}
}

func plain(ins []article.Inline) string {
	var b strings.Builder
	for _, in := range ins {
		b.WriteString(in.Text)
	}
	return b.String()
}

// An import longer than the editor opens says so.
func TestTooLongWarned(t *testing.T) {
	para := strings.Repeat("長", 1000)
	d := &document{}
	for range article.MaxFile / len(para) {
		d.blocks = append(d.blocks, block{kind: paraBlock, runs: []run{{text: para}}})
	}
	res := d.result(Options{})
	if len(res.Warnings) != 1 || !message.Is(res.Warnings[0].What, wTooLong) {
		t.Errorf("warnings %v", res.Warnings)
	}
}
