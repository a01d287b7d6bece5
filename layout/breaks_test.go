package layout

import "testing"

func TestBreakOpportunity(t *testing.T) {
	cases := []struct {
		before, after rune
		want          bool
	}{
		{'中', '文', true},  // between two Han characters
		{'中', '。', false}, // a full stop may not begin a line
		{'中', '，', false},
		{'中', '」', false},
		{'。', '中', true},
		{'「', '中', false}, // an opening bracket may not end a line
		{'（', '中', false},
		{'a', 'b', false}, // inside a Latin word
		{'1', '5', false}, // inside a number
		{'5', '%', false},
		{'a', ' ', false}, // a space stays at the end of its line
		{' ', 'b', true},
		{' ', '，', false},
		{'中', 'a', true},
		{'a', '中', true},
		{'—', '—', false}, // the halves of ——
		{'…', '…', false},
		{'中', '—', false}, // —— may not begin a line
	}
	for _, c := range cases {
		if got := breakOpportunity(c.before, c.after); got != c.want {
			t.Errorf("breakOpportunity(%q, %q) = %v, want %v", c.before, c.after, got, c.want)
		}
	}
}

func TestBreaks(t *testing.T) {
	cases := []struct {
		text string
		want string // one mark per rune: | a line may begin here, . it may not
	}{
		{"中文字", ".||"},
		{"他說「好」。", ".||..."},
		{"用 Go 寫", "..|..|"},
		{"見www.gov.tw網", ".|.........|"},
		{"號滬ICP備19025643號-1", ".|..............."}, // a registration number is kept whole,
		{"", ""},
	}
	for _, c := range cases {
		got := Breaks([]rune(c.text))
		var s []byte
		for _, b := range got {
			if b {
				s = append(s, '|')
			} else {
				s = append(s, '.')
			}
		}
		if string(s) != c.want {
			t.Errorf("Breaks(%q) = %s, want %s", c.text, s, c.want)
		}
	}
}
