package layout

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// Every 禁則 class, in every column width from 3 to 40 ems: no line starts
// with a no-start mark or ends with a no-end mark.
func TestKinsokuEveryClass(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	han := []rune("臺北市政府資訊局今日宣布智慧城市計畫首波數位服務正式上線")
	var marks []rune
	for r := range noStart {
		marks = append(marks, r)
	}
	for r := range noEnd {
		marks = append(marks, r)
	}
	for trial := 0; trial < 40; trial++ {
		var b strings.Builder
		for i := 0; i < 300; i++ {
			if rng.Intn(4) == 0 {
				b.WriteRune(marks[rng.Intn(len(marks))])
			} else {
				b.WriteRune(han[rng.Intn(len(han))])
			}
		}
		for ems := 3; ems <= 40; ems += 1 + trial%5 {
			d := Layout(doc("", b.String()), fakeFonts{}, narrow(ems))
			if len(d.Problems) > 0 {
				// A run of marks that may not be parted is wider than the
				// column: the rules cannot all hold, and the layout says so.
				if ems >= 8 {
					t.Fatalf("%d ems: %+v", ems, d.Problems)
				}
				continue
			}
			lines := bodyLines(d)
			for i, l := range lines {
				text := []rune(l.Text())
				first, last := text[0], text[len(text)-1]
				// The paragraph's own first and last marks have no choice.
				if i > 0 && noStart[first] {
					t.Fatalf("%d ems: line starts with %q: %s", ems, first, string(text))
				}
				if i < len(lines)-1 && noEnd[last] {
					t.Fatalf("%d ems: line ends with %q: %s", ems, last, string(text))
				}
			}
		}
	}
}

// —— and …… are never split and never start a line.
func TestDashesAndEllipses(t *testing.T) {
	p := strings.Repeat("城市——計畫……首波服務", 30)
	for ems := 4; ems <= 30; ems++ {
		d := Layout(doc("", p), fakeFonts{}, narrow(ems))
		lines := bodyLines(d)
		for i, l := range lines {
			s := l.Text()
			if strings.HasPrefix(s, "—") || strings.HasPrefix(s, "…") {
				t.Fatalf("%d ems: line %d starts with a dash or ellipsis: %s", ems, i, s)
			}
			if i+1 < len(lines) && (strings.HasSuffix(s, "—") && !strings.HasSuffix(s, "——") ||
				strings.HasSuffix(s, "…") && !strings.HasSuffix(s, "……")) {
				t.Fatalf("%d ems: a 2 em mark split after line %d: %s", ems, i, s)
			}
		}
	}
}

// Latin words, numbers with their units, phone numbers, URLs and IDs are
// never split, whatever the column width.
func TestUnitsStayWhole(t *testing.T) {
	units := []string{"YouBike", "99.95%", "1,200", "12.5", "¥100", "30℃", "(02)2720-8889", "021-12366",
		"滬ICP備19025643號-1", "https://www.gov.taipei/news?id=42", "2018-10-12", "G60"}
	var b strings.Builder
	for i := 0; i < 12; i++ {
		for _, u := range units {
			b.WriteString("市府推出")
			b.WriteString(u)
			b.WriteString("服務")
		}
	}
	text := b.String()
	for ems := 17; ems <= 40; ems++ {
		d := Layout(doc("", text), fakeFonts{}, narrow(ems))
		if len(d.Problems) > 0 {
			t.Fatalf("%d ems: %+v", ems, d.Problems)
		}
		lines := bodyLines(d)
		// Rebuild the text with a | at each line end and check no unit holds one.
		var joined strings.Builder
		for _, l := range lines {
			joined.WriteString(l.Text())
			joined.WriteString("|")
		}
		for _, u := range units {
			for i := 1; i < utf8.RuneCountInString(u); i++ {
				r := []rune(u)
				split := string(r[:i]) + "|" + string(r[i:])
				if strings.Contains(joined.String(), split) {
					t.Fatalf("%d ems: %q split as %q", ems, u, split)
				}
			}
		}
	}
}

// A paragraph's last line holds at least two characters besides punctuation.
func TestNoLoneLastCharacter(t *testing.T) {
	for n := 20; n < 120; n++ {
		p := strings.Repeat("國", n) + "書》」"
		d := Layout(doc("", p), fakeFonts{}, narrow(20))
		lines := bodyLines(d)
		last := []rune(lines[len(lines)-1].Text())
		letters := 0
		for _, r := range last {
			if !isPunct(r) {
				letters++
			}
		}
		if letters < 2 && len(lines) > 1 {
			t.Fatalf("n=%d: last line %q", n, string(last))
		}
	}
}
