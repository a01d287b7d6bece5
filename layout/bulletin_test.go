package layout

import (
	"context"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
)

// testBulletin is a bulletin of n articles of paras paragraphs each, every
// paragraph 120 characters.
func testBulletin(n, paras int) *Bulletin {
	b := &Bulletin{
		Masthead: Masthead{Name: "稅務工作動態", Issue: 5, Total: 123, Editor: "上海市稅務局辦公室",
			Date: time.Date(2024, 6, 6, 0, 0, 0, 0, time.UTC), Classification: "內部資料", Serial: "000123"},
		Note:         "本期刊登三篇文章。",
		Distribution: Distribution{Report: []string{"國家稅務總局辦公廳"}, Send: []string{"市委辦公廳", "市政府辦公廳"}, Distribute: []string{"各區稅務局"}, Copies: 80},
	}
	for i := range n {
		var ps []string
		for j := range paras {
			ps = append(ps, strings.Repeat(string(rune('甲'+i))+string(rune('子'+j%10)), 60))
		}
		b.Articles = append(b.Articles, BulletinArticle{Article: doc(fmt.Sprintf("第%s篇文章", string(rune('甲'+i))), ps...)})
	}
	return b
}

func layoutBulletin(t testing.TB, b *Bulletin, opt Options) *Document {
	t.Helper()
	d, err := LayoutBulletin(context.Background(), b, fakeFonts{}, opt)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// find returns the first line of kind on page p whose text contains s.
func find(p Page, kind LineKind, s string) *Line {
	for i := range p.Lines {
		if l := &p.Lines[i]; (kind == "" || l.Kind == kind) && strings.Contains(l.Text(), s) {
			return l
		}
	}
	return nil
}

func TestMastheadInOrder(t *testing.T) {
	d := layoutBulletin(t, testBulletin(3, 2), Options{})
	p := d.Pages[0]
	class := find(p, KindMasthead, "內部資料")
	serial := find(p, KindMasthead, "000123")
	name := find(p, KindMasthead, "稅")
	issue := find(p, KindMasthead, "第5期（總第123期）")
	editor := find(p, KindMasthead, "辦公室")
	date := find(p, KindMasthead, "2024年6月6日")
	for i, l := range []*Line{class, serial, name, issue, editor, date} {
		if l == nil {
			t.Fatalf("masthead line %d missing", i)
		}
	}
	left := DefaultMargins.Left
	right := A4.Width - DefaultMargins.Right
	if !(class.Y == serial.Y && serial.Y < name.Y && name.Y < issue.Y && issue.Y < editor.Y && editor.Y == date.Y) {
		t.Errorf("lines out of order: classification %v, name %v, issue %v, editor %v, date %v", class.Y, name.Y, issue.Y, editor.Y, date.Y)
	}
	// The measure is a whole number of ems, centred in the margins.
	if class.X0 != editor.X0 || editor.X0 < left || editor.X0 > left+Pt(6) {
		t.Errorf("classification at %v, editor at %v: want the left edge (~%v)", class.X0, editor.X0, left)
	}
	if d := right - date.X1; d < 0 || d >= Pt(12) || date.X1 != serial.X1 {
		t.Errorf("date ends at %v, serial at %v: want both at the right edge (~%v)", date.X1, serial.X1, right)
	}
	if mid, c := (left+right)/2, (name.X0+name.X1)/2; c < mid-Pt(6) || c > mid+Pt(6) {
		t.Errorf("name centred on %v, want %v", c, mid)
	}
	if name.Runs[0].Size <= Medium.Title*2 {
		t.Errorf("name at %v pt: want a large masthead", name.Runs[0].Size.Points())
	}
	if name.Colour != (Colour{0, 100, 100, 0}) || issue.Colour != (Colour{}) {
		t.Errorf("name in %v, issue in %v: want the name red and the issue not", name.Colour, issue.Colour)
	}
	var red []Rule
	for _, r := range p.Rules {
		if r.Colour == (Colour{0, 100, 100, 0}) {
			red = append(red, r)
		}
	}
	toc := find(p, KindContents, "目")
	if len(red) != 1 || red[0].Y1 <= editor.Y || toc == nil || red[0].Y1 >= toc.Y-Pt(12) {
		t.Errorf("red rules %+v: want one under the editor line (%v) and over the contents (%v)", red, editor.Y, toc)
	}
}

func TestLongNameShrinksToTheMeasure(t *testing.T) {
	b := testBulletin(1, 1)
	b.Masthead.Name = strings.Repeat("稅", 30)
	d := layoutBulletin(t, b, Options{})
	name := find(d.Pages[0], KindMasthead, "稅稅稅")
	width := A4.Width - DefaultMargins.Left - DefaultMargins.Right
	if name == nil || name.X1-name.X0 > width || name.X1-name.X0 < width*8/10 {
		t.Fatalf("name %+v: want it within %v and near it", name, width)
	}
}

func TestMonoHasNoColour(t *testing.T) {
	b := testBulletin(3, 2)
	b.Mono = true
	d := layoutBulletin(t, b, Options{})
	n := 0
	for _, p := range d.Pages {
		for _, l := range p.Lines {
			if !l.Colour.IsZero() {
				t.Errorf("page %d: %q in %v", p.Number, l.Text(), l.Colour)
			}
		}
		for _, r := range p.Rules {
			if !r.Colour.IsZero() {
				t.Errorf("page %d: rule in %v", p.Number, r.Colour)
			}
			if r.Width == Pt(2) && r.Ink == InkText {
				n++
			}
		}
	}
	if n != 1 {
		t.Errorf("%d black masthead rules, want 1", n)
	}
}

func TestContentsGivesTheTitlesPages(t *testing.T) {
	b := testBulletin(6, 9)
	b.Articles[4].NewPage = true
	d := layoutBulletin(t, b, Options{})
	if len(d.Pages) < 5 {
		t.Fatalf("only %d pages: the test wants articles over several", len(d.Pages))
	}
	for i, ba := range b.Articles {
		title := ba.Article.Meta.Title
		// Where the title prints.
		where := 0
		for _, p := range d.Pages {
			if find(p, KindTitle, title) != nil {
				where = p.Number
				break
			}
		}
		// What the contents say.
		entry := find(d.Pages[0], KindContents, title)
		if entry == nil || where == 0 {
			t.Fatalf("%s: contents line %v, printed on page %d", title, entry, where)
		}
		var num *Line
		for j := range d.Pages[0].Lines {
			l := &d.Pages[0].Lines[j]
			if _, err := strconv.Atoi(l.Text()); err == nil && l.Kind == KindContents && l.Y == entry.Y {
				num = l
			}
		}
		if num == nil || num.Text() != strconv.Itoa(where) {
			t.Errorf("%s: contents say page %v, printed on %d", title, num, where)
		}
		if i == 4 {
			// It starts a page: nothing of the article before it is there.
			if find(d.Pages[where-1], KindBody, "丁") != nil {
				t.Errorf("article 5 (new_page) shares page %d with article 4", where)
			}
		}
	}
}

func TestFewArticlesHaveNoContents(t *testing.T) {
	d := layoutBulletin(t, testBulletin(2, 2), Options{})
	for _, l := range d.Pages[0].Lines {
		if l.Kind == KindContents {
			t.Fatalf("a contents line %q in a bulletin of two articles", l.Text())
		}
	}
}

func TestDistributionAtTheFootOfTheLastPage(t *testing.T) {
	for _, paras := range []int{1, 9, 14} {
		d := layoutBulletin(t, testBulletin(3, paras), Options{})
		last := d.Pages[len(d.Pages)-1]
		copies := find(last, KindDistribution, "（共印80份）")
		report := find(last, KindDistribution, "國家稅務總局辦公廳。")
		send := find(last, KindDistribution, "市委辦公廳，市政府辦公廳。")
		if copies == nil || report == nil || send == nil {
			t.Fatalf("%d paragraphs: the distribution is not all on the last page (%d)", paras, last.Number)
		}
		bottom := A4.Height - DefaultMargins.Bottom
		if copies.Y > bottom || copies.Y < bottom-2*Medium.Pitch {
			t.Errorf("%d paragraphs: （共印80份） at %v, want at the foot of the type area (%v)", paras, copies.Y, bottom)
		}
		// A character in from either edge of the type area, as GB/T 9704
		// sets its 版記.
		right := find(d.Pages[0], KindMasthead, "2024年6月6日").X1
		if copies.X1 != right-Medium.Body || report.X0 != find(d.Pages[0], KindMasthead, "辦公室").X0+3*Medium.Body { // 1 em in, then 報：
			t.Errorf("%d paragraphs: copies end at %v (want %v), report's list starts at %v", paras, copies.X1, right-Medium.Body, report.X0)
		}
		for _, l := range last.Lines {
			if l.Kind != KindPageNo && l.Y > copies.Y {
				t.Errorf("%d paragraphs: %q below the distribution", paras, l.Text())
			}
		}
		// Two rules enclose it.
		n := 0
		for _, r := range last.Rules {
			if r.Y1 < report.Y && r.Y1 > report.Y-2*Medium.Pitch || r.Y1 > copies.Y && r.Y1 < copies.Y+Medium.Pitch {
				n++
			}
		}
		if n != 2 {
			t.Errorf("%d paragraphs: %d rules around the distribution, want 2", paras, n)
		}
		// Not alone on its page: three lines of text at least go with it.
		text := 0
		for _, l := range last.Lines {
			if l.Kind != KindDistribution && l.Kind != KindPageNo {
				text++
			}
		}
		if text < 3 {
			t.Errorf("%d paragraphs: %d lines of text with the distribution on page %d, want 3 or more", paras, text, last.Number)
		}
	}
}

func TestPagesNumberedWithDashes(t *testing.T) {
	d := layoutBulletin(t, testBulletin(3, 9), Options{})
	for _, p := range d.Pages {
		if find(p, KindPageNo, fmt.Sprintf("—%d—", p.Number)) == nil {
			t.Errorf("page %d has no \"— %d —\"", p.Number, p.Number)
		}
	}
}

func TestProblemsNameTheirArticle(t *testing.T) {
	b := testBulletin(3, 1)
	b.Articles[1].Article = doc("乙", "正文有㐀字。")
	d, err := LayoutBulletin(context.Background(), b, fakeFonts{missing: "㐀"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Problems) != 1 || d.Problems[0].Part != 2 || d.Problems[0].Src != len("正文有") {
		t.Errorf("problems %+v: want one, in article 2 at byte 9", d.Problems)
	}
}

func TestBulletinCacheGivesTheSameLayout(t *testing.T) {
	c := &Cache{}
	b := testBulletin(5, 4)
	layoutBulletin(t, b, Options{Cache: c})
	b.Articles[2].Article = doc("改過的標題", "改過的一段文字，長一點，再長一點。", "第二段。")
	got := layoutBulletin(t, b, Options{Cache: c})
	want := layoutBulletin(t, b, Options{})
	if !reflect.DeepEqual(got, want) {
		t.Error("the cached layout differs from a fresh one")
	}
}

func TestCancelledBulletin(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if d, err := LayoutBulletin(ctx, testBulletin(3, 2), fakeFonts{}, Options{}); err == nil || d != nil {
		t.Errorf("got %v, %v: want no document and the context's error", d, err)
	}
}

func TestOfficialBulletinNumbersPagesOnce(t *testing.T) {
	d := layoutBulletin(t, testBulletin(3, 4), Options{Preset: GBT9704, Margins: GBT9704Margins})
	for _, p := range d.Pages {
		n := 0
		for _, l := range p.Lines {
			if l.Kind == KindPageNo {
				n++
			}
		}
		if n != 1 {
			t.Errorf("page %d has %d page numbers", p.Number, n)
		}
	}
}

func TestArticlesKeepTheirVariety(t *testing.T) {
	b := testBulletin(3, 1)
	hans := doc("简体文章", "简体的段落。")
	hans.Meta.Lang, hans.Meta.Source = "zh-Hans", "新华社"
	b.Articles[1].Article = hans
	b.Articles[0].Article.Meta.Source = "中央社"
	d := layoutBulletin(t, b, Options{})
	var metas []string
	for _, p := range d.Pages {
		for _, l := range p.Lines {
			if l.Kind == KindMeta {
				metas = append(metas, l.Text())
			}
		}
	}
	if len(metas) != 2 || metas[0] != "來源：中央社" || metas[1] != "来源：新华社" {
		t.Errorf("source lines %q: want each in its article's variety", metas)
	}
	if find(d.Pages[len(d.Pages)-1], KindDistribution, "報：") == nil {
		t.Error("the distribution block is not in the bulletin's variety")
	}
}
