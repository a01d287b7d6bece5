package printing

import (
	"reflect"
	"testing"

	"github.com/paiban/paiban/message"
)

func TestParsePages(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		want []int
	}{
		{"", 3, []int{1, 2, 3}},
		{"1-3,5", 6, []int{1, 2, 3, 5}},
		{" 2 , 4-4 ", 5, []int{2, 4}},
		{"2-", 4, []int{2, 3, 4}},
		{"１－２，４", 4, []int{1, 2, 4}}, // typed with a Chinese input method
		{"3、1", 3, []int{3, 1}},
	} {
		p, err := ParsePages(c.in)
		if err != nil {
			t.Errorf("ParsePages(%q): %v", c.in, err)
			continue
		}
		got, err := p.Resolve(c.n)
		if err != nil || !reflect.DeepEqual(got, c.want) {
			t.Errorf("ParsePages(%q).Resolve(%d) = %v, %v; want %v", c.in, c.n, got, err, c.want)
		}
	}
}

func TestParsePagesRefuses(t *testing.T) {
	for in, want := range map[string]message.Text{
		"a":    badPages,
		"0":    badPages,
		"1-x":  badPages,
		",,":   badPages,
		"-3":   badPages,
		"5-2":  backwardPages,
		"1,,x": badPages,
	} {
		_, err := ParsePages(in)
		if !message.Is(err, want) {
			t.Errorf("ParsePages(%q) = %v, want %q", in, err, want[0])
		}
	}
	p, _ := ParsePages("2-5")
	if _, err := p.Resolve(3); !message.Is(err, pastEnd) {
		t.Errorf("pages 2-5 of 3: %v", err)
	} else if got := message.In(err, message.Hant); got != "頁碼 2-5：文章只有 3 頁" {
		t.Errorf("in 繁體: %q", got)
	}
}

func TestPagesString(t *testing.T) {
	p, _ := ParsePages("1-3,5,7-")
	if got := p.String(); got != "1-3,5,7-" {
		t.Errorf("String = %q", got)
	}
}
