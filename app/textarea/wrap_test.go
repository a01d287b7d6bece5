package textarea

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// fixedMetrics is metrics with every width known in advance: each
// character 10 wide, so a width of 55 holds five.
func fixedMetrics() *metrics {
	m := &metrics{widths: map[rune]float32{}, height: 10}
	for i := range m.ascii {
		m.ascii[i] = 10
	}
	for _, r := range "中文字測試一二三四五六七八九十。，、「」（）：" {
		m.widths[r] = 10
	}
	return m
}

func rowsOf(text string, rows []int) []string {
	rs := []rune(text)
	var out []string
	for i, a := range rows {
		b := len(rs)
		if i+1 < len(rows) {
			b = rows[i+1]
		}
		out = append(out, string(rs[a:b]))
	}
	return out
}

func TestWrap(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"一二三四五六七八九十", []string{"一二三四五", "六七八九十"}},
		{"一二三四五。六七", []string{"一二三四", "五。六七"}},         // 。 may not begin a row
		{"一二三四「五六七", []string{"一二三四", "「五六七"}},         // 「 may not end one
		{"一二 hello 三", []string{"一二 ", "hello ", "三"}}, // a Latin word is kept whole, spaces hang
		{"abcdefghij", []string{"abcde", "fghij"}},     // a word longer than the row is cut
		{"", []string{""}},
	}
	for _, c := range cases {
		got := rowsOf(c.text, wrap(&line{runes: []rune(c.text)}, 55, fixedMetrics()))
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("wrap(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// In the widget, at a real font: no row of a long paragraph begins with a
// mark that may not begin a line, and the rows hold the text in order.
func TestWidgetWrapsByTheRules(t *testing.T) {
	para := strings.Repeat("臺北市推動「智慧城市」計畫，首波服務正式上線。", 20)
	ta, _ := newTestArea(t, para, fyne.NewSize(300, 400))
	l := ta.buf.lines[0]
	if len(l.rows) < 5 {
		t.Fatalf("a %d-character paragraph in 300 wide: %d rows", len(l.runes), len(l.rows))
	}
	rows := rowsOf(para, l.rows)
	if strings.Join(rows, "") != para {
		t.Fatal("the rows do not hold the paragraph")
	}
	for i, row := range rows {
		rs := []rune(row)
		if strings.ContainsRune("。，」", rs[0]) {
			t.Errorf("row %d begins with %q", i, rs[0])
		}
		if rs[len(rs)-1] == '「' {
			t.Errorf("row %d ends with 「", i)
		}
		if w := measure(row); w > 300 {
			t.Errorf("row %d is %.0f wide", i, w)
		}
	}
	// A narrower window wraps again; a wider one too.
	before := len(l.rows)
	ta.Resize(fyne.NewSize(200, 400))
	if len(ta.buf.lines[0].rows) <= before {
		t.Errorf("narrower: %d rows, before %d", len(ta.buf.lines[0].rows), before)
	}
	// A bigger text size wraps again.
	ta.Resize(fyne.NewSize(300, 400))
	ta.SetTextSize(textSize() * 2)
	ta.syncRows()
	if len(ta.buf.lines[0].rows) <= before {
		t.Errorf("text size doubled: %d rows, before %d", len(ta.buf.lines[0].rows), before)
	}
}
