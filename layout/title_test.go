package layout

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// A title far longer than a page is wrapped and runs on over as many pages
// as it needs: every character printed once, in order, all of it inside
// the type area (never over the footer, as the first 806 characters of a
// 30 000-character title were), and one warning at the title's place.
func TestTitleLongerThanAPage(t *testing.T) {
	title := strings.Repeat("黨建引領改革基層戰鬥堡壘強起來", 2000) // 30 000 characters
	src := "---\ntitle: " + title + "\nsubtitle: 副題\nsource: 澎湃新聞\n---\n\n正文第一段。\n"
	for _, o := range []Options{footerOptions(), {Preset: Large, Paper: A5}, officialOptions()} {
		a := parse(t, src)
		d := Layout(a, fakeFonts{}, o)
		assertInside(t, d, o)
		var got strings.Builder
		pages := map[int]bool{}
		for _, p := range d.Pages {
			for _, l := range p.Lines {
				if l.Kind == KindTitle {
					got.WriteString(l.Text())
					pages[p.Number] = true
				}
			}
		}
		if got.String() != title {
			t.Fatalf("%s: the title printed is %d characters, not the %d written", o.Preset.Name, utf8.RuneCountInString(got.String()), utf8.RuneCountInString(title))
		}
		if len(pages) < 10 {
			t.Fatalf("%s: the title is on %d pages", o.Preset.Name, len(pages))
		}
		ps := problemsLike(d, "the title takes")
		if len(ps) != 1 || ps[0].Kind != Overfull || ps[0].Src != strings.Index(src, "黨建") {
			t.Fatalf("%s: problems %+v, want one at the title's offset %d", o.Preset.Name, ps, strings.Index(src, "黨建"))
		}
		// The body follows the title, and the bookmark is cut short.
		last := d.Pages[len(d.Pages)-1]
		found := false
		for _, l := range last.Lines {
			found = found || l.Text() == "正文第一段。"
		}
		if !found {
			t.Errorf("%s: the body is not on the last page", o.Preset.Name)
		}
		if n := utf8.RuneCountInString(d.Outline[0].Text); n != maxOutlineChars+1 || !strings.HasSuffix(d.Outline[0].Text, "…") {
			t.Errorf("%s: bookmark of %d characters", o.Preset.Name, n)
		}
	}
}

// Three lines of title are fine; a fourth draws the warning. A title
// written in quotes points at the quote, and its glyphs at the value.
func TestTitleLinesWarning(t *testing.T) {
	o := Options{}
	perLine := int((o.withDefaults().Paper.Width - 2*DefaultMargins.Left) / Medium.Title)
	for _, tt := range []struct {
		chars int
		warn  bool
	}{{perLine, false}, {3 * perLine, false}, {3*perLine + perLine/2, true}} {
		title := strings.Repeat("國", tt.chars)
		d := Layout(parse(t, "---\ntitle: \""+title+"\"\n---\n\n正文。\n"), fakeFonts{}, o)
		ps := problemsLike(d, "the title takes")
		if (len(ps) > 0) != tt.warn {
			t.Errorf("%d characters: problems %+v", tt.chars, ps)
		}
		if tt.warn && ps[0].Src != len("---\ntitle: ") {
			t.Errorf("warning at %d", ps[0].Src)
		}
	}
	// Unquoted, each glyph knows its own offset.
	d := Layout(parse(t, "---\ntitle: 甲乙丙\n---\n"), fakeFonts{}, o)
	for i, g := range d.Pages[0].Lines[0].Runs[0].Glyphs {
		if want := len("---\ntitle: ") + 3*i; int(g.Src) != want {
			t.Errorf("title glyph %d at %d, want %d", i, g.Src, want)
		}
	}
}

// Subtitles and headings too: wrapped, across pages when need be, inside
// the type area, with a warning past three lines at their place.
func TestLongSubtitleAndHeading(t *testing.T) {
	long := strings.Repeat("智慧城市計畫首波數位服務正式上線", 300)
	src := "---\ntitle: 標題\nsubtitle: " + long + "\n---\n\n## " + long + "\n\n正文。\n\n## 短標題\n\n正文。\n"
	o := footerOptions()
	d := Layout(parse(t, src), fakeFonts{}, o)
	assertInside(t, d, o)
	sub, head := problemsLike(d, "the subtitle takes"), problemsLike(d, "the heading takes")
	if len(sub) != 1 || sub[0].Src != strings.Index(src, "智慧") {
		t.Errorf("subtitle problems %+v", sub)
	}
	if len(head) != 1 || head[0].Src != strings.Index(src, "## 智慧")+3 {
		t.Errorf("heading problems %+v", head)
	}
	var heading strings.Builder
	for _, p := range d.Pages {
		for _, l := range p.Lines {
			if l.Kind == KindHeading {
				heading.WriteString(l.Text())
			}
		}
	}
	if heading.String() != long+"短標題" {
		t.Errorf("headings printed %d characters", utf8.RuneCountInString(heading.String()))
	}
}
